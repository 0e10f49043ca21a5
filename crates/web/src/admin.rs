//! Platform administration: registration mode and invitations.

use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::admin::OpenInvitation;
use askama::Template;
use axum::Router;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use domain::accounts::RegistrationMode;
use domain::permissions::{Action, can};
use serde::Deserialize;

/// The admin routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/beheer", get(show_admin))
        .route("/beheer/registratie", post(update_registration_mode))
        .route("/beheer/uitnodigingen", post(create_invitation))
        .route("/beheer/werkplaatsen", post(create_werkplaats))
}

#[derive(Template)]
#[template(path = "admin/index.html")]
struct AdminPage {
    ctx: Ctx,
    mode: &'static str,
    invite_form: FormView,
    invitations: Vec<(String, String)>,
    werkplaats_form: FormView,
}

/// The new-werkplaats form.
#[derive(Deserialize)]
pub struct WerkplaatsForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
}

/// Mode form.
#[derive(Deserialize)]
pub struct ModeForm {
    #[serde(default)]
    mode: String,
}

/// Invitation form.
#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
}

async fn admin_page(
    state: &WebState,
    ctx: Ctx,
    invite_form: FormView,
    werkplaats_form: Option<FormView>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    if !can(actor.user.actor(), Action::ManagePlatform) {
        return Err(ErrorPage::Forbidden.into());
    }
    let mode = state.app.registration_mode().await?.code();
    let invitations: Vec<OpenInvitation> = state.app.open_invitations(actor).await?;
    let invitations = invitations
        .into_iter()
        .map(|i| (i.email, crate::dates::format_date(i.expires_at)))
        .collect();
    let page = AdminPage {
        werkplaats_form: werkplaats_form.unwrap_or_else(|| FormView::new(ctx.locale)),
        ctx,
        mode,
        invite_form,
        invitations,
    };
    Ok(render(&page, status))
}

/// `GET /beheer`.
pub async fn show_admin(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let form = FormView::new(ctx.locale);
    admin_page(&state, ctx, form, None, StatusCode::OK).await
}

/// `POST /beheer/registratie`.
pub async fn update_registration_mode(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<ModeForm>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let mode = RegistrationMode::from_code(&form.mode).ok_or(ErrorPage::BadRequest)?;
    state.app.set_registration_mode(actor, mode).await?;
    Ok(see_other(
        "/beheer",
        Some("flash-settings-saved"),
        ctx.secure_cookies,
    ))
}

/// `POST /beheer/uitnodigingen`.
pub async fn create_invitation(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<InviteForm>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    match state.app.invite(actor, &form.email).await {
        Ok(()) => Ok(see_other(
            "/beheer",
            Some("flash-invited"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let view = FormView::new(ctx.locale)
                .value_of("email", &form.email)
                .errors(errors);
            admin_page(&state, ctx, view, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /beheer/werkplaatsen`: a new werkplaats.
pub async fn create_werkplaats(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<WerkplaatsForm>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    match state
        .app
        .create_werkplaats(actor, &form.name, &form.description)
        .await
    {
        Ok(_) => Ok(see_other(
            "/",
            Some("flash-werkplaats-created"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let view = FormView::new(ctx.locale)
                .value_of("name", &form.name)
                .value_of("description", &form.description)
                .errors(errors);
            let invite = FormView::new(ctx.locale);
            admin_page(
                &state,
                ctx,
                invite,
                Some(view),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
