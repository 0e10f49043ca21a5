//! Changing one's password (ends the other sessions).

use super::require_user;
use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use app::AppError;
use askama::Template;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/password.html")]
struct PasswordPage {
    ctx: Ctx,
    form: FormView,
}

/// The form.
#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// `GET /account/wachtwoord`.
pub async fn edit_password_form(ctx: Ctx) -> Result<Response, WebError> {
    require_user(&ctx)?;
    let page = PasswordPage {
        form: FormView::new(ctx.locale),
        ctx,
    };
    Ok(render(&page, StatusCode::OK))
}

/// `POST /account/wachtwoord`.
pub async fn update_password(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let errors = match state
        .app
        .change_password(actor, &form.current_password, &form.new_password)
        .await
    {
        Ok(()) => {
            return Ok(see_other(
                "/account",
                Some("flash-password-changed"),
                ctx.secure_cookies,
            ));
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let page = PasswordPage {
        form: FormView::new(ctx.locale).errors(errors),
        ctx: ctx.clone(),
    };
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}
