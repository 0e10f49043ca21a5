//! The request context: who is asking (session), in which language, the CSRF token, a flash
//! message and the request id. One middleware builds it for every request; handlers take it
//! as an extractor and templates read it.

use crate::error::{ErrorPage, render_error_page};
use crate::{WebState, cookies};
use app::accounts::CurrentUser;
use app::i18n::{self, Arg};
use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::Locale;
use tracing::Instrument;

/// Largest form body read for the CSRF check (the router's own limit is the same).
pub const FORM_LIMIT: usize = 1024 * 1024;

/// Largest upload body: one attachment at its limit plus room for the other fields, so a file
/// just over the limit still gets the form's own message rather than the error page.
pub const UPLOAD_LIMIT: usize = domain::knowledge::attachment::MAX_ATTACHMENT_BYTES + 256 * 1024;

/// What every handler and template knows about the current request.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// Interface language.
    pub locale: Locale,
    /// The logged-in user, if any.
    pub user: Option<CurrentUser>,
    /// The CSRF token every form repeats.
    pub csrf: String,
    /// Short id that appears in logs and on error pages.
    pub request_id: String,
    /// Path of the page (for the language switch and "back after log-in").
    pub path: String,
    /// Fluent key of a one-time message from the previous request.
    pub flash: Option<String>,
    /// Whether cookies get the `Secure` flag.
    pub secure_cookies: bool,
    /// Notifications the logged-in member has not seen (shown beside "Meldingen").
    pub unread_notifications: i64,
}

impl Ctx {
    /// The translation of `key` in the request's language.
    pub fn t(&self, key: &str) -> String {
        i18n::text(self.locale, key)
    }

    /// The translation of `key` with one text argument.
    pub fn t_text(&self, key: &str, name: &'static str, value: impl AsRef<str>) -> String {
        i18n::text_with(self.locale, key, &[(name, Arg::Text(value.as_ref()))])
    }

    /// The translation of `key` with one number argument.
    pub fn t_number(
        &self,
        key: &str,
        name: &'static str,
        value: impl std::borrow::Borrow<i64>,
    ) -> String {
        i18n::text_with(self.locale, key, &[(name, Arg::Number(*value.borrow()))])
    }

    /// A date (day-month-year) in Europe/Amsterdam.
    pub fn date(&self, unix: impl std::borrow::Borrow<i64>) -> String {
        crate::dates::format_date(*unix.borrow())
    }

    /// A date and time (`dd-mm-jjjj uu:mm`) in Europe/Amsterdam.
    pub fn date_time(&self, unix: impl std::borrow::Borrow<i64>) -> String {
        let t = domain::events::local_time::LocalTime::of(*unix.borrow());
        format!("{:02}-{:02}-{} {}", t.day, t.month, t.year, t.time_value())
    }

    /// A time of day (`uu:mm`) in Europe/Amsterdam.
    pub fn time(&self, unix: impl std::borrow::Borrow<i64>) -> String {
        domain::events::local_time::LocalTime::of(*unix.borrow()).time_value()
    }

    /// The message `{family}-{code}{suffix}` (a name or text that belongs to a stored code).
    pub fn t_code(&self, family: &str, code: impl AsRef<str>, suffix: &str) -> String {
        self.t(&format!("{family}-{}{suffix}", code.as_ref()))
    }

    /// The name of a stage of development.
    pub fn stage_name(&self, stage: impl std::borrow::Borrow<domain::ateliers::Stage>) -> String {
        self.t(&format!("stage-{}", stage.borrow().code()))
    }

    /// The name of a role in an atelier or werkplaats, from its code.
    pub fn role_name(&self, code: impl AsRef<str>) -> String {
        self.t(&format!("role-{}", code.as_ref()))
    }

    /// The name of a professional background, from its code.
    pub fn background_name(&self, code: impl AsRef<str>) -> String {
        self.t(&format!("background-{}", code.as_ref()))
    }

    /// The flash message, translated.
    pub fn flash_text(&self) -> Option<String> {
        self.flash.as_deref().map(|key| self.t(key))
    }

    /// True for a platform admin.
    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.user.is_admin)
    }

    /// The logged-in user's display name.
    pub fn user_name(&self) -> &str {
        self.user
            .as_ref()
            .map(|u| u.user.display_name.as_str())
            .unwrap_or_default()
    }

    /// The logged-in user's id (0 when nobody is logged in).
    pub fn user_id(&self) -> i64 {
        self.user.as_ref().map_or(0, |u| u.user.id.0)
    }

    /// True when `path` is the current page (for `aria-current`).
    pub fn is_current(&self, path: &str) -> bool {
        self.path == path
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = ErrorPage;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or(ErrorPage::Internal)
    }
}

fn new_request_id() -> String {
    let mut bytes = [0u8; 6];
    // A request id only needs to be unique enough to find a log line; zeros are acceptable.
    let _ = getrandom::fill(&mut bytes);
    hex::encode(bytes)
}

/// The path as logged: a report's share link carries its secret in the path, which must not
/// end up in log files.
fn logged_path(path: &str) -> String {
    match path.strip_prefix("/rapport/") {
        Some(rest) => {
            let tail = rest.split_once('/').map_or("", |(_, t)| t);
            format!("/rapport/[token]/{tail}")
                .trim_end_matches('/')
                .to_owned()
        }
        None => path.to_owned(),
    }
}

fn is_token(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

fn choose_locale(headers: &HeaderMap, user: Option<&CurrentUser>) -> Locale {
    if let Some(user) = user {
        return user.user.locale;
    }
    cookies::get(headers, cookies::LANGUAGE)
        .and_then(Locale::from_code)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default()
}

/// Browsers say where a request comes from. A cross-site form post is refused; so is an
/// `Origin` that is not this host. Requests without either header (old browsers, scripts)
/// still need the form token.
fn same_origin(headers: &HeaderMap) -> bool {
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some("same-origin" | "none") => return true,
        Some("cross-site") => return false,
        _ => {}
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or("");
    !host.is_empty() && origin_host == host
}

/// Reads the form body to find its `csrf` field, and puts the body back for the handler.
/// File uploads (`multipart/form-data`) may be larger; their token is the field before the
/// file, so only the start of the body is parsed.
async fn form_token(req: Request) -> Result<(Request, Option<String>), ErrorPage> {
    let (parts, body) = req.into_parts();
    let boundary = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| multer::parse_boundary(v).ok());
    // Only the upload routes take large bodies; every other form keeps the small limit.
    let upload = parts.uri.path().ends_with("/bijlagen")
        || parts.uri.path() == "/veranderingstheorie/importeren"
        || parts.uri.path().ends_with("/impact/metingen/importeren");
    let limit = if boundary.is_some() && upload {
        UPLOAD_LIMIT
    } else {
        FORM_LIMIT
    };
    let bytes = axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| ErrorPage::TooLarge)?;
    let token = match boundary {
        Some(boundary) => multipart_token(bytes.clone(), boundary).await,
        None => form_urlencoded::parse(&bytes)
            .find(|(key, _)| key == "csrf")
            .map(|(_, value)| value.into_owned()),
    };
    Ok((Request::from_parts(parts, Body::from(bytes)), token))
}

/// The `csrf` field of a multipart body, if it comes before any file.
async fn multipart_token(bytes: axum::body::Bytes, boundary: String) -> Option<String> {
    let chunk = futures_util::stream::once(async { Ok::<_, std::convert::Infallible>(bytes) });
    let mut parts = multer::Multipart::new(chunk, boundary);
    while let Ok(Some(field)) = parts.next_field().await {
        if field.file_name().is_some() {
            return None;
        }
        if field.name() == Some("csrf") {
            return field.text().await.ok();
        }
    }
    None
}

/// The middleware that builds the `Ctx`, guards unsafe methods against CSRF, renders error
/// pages in the visitor's language, and keeps the cookies in order.
pub async fn load_context(State(state): State<WebState>, req: Request, next: Next) -> Response {
    let started = std::time::Instant::now();
    let request_id = new_request_id();
    let headers = req.headers();
    let user = match cookies::get(headers, cookies::SESSION) {
        Some(token) => state.app.current_user(token).await.unwrap_or_else(|err| {
            tracing::error!(error = %err, request_id, "loading the session failed");
            None
        }),
        None => None,
    };
    let unread_notifications = match &user {
        Some(user) => state
            .app
            .unread_notifications(user)
            .await
            .unwrap_or_else(|err| {
                tracing::error!(error = %err, request_id, "counting notifications failed");
                0
            }),
        None => 0,
    };
    let locale = choose_locale(headers, user.as_ref());
    let existing_csrf = cookies::get(headers, cookies::CSRF)
        .filter(|v| is_token(v))
        .map(str::to_owned);
    let csrf_is_new = existing_csrf.is_none();
    let csrf = match existing_csrf {
        Some(token) => token,
        None => app::security::new_token().unwrap_or_default(),
    };
    let flash = cookies::get(headers, cookies::FLASH)
        .filter(|key| key.starts_with("flash-") && i18n::has_key(Locale::Nl, key))
        .map(str::to_owned);
    let ctx = Ctx {
        locale,
        user,
        csrf,
        request_id: request_id.clone(),
        path: req.uri().path().to_owned(),
        flash,
        secure_cookies: state.config.secure_cookies,
        unread_notifications,
    };
    let method = req.method().clone();
    let logged = logged_path(&ctx.path);
    let span = tracing::info_span!("request", id = %request_id, method = %method, path = %logged);

    let mut response = async {
        let mut req = req;
        if !method.is_safe() {
            if !same_origin(req.headers()) {
                tracing::warn!("cross-origin form post refused");
                return ErrorPage::Csrf.into_response();
            }
            let (restored, token) = match form_token(req).await {
                Ok(pair) => pair,
                Err(page) => return page.into_response(),
            };
            req = restored;
            let valid = !csrf_is_new
                && token.is_some_and(|t| {
                    app::security::constant_time_eq(t.as_bytes(), ctx.csrf.as_bytes())
                });
            if !valid {
                tracing::info!("stale or missing form token");
                return ErrorPage::Csrf.into_response();
            }
        }
        req.extensions_mut().insert(ctx.clone());
        next.run(req).await
    }
    .instrument(span.clone())
    .await;

    if let Some(page) = response.extensions().get::<ErrorPage>().copied() {
        response = render_error_page(page, &ctx);
    }
    finish_cookies(&mut response, &ctx, csrf_is_new, method == Method::GET);
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert("x-request-id", value);
    }
    span.in_scope(|| {
        tracing::info!(
            status = response.status().as_u16(),
            ms = started.elapsed().as_millis() as u64,
            "request finished"
        );
    });
    response
}

fn finish_cookies(response: &mut Response, ctx: &Ctx, csrf_is_new: bool, is_get: bool) {
    let sets_csrf = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.as_bytes().starts_with(cookies::CSRF.as_bytes()));
    if csrf_is_new && !sets_csrf {
        let value = cookies::set(cookies::CSRF, &ctx.csrf, None, ctx.secure_cookies);
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    // The flash was shown on this page: forget it (a redirect carries it to the next page).
    if ctx.flash.is_some() && is_get && response.status() == StatusCode::OK {
        let value = cookies::delete(cookies::FLASH, ctx.secure_cookies);
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn share_link_secrets_stay_out_of_the_log() {
        assert_eq!(logged_path("/rapport/abc123"), "/rapport/[token]");
        assert_eq!(
            logged_path("/rapport/abc123/rapport.pdf"),
            "/rapport/[token]/rapport.pdf"
        );
        assert_eq!(logged_path("/ateliers/1-impact"), "/ateliers/1-impact");
    }

    #[test]
    fn origin_rules() {
        assert!(same_origin(&headers(&[])));
        assert!(same_origin(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!same_origin(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(same_origin(&headers(&[
            ("host", "a.nl"),
            ("origin", "https://a.nl")
        ])));
        assert!(!same_origin(&headers(&[
            ("host", "a.nl"),
            ("origin", "https://evil.nl")
        ])));
        assert!(!same_origin(&headers(&[
            ("host", "a.nl"),
            ("origin", "null")
        ])));
    }
}
