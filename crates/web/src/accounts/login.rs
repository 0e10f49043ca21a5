//! Logging in and out.

use crate::WebState;
use crate::context::Ctx;
use crate::cookies;
use crate::error::WebError;
use crate::forms::{ClientIp, FormView, logged_in, render, safe_return, see_other};
use app::AppError;
use askama::Template;
use axum::extract::{Form, Query, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use domain::FieldErrors;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    ctx: Ctx,
    form: FormView,
    back: String,
}

/// Query of the log-in page.
#[derive(Deserialize)]
pub struct LoginQuery {
    #[serde(default)]
    terug: String,
}

/// The log-in form.
#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    terug: String,
}

/// `GET /inloggen`.
pub async fn new_login_form(ctx: Ctx, Query(query): Query<LoginQuery>) -> Response {
    if ctx.user.is_some() {
        return see_other(safe_return(&query.terug), None, ctx.secure_cookies);
    }
    let page = LoginPage {
        form: FormView::new(ctx.locale),
        back: query.terug,
        ctx,
    };
    render(&page, StatusCode::OK)
}

/// `POST /inloggen`.
pub async fn create_login(
    State(state): State<WebState>,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let mut missing = FieldErrors::new();
    if form.email.trim().is_empty() {
        missing.add("email", "error-required");
    }
    if form.password.is_empty() {
        missing.add("password", "error-required");
    }
    let view = FormView::new(ctx.locale).value_of("email", &form.email);
    let (view, status) = if !missing.is_empty() {
        (view.errors(missing), StatusCode::UNPROCESSABLE_ENTITY)
    } else {
        match state.app.log_in(&form.email, &form.password, &ip).await {
            Ok(session) => {
                let to = safe_return(&form.terug);
                return Ok(logged_in(
                    &session,
                    to,
                    "flash-logged-in",
                    ctx.secure_cookies,
                ));
            }
            Err(AppError::InvalidCredentials) => (
                view.general("error-login-failed"),
                StatusCode::UNPROCESSABLE_ENTITY,
            ),
            Err(AppError::Throttled) => (
                view.general("error-throttled"),
                StatusCode::TOO_MANY_REQUESTS,
            ),
            Err(other) => return Err(other.into()),
        }
    };
    let page = LoginPage {
        form: view,
        back: form.terug,
        ctx,
    };
    Ok(render(&page, status))
}

/// `POST /uitloggen`: end the session, forget the cookie, new CSRF token.
pub async fn delete_login(
    State(state): State<WebState>,
    ctx: Ctx,
    headers: axum::http::HeaderMap,
) -> Result<Response, WebError> {
    if let Some(token) = cookies::get(&headers, cookies::SESSION) {
        state.app.log_out(token).await?;
    }
    let mut response = see_other("/", Some("flash-logged-out"), ctx.secure_cookies);
    let h = response.headers_mut();
    h.append(
        header::SET_COOKIE,
        cookies::delete(cookies::SESSION, ctx.secure_cookies),
    );
    if let Ok(csrf) = app::security::new_token() {
        h.append(
            header::SET_COOKIE,
            cookies::set(cookies::CSRF, &csrf, None, ctx.secure_cookies),
        );
    }
    Ok(response)
}
