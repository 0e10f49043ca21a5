//! Form helpers: what a template needs to re-show a form (values, localised field messages),
//! rendering with a status, redirects after a successful POST, and safe "back to" paths.

use crate::cookies;
use crate::error::ErrorPage;
use app::accounts::Session;
use app::i18n;
use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use domain::{FieldErrors, Locale};

/// A form as the template shows it: the values typed, and a message per wrong field.
#[derive(Debug, Clone, Default)]
pub struct FormView {
    locale: Locale,
    values: Vec<(&'static str, String)>,
    errors: FieldErrors,
    /// A message about the whole form (wrong password, expired invitation…), translated.
    pub general: Option<String>,
}

impl FormView {
    /// An empty form.
    pub fn new(locale: Locale) -> Self {
        FormView {
            locale,
            ..Default::default()
        }
    }

    /// Sets the value a field shows.
    pub fn value_of(mut self, field: &'static str, value: &str) -> Self {
        self.values.push((field, value.to_owned()));
        self
    }

    /// Attaches field problems.
    pub fn errors(mut self, errors: FieldErrors) -> Self {
        self.errors = errors;
        self
    }

    /// Attaches a message about the whole form (a Fluent key).
    pub fn general(mut self, key: &str) -> Self {
        self.general = Some(i18n::text(self.locale, key));
        self
    }

    /// The value to show in `field`.
    pub fn value(&self, field: &str) -> &str {
        self.values
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// True when `field` equals `option` (for radio buttons and selects).
    pub fn is(&self, field: &str, option: &str) -> bool {
        self.value(field) == option
    }

    /// The translated message for `field`, if it is wrong.
    pub fn error(&self, field: &str) -> Option<String> {
        Some(i18n::field_message(
            self.locale,
            self.errors.for_field(field)?,
        ))
    }

    /// Every problem as (field, message), for the summary at the top of the form.
    pub fn summary(&self) -> Vec<(String, String)> {
        self.errors
            .iter()
            .filter_map(|e| Some((e.field.to_owned(), self.error(e.field)?)))
            .collect()
    }

    /// True when the form is shown again because of problems.
    pub fn has_problems(&self) -> bool {
        !self.errors.is_empty() || self.general.is_some()
    }
}

/// Renders a template with a status; a template failure becomes the 500 page.
pub fn render(template: &impl Template, status: StatusCode) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(err) => {
            tracing::error!(error = %err, "template failed");
            ErrorPage::Internal.into_response()
        }
    }
}

/// 303 to `location`, with a one-time message for the next page.
pub fn see_other(location: &str, flash: Option<&str>, secure: bool) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(location) {
        headers.insert(header::LOCATION, value);
    }
    if let Some(key) = flash {
        headers.append(
            header::SET_COOKIE,
            cookies::set(cookies::FLASH, key, None, secure),
        );
    }
    response
}

/// 303 after logging in: the session cookie, and a fresh CSRF token (a token seen before
/// log-in must not work after it).
pub fn logged_in(session: &Session, location: &str, flash: &str, secure: bool) -> Response {
    let mut response = see_other(location, Some(flash), secure);
    let headers = response.headers_mut();
    let max_age = app::accounts::SESSION_LIFETIME_SECS;
    headers.append(
        header::SET_COOKIE,
        cookies::set(cookies::SESSION, &session.token, Some(max_age), secure),
    );
    if let Ok(csrf) = app::security::new_token() {
        headers.append(
            header::SET_COOKIE,
            cookies::set(cookies::CSRF, &csrf, None, secure),
        );
    }
    response
}

/// A local path to return to, or `/` for anything that could lead off the site.
pub fn safe_return(path: &str) -> &str {
    let local = path.starts_with('/') && !path.starts_with("//") && !path.contains('\\');
    if local { path } else { "/" }
}

/// The log-in page that returns to `path` afterwards.
pub fn login_then(path: &str) -> String {
    let encoded: String = form_urlencoded::byte_serialize(path.as_bytes()).collect();
    format!("/inloggen?terug={encoded}")
}

/// The client's network address, for throttling (`unknown` when the server gives none, as in
/// in-process tests).
pub struct ClientIp(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        let connect = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>();
        Ok(ClientIp(
            connect
                .map(|c| c.0.ip().to_string())
                .unwrap_or_else(|| "unknown".to_owned()),
        ))
    }
}

/// The id at the start of an `{id}-{slug}` path segment (404 when there is none).
pub(crate) fn id_in_segment(segment: &str) -> Result<i64, crate::error::WebError> {
    segment
        .split('-')
        .next()
        .unwrap_or_default()
        .parse()
        .map_err(|_| crate::error::WebError::Page(crate::error::ErrorPage::NotFound))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(safe_return("/account"), "/account");
        assert_eq!(safe_return("//evil.nl"), "/");
        assert_eq!(safe_return("https://evil.nl"), "/");
        assert_eq!(safe_return("/\\evil.nl"), "/");
        assert_eq!(
            login_then("/account/wachtwoord"),
            "/inloggen?terug=%2Faccount%2Fwachtwoord"
        );
    }
}
