//! Registering: open, or with an invitation link when the platform is invitation-only.

use super::background_options;
use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, logged_in, render, safe_return, see_other};
use app::AppError;
use askama::Template;
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::accounts::{RegistrationInput, RegistrationMode};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/register.html")]
struct RegisterPage {
    ctx: Ctx,
    form: FormView,
    invitation: String,
    /// Where to go after registering (a local path).
    back: String,
    /// Registration is closed to this visitor (invitation only, and no valid link).
    closed: bool,
    backgrounds: Vec<(&'static str, String)>,
}

/// Query of the registration page.
#[derive(Deserialize)]
pub struct RegisterQuery {
    #[serde(default)]
    uitnodiging: String,
    #[serde(default)]
    terug: String,
}

/// The registration form.
#[derive(Deserialize)]
pub struct RegisterForm {
    #[serde(flatten)]
    input: RegistrationInput,
    #[serde(default)]
    uitnodiging: String,
    #[serde(default)]
    terug: String,
}

/// `GET /registreren`.
pub async fn new_registration_form(
    State(state): State<WebState>,
    ctx: Ctx,
    Query(query): Query<RegisterQuery>,
) -> Result<Response, WebError> {
    if ctx.user.is_some() {
        return Ok(see_other("/", None, ctx.secure_cookies));
    }
    let mut form = FormView::new(ctx.locale);
    let closed = state.app.registration_mode().await? == RegistrationMode::InvitationOnly
        && !state.app.invitation_valid(&query.uitnodiging).await?;
    if closed && !query.uitnodiging.is_empty() {
        form = form.general("error-invitation-invalid");
    }
    let page = RegisterPage {
        backgrounds: background_options(&ctx),
        ctx,
        form,
        invitation: query.uitnodiging,
        back: query.terug,
        closed,
    };
    Ok(render(&page, StatusCode::OK))
}

/// `POST /registreren`: create the account and log in, or show the form again.
pub async fn create_registration(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<RegisterForm>,
) -> Result<Response, WebError> {
    let result = state
        .app
        .register(&form.input, Some(&form.uitnodiging), ctx.locale)
        .await;
    let view = FormView::new(ctx.locale)
        .value_of("email", &form.input.email)
        .value_of("display_name", &form.input.display_name)
        .value_of("organisation", &form.input.organisation)
        .value_of("background", &form.input.background);
    let view = match result {
        Ok(session) => {
            return Ok(logged_in(
                &session,
                safe_return(&form.terug),
                "flash-registered",
                ctx.secure_cookies,
            ));
        }
        Err(AppError::Invalid(errors)) => view.errors(errors),
        Err(AppError::InvitationRequired | AppError::TokenInvalid) => {
            view.general("error-invitation-invalid")
        }
        Err(other) => return Err(other.into()),
    };
    let page = RegisterPage {
        backgrounds: background_options(&ctx),
        ctx,
        form: view,
        invitation: form.uitnodiging,
        back: form.terug,
        closed: false,
    };
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}
