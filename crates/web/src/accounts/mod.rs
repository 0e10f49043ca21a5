//! Account pages: register, log in and out, forgotten password, profile, password change.

mod login;
mod password;
mod profile;
mod register;
mod reset;

use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::login_then;
use app::accounts::CurrentUser;
use axum::Router;
use axum::routing::{get, post};
use domain::accounts::Background;

/// The account routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route(
            "/registreren",
            get(register::new_registration_form).post(register::create_registration),
        )
        .route(
            "/inloggen",
            get(login::new_login_form).post(login::create_login),
        )
        .route("/uitloggen", post(login::delete_login))
        .route(
            "/wachtwoord-vergeten",
            get(reset::new_reset_request_form).post(reset::create_reset_request),
        )
        .route(
            "/wachtwoord-herstellen/{token}",
            get(reset::new_reset_form).post(reset::update_forgotten_password),
        )
        .route(
            "/account",
            get(profile::edit_profile_form).post(profile::update_profile),
        )
        .route(
            "/account/wachtwoord",
            get(password::edit_password_form).post(password::update_password),
        )
}

/// The logged-in user, or a redirect to the log-in page that comes back here.
pub(crate) fn require_user(ctx: &Ctx) -> Result<&CurrentUser, WebError> {
    ctx.user
        .as_ref()
        .ok_or_else(|| WebError::Redirect(login_then(&ctx.path)))
}

/// The background choices as (code, label) for a select.
pub(crate) fn background_options(ctx: &Ctx) -> Vec<(&'static str, String)> {
    Background::ALL
        .iter()
        .map(|b| (b.code(), ctx.background_name(b.code())))
        .collect()
}
