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
}

#[derive(Template)]
#[template(path = "admin/index.html")]
struct AdminPage {
    ctx: Ctx,
    mode: &'static str,
    invite_form: FormView,
    invitations: Vec<(String, String)>,
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
    admin_page(&state, ctx, form, StatusCode::OK).await
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
            admin_page(&state, ctx, view, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}
