//! Forgotten password: ask for a link, then set a new password through it.

use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{ClientIp, FormView, logged_in, render};
use app::AppError;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/reset_request.html")]
struct ResetRequestPage {
    ctx: Ctx,
    form: FormView,
    sent: bool,
}

#[derive(Template)]
#[template(path = "accounts/reset.html")]
struct ResetPage {
    ctx: Ctx,
    form: FormView,
    token: String,
    expired: bool,
}

/// The request form.
#[derive(Deserialize)]
pub struct ResetRequestForm {
    #[serde(default)]
    email: String,
}

/// The new-password form.
#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
}

/// `GET /wachtwoord-vergeten`.
pub async fn new_reset_request_form(ctx: Ctx) -> Response {
    let page = ResetRequestPage {
        form: FormView::new(ctx.locale),
        sent: false,
        ctx,
    };
    render(&page, StatusCode::OK)
}

/// `POST /wachtwoord-vergeten`: the same answer whether or not the address has an account.
pub async fn create_reset_request(
    State(state): State<WebState>,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Form(form): Form<ResetRequestForm>,
) -> Result<Response, WebError> {
    let view = FormView::new(ctx.locale).value_of("email", &form.email);
    let (view, status, sent) = match state.app.request_password_reset(&form.email, &ip).await {
        Ok(()) => (view, StatusCode::OK, true),
        Err(AppError::Invalid(errors)) => {
            (view.errors(errors), StatusCode::UNPROCESSABLE_ENTITY, false)
        }
        Err(AppError::Throttled) => (
            view.general("error-throttled"),
            StatusCode::TOO_MANY_REQUESTS,
            false,
        ),
        Err(other) => return Err(other.into()),
    };
    let page = ResetRequestPage {
        form: view,
        sent,
        ctx,
    };
    Ok(render(&page, status))
}

/// `GET /wachtwoord-herstellen/{token}`: the form, or why the link no longer works.
pub async fn new_reset_form(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let expired = !state.app.reset_link_valid(&token).await?;
    let status = if expired {
        StatusCode::GONE
    } else {
        StatusCode::OK
    };
    let page = ResetPage {
        form: FormView::new(ctx.locale),
        token,
        expired,
        ctx,
    };
    Ok(render(&page, status))
}

/// `POST /wachtwoord-herstellen/{token}`: set the password and log in.
pub async fn update_forgotten_password(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(form): Form<ResetForm>,
) -> Result<Response, WebError> {
    let (view, status, expired) = match state.app.reset_password(&token, &form.password).await {
        Ok(session) => {
            return Ok(logged_in(
                &session,
                "/account",
                "flash-password-reset",
                ctx.secure_cookies,
            ));
        }
        Err(AppError::Invalid(errors)) => (
            FormView::new(ctx.locale).errors(errors),
            StatusCode::UNPROCESSABLE_ENTITY,
            false,
        ),
        Err(AppError::TokenInvalid) => (FormView::new(ctx.locale), StatusCode::GONE, true),
        Err(other) => return Err(other.into()),
    };
    let page = ResetPage {
        form: view,
        token,
        expired,
        ctx,
    };
    Ok(render(&page, status))
}
