//! CSRF, headers, cookies, limits.

use crate::support::{PASSWORD, TestApp, encode};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

#[tokio::test]
async fn a_form_without_the_right_token_gets_a_friendly_try_again_page_and_changes_nothing() {
    let mut t = TestApp::new().await;
    t.get("/").await;
    let fields = [
        ("email", "ann@example.nl"),
        ("display_name", "Ann"),
        ("password", PASSWORD),
    ];
    for csrf in [
        "",
        "0000000000000000000000000000000000000000000000000000000000000000",
    ] {
        let mut all = vec![("csrf", csrf)];
        all.extend_from_slice(&fields);
        let response = t.post_raw("/registreren", &encode(&all)).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN);
        assert_eq!(response.text("h1"), "Probeer het nog een keer");
        assert!(response.text("main").contains("Er is niets opgeslagen"));
    }
    // A visitor without any cookie (first request is a POST) gets the same page and a token.
    let mut fresh = t.other_browser();
    let response = fresh.post_raw("/registreren", &encode(&fields)).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert!(fresh.cookies.contains_key("la_csrf"));
    assert_eq!(store::users::count(t.app.db()).await.unwrap(), 0);
}

#[tokio::test]
async fn cross_origin_posts_are_refused_even_with_a_token() {
    let mut t = TestApp::new().await;
    let csrf = t.csrf().await;
    let body = encode(&[("csrf", &csrf), ("taal", "en")]);
    for (name, value) in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
    ] {
        let request = Request::builder()
            .method("POST")
            .uri("/taal")
            .header(header::HOST, "leeratelier.test")
            .header(header::COOKIE, format!("la_csrf={csrf}"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(name, value)
            .body(Body::from(body.clone()))
            .unwrap();
        assert_eq!(
            t.send(request).await.status,
            StatusCode::FORBIDDEN,
            "{name}"
        );
    }
    t.headers.push(("origin", "http://leeratelier.test".into()));
    assert_eq!(
        t.post_form("/taal", &[("taal", "en")]).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn pages_carry_strict_security_headers() {
    let mut t = TestApp::new().await;
    let response = t.get("/").await;
    let h = |name: &str| {
        response
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    let csp = h("content-security-policy");
    assert!(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"));
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(h("x-content-type-options"), "nosniff");
    assert_eq!(h("referrer-policy"), "strict-origin-when-cross-origin");
    assert_eq!(h("cache-control"), "no-store");
    assert_eq!(h("x-request-id").len(), 12);
    let css = t.get("/static/app.css").await;
    assert!(
        css.headers[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .starts_with("public")
    );
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_only_its_hash_is_stored() {
    let mut t = TestApp::new().await;
    let response = t.register("ann@example.nl", "Ann").await;
    let cookie = response
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("la_session="))
        .unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    let token = &t.cookies["la_session"];
    let db = t.app.db();
    assert!(
        store::sessions::find_by_token_hash(db, token, t.app.now())
            .await
            .unwrap()
            .is_none()
    );
    let hash = app::security::token_hash(token);
    assert!(
        store::sessions::find_by_token_hash(db, &hash, t.app.now())
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let mut t = TestApp::new().await;
    let csrf = t.csrf().await;
    let big = "x".repeat(2 * 1024 * 1024);
    let response = t
        .post_raw("/inloggen", &encode(&[("csrf", &csrf), ("email", &big)]))
        .await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(response.text("h1"), "Te groot");
}

#[tokio::test]
async fn after_log_in_only_local_return_paths_are_followed() {
    let mut t = TestApp::new().await;
    t.register("ann@example.nl", "Ann").await;
    t.log_out().await;
    let response = t
        .post_form(
            "/inloggen",
            &[
                ("email", "ann@example.nl"),
                ("password", PASSWORD),
                ("terug", "//evil.example/x"),
            ],
        )
        .await;
    assert_eq!(response.location(), "/");
    let switch = t
        .post_form(
            "/taal",
            &[("taal", "en"), ("terug", "https://evil.example")],
        )
        .await;
    assert_eq!(switch.location(), "/");
}
