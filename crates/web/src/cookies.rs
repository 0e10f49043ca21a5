//! Reading the `Cookie` header and writing `Set-Cookie` values for the platform's few cookies.

use axum::http::{HeaderMap, HeaderValue, header};

/// Session cookie: a random token; the database keeps its SHA-256.
pub const SESSION: &str = "la_session";
/// CSRF cookie: a random token every form repeats.
pub const CSRF: &str = "la_csrf";
/// Language chosen by a visitor who is not logged in.
pub const LANGUAGE: &str = "la_lang";
/// A one-time message for the next page (a Fluent key).
pub const FLASH: &str = "la_flash";

/// The value of cookie `name` in the request, if any.
pub fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// A `Set-Cookie` value. Every cookie is `HttpOnly` and `SameSite=Lax`; `Secure` when the
/// platform is served over HTTPS. `max_age` of zero deletes the cookie.
pub fn set(name: &str, value: &str, max_age: Option<i64>, secure: bool) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie)
        .unwrap_or_else(|_| HeaderValue::from_static("invalid=; Max-Age=0"))
}

/// A `Set-Cookie` value that deletes cookie `name`.
pub fn delete(name: &str, secure: bool) -> HeaderValue {
    set(name, "", Some(0), secure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cookies_among_several() {
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, HeaderValue::from_static("a=1; la_csrf=abc"));
        headers.append(header::COOKIE, HeaderValue::from_static("la_lang=en"));
        assert_eq!(get(&headers, CSRF), Some("abc"));
        assert_eq!(get(&headers, LANGUAGE), Some("en"));
        assert_eq!(get(&headers, SESSION), None);
    }

    #[test]
    fn cookies_are_http_only_and_lax() {
        let value = set(SESSION, "t", Some(60), true);
        assert_eq!(
            value.to_str().unwrap(),
            "la_session=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure"
        );
    }
}
