//! The middleware stack: request context, security headers, body limit, timeout, panics.

use crate::WebState;
use crate::context::{FORM_LIMIT, load_context};
use crate::error::ErrorPage;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

/// Web settings.
#[derive(Clone, Debug)]
pub struct WebConfig {
    /// Give cookies the `Secure` flag and send HSTS (when served over HTTPS).
    pub secure_cookies: bool,
    /// Longest time a request may take.
    pub request_timeout: Duration,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: false,
            request_timeout: Duration::from_secs(30),
        }
    }
}

/// No inline scripts or styles, nothing from elsewhere, no framing.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
    base-uri 'none'; object-src 'none'";

fn static_header(name: &'static str, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(
        HeaderName::from_static(name),
        HeaderValue::from_static(value),
    )
}

/// Wraps the routes in every layer, outermost last.
pub fn apply(routes: Router<WebState>, state: WebState) -> Router {
    let secure = state.config.secure_cookies;
    let timeout = state.config.request_timeout;
    let router = routes
        // Panics become the 500 page (rendered by the context middleware around it).
        .layer(CatchPanicLayer::custom(|_| {
            ErrorPage::Internal.into_response()
        }))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            load_context,
        ))
        .layer(DefaultBodyLimit::max(FORM_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            timeout,
        ))
        .layer(static_header("content-security-policy", CSP))
        .layer(static_header("x-content-type-options", "nosniff"))
        .layer(static_header(
            "referrer-policy",
            "strict-origin-when-cross-origin",
        ))
        .layer(static_header("x-frame-options", "DENY"))
        .layer(static_header(
            "permissions-policy",
            "camera=(), microphone=(), geolocation=()",
        ))
        .layer(static_header("cross-origin-opener-policy", "same-origin"))
        // Pages carry per-visitor tokens: no shared caches. Assets set their own policy.
        .layer(static_header("cache-control", "no-store"));
    let router = if secure {
        router.layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        ))
    } else {
        router
    };
    router.with_state(state)
}
