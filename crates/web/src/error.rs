//! The one place where failures become HTTP: localised error pages with the request id.

use crate::context::Ctx;
use crate::forms::render;
use app::AppError;
use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

/// An error page to show. Handlers return it; the context middleware renders it in the
/// visitor's language (the handler's response carries it as an extension).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorPage {
    /// 400: the request makes no sense.
    BadRequest,
    /// 403: not allowed.
    Forbidden,
    /// 403: the form's token was stale or missing; "please try again".
    Csrf,
    /// 404.
    NotFound,
    /// 413: the form was too big.
    TooLarge,
    /// 429.
    TooManyRequests,
    /// 500: our fault; the request id helps find the log line.
    Internal,
}

impl ErrorPage {
    fn status(self) -> StatusCode {
        match self {
            ErrorPage::BadRequest => StatusCode::BAD_REQUEST,
            ErrorPage::Forbidden | ErrorPage::Csrf => StatusCode::FORBIDDEN,
            ErrorPage::NotFound => StatusCode::NOT_FOUND,
            ErrorPage::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorPage::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorPage::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn key(self) -> &'static str {
        match self {
            ErrorPage::BadRequest => "bad-request",
            ErrorPage::Forbidden => "forbidden",
            ErrorPage::Csrf => "csrf",
            ErrorPage::NotFound => "not-found",
            ErrorPage::TooLarge => "too-large",
            ErrorPage::TooManyRequests => "too-many",
            ErrorPage::Internal => "internal",
        }
    }
}

impl IntoResponse for ErrorPage {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// A handler's failure: an error page, or a redirect (to log in first).
#[derive(Debug)]
pub enum WebError {
    /// Show this error page.
    Page(ErrorPage),
    /// Go here instead (303).
    Redirect(String),
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::Page(page) => page.into_response(),
            WebError::Redirect(to) => Redirect::to(&to).into_response(),
        }
    }
}

impl From<ErrorPage> for WebError {
    fn from(page: ErrorPage) -> Self {
        WebError::Page(page)
    }
}

impl From<AppError> for WebError {
    fn from(err: AppError) -> Self {
        let page = match err {
            // Forms handle these themselves; reaching here means a request no form sends.
            AppError::Invalid(_) | AppError::InvitationRequired | AppError::InvalidCredentials => {
                ErrorPage::BadRequest
            }
            AppError::TokenInvalid | AppError::NotFound => ErrorPage::NotFound,
            AppError::Throttled => ErrorPage::TooManyRequests,
            AppError::Forbidden => ErrorPage::Forbidden,
            AppError::Hashing(_)
            | AppError::Mail(_)
            | AppError::Content(_)
            | AppError::Files(_)
            | AppError::Store(_) => {
                tracing::error!(error = %err, "request failed");
                ErrorPage::Internal
            }
        };
        WebError::Page(page)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    ctx: &'a Ctx,
    title: String,
    message: String,
    is_csrf: bool,
}

/// Renders an error page in the visitor's language.
pub fn render_error_page(page: ErrorPage, ctx: &Ctx) -> Response {
    let key = page.key();
    let template = ErrorTemplate {
        ctx,
        title: ctx.t(&format!("error-page-{key}-title")),
        message: ctx.t(&format!("error-page-{key}-text")),
        is_csrf: page == ErrorPage::Csrf,
    };
    let mut response = render(&template, page.status());
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    response
}

/// The fallback for unknown paths.
pub async fn not_found() -> ErrorPage {
    ErrorPage::NotFound
}
