//! Forgotten password: mail with a single-use link that works for one hour.

use crate::support::{PASSWORD, TestApp, link_token};
use axum::http::StatusCode;

#[tokio::test]
async fn a_reset_link_by_mail_sets_a_new_password_once() {
    let mut t = TestApp::new().await;
    t.register("ann@example.nl", "Ann").await;
    t.log_out().await;
    let mut phone = t.other_browser();
    phone.log_in_as("ann@example.nl", PASSWORD).await;

    let asked = t
        .post_form("/wachtwoord-vergeten", &[("email", "ann@example.nl")])
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(asked.text(".notice").contains("ann@example.nl"));
    let mails = t.mails().await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: ann@example.nl"));
    assert!(mails[0].contains("Beste Ann"));
    let token = link_token(&mails[0], "http://leeratelier.test/wachtwoord-herstellen/");
    let path = format!("/wachtwoord-herstellen/{token}");

    assert_eq!(t.get(&path).await.status, StatusCode::OK);
    let short = t.post_form(&path, &[("password", "kort")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.has("#password-error"));

    let done = t
        .post_form(&path, &[("password", "mijn nieuwe lange wachtwoord")])
        .await;
    assert_eq!(
        (done.status, done.location()),
        (StatusCode::SEE_OTHER, "/account")
    );
    assert_eq!(
        t.get("/account").await.status,
        StatusCode::OK,
        "logged in after the reset"
    );
    assert_eq!(
        phone.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "other sessions ended"
    );

    let again = t.get(&path).await;
    assert_eq!(again.status, StatusCode::GONE);
    assert!(again.text("main").contains("werkt niet meer"));
    let reuse = t
        .post_form(&path, &[("password", "nog een ander wachtwoord")])
        .await;
    assert_eq!(reuse.status, StatusCode::GONE);
    t.log_out().await;
    t.log_in_as("ann@example.nl", "mijn nieuwe lange wachtwoord")
        .await;
}

#[tokio::test]
async fn unknown_addresses_get_the_same_answer_and_no_mail() {
    let mut t = TestApp::new().await;
    t.register("ann@example.nl", "Ann").await;
    t.log_out().await;
    let known = t
        .post_form("/wachtwoord-vergeten", &[("email", "ann@example.nl")])
        .await;
    let unknown = t
        .post_form("/wachtwoord-vergeten", &[("email", "niemand@example.nl")])
        .await;
    assert_eq!(known.status, unknown.status);
    assert_eq!(
        known.text(".notice").replace("ann@example.nl", "X"),
        unknown.text(".notice").replace("niemand@example.nl", "X")
    );
    assert_eq!(t.mails().await.len(), 1);

    let invalid = t
        .post_form("/wachtwoord-vergeten", &[("email", "geen adres")])
        .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        invalid.attr("#email", "value").as_deref(),
        Some("geen adres")
    );
}

#[tokio::test]
async fn a_reset_link_expires_after_an_hour() {
    let mut t = TestApp::new().await;
    t.register("ann@example.nl", "Ann").await;
    t.post_form("/wachtwoord-vergeten", &[("email", "ann@example.nl")])
        .await;
    let token = link_token(&t.mails().await[0], "/wachtwoord-herstellen/");
    t.app.clock().advance(59 * 60);
    assert_eq!(
        t.get(&format!("/wachtwoord-herstellen/{token}"))
            .await
            .status,
        StatusCode::OK
    );
    t.app.clock().advance(60);
    assert_eq!(
        t.get(&format!("/wachtwoord-herstellen/{token}"))
            .await
            .status,
        StatusCode::GONE
    );
}

#[tokio::test]
async fn reset_requests_are_throttled() {
    let mut t = TestApp::new().await;
    for _ in 0..3 {
        let r = t
            .post_form("/wachtwoord-vergeten", &[("email", "ann@example.nl")])
            .await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let blocked = t
        .post_form("/wachtwoord-vergeten", &[("email", "ann@example.nl")])
        .await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
}
