//! Registering, logging in and out, profile, password change.

use crate::support::{PASSWORD, TestApp};
use axum::http::StatusCode;

#[tokio::test]
async fn a_newcomer_registers_and_is_welcomed_by_name() {
    let mut t = TestApp::new().await;
    let response = t.register("fatima@voorbeeld.nl", "Fatima").await;
    assert_eq!(response.location(), "/");
    assert!(t.cookies.contains_key("la_session"));

    let home = t.get("/").await;
    assert_eq!(home.text(".flash"), "Welkom! Je account is klaar.");
    assert!(home.text(".hero").contains("Welkom terug, Fatima"));
    assert!(!t.get("/").await.has(".flash"), "a flash is shown once");
}

#[tokio::test]
async fn a_wrong_registration_keeps_the_text_and_explains_every_field() {
    let mut t = TestApp::new().await;
    let long_name = "n".repeat(81);
    let response = t
        .post_form(
            "/registreren",
            &[
                ("email", "geen-adres"),
                ("display_name", &long_name),
                ("password", "kort"),
                ("organisation", "Wijkteam"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text("title").starts_with("Fout:"));
    assert_eq!(
        response.attr("#email", "value").as_deref(),
        Some("geen-adres")
    );
    assert_eq!(
        response.attr("#organisation", "value").as_deref(),
        Some("Wijkteam")
    );
    assert_eq!(
        response.attr("#email", "aria-invalid").as_deref(),
        Some("true")
    );
    assert!(response.text("#email-error").contains("naam@voorbeeld.nl"));
    assert!(response.text("#display_name-error").contains("80"));
    assert!(response.text("#password-error").contains("12"));
    assert_eq!(response.texts(".error-summary li").len(), 3);
    assert_eq!(
        store::users::count(t.app.db()).await.unwrap(),
        0,
        "nothing stored"
    );
}

#[tokio::test]
async fn empty_fields_and_a_password_equal_to_the_email_are_refused() {
    let mut t = TestApp::new().await;
    let empty = t.post_form("/registreren", &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["email", "display_name", "password"] {
        assert_eq!(
            empty.text(&format!("#{field}-error")),
            "Fout: Vul dit veld in."
        );
    }
    let same = t
        .post_form(
            "/registreren",
            &[
                ("email", "ann@example.nl"),
                ("display_name", "Ann"),
                ("password", "ann@example.nl"),
            ],
        )
        .await;
    assert!(same.text("#password-error").contains("niet gelijk"));
    assert_eq!(store::users::count(t.app.db()).await.unwrap(), 0);
}

#[tokio::test]
async fn a_taken_email_is_named_on_the_registration_form() {
    let mut t = TestApp::new().await;
    t.register("ann@example.nl", "Ann").await;
    t.log_out().await;
    let again = t
        .post_form(
            "/registreren",
            &[
                ("email", "ANN@example.nl"),
                ("display_name", "Ann 2"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text("#email-error").contains("al een account"));
    assert_eq!(store::users::count(t.app.db()).await.unwrap(), 1);
}

#[tokio::test]
async fn logging_in_and_out() {
    let mut t = TestApp::new().await;
    t.register("ann@example.nl", "Ann").await;
    t.log_out().await;
    assert!(!t.cookies.contains_key("la_session"));
    assert_eq!(t.get("/").await.text(".flash"), "Je bent uitgelogd.");

    let wrong = t
        .post_form(
            "/inloggen",
            &[
                ("email", "ann@example.nl"),
                ("password", "niet het wachtwoord"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text(".error-summary").contains("klopt niet"));
    assert_eq!(
        wrong.attr("#email", "value").as_deref(),
        Some("ann@example.nl")
    );
    let unknown = t
        .post_form(
            "/inloggen",
            &[("email", "wie@example.nl"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        unknown.text(".error-summary"),
        wrong.text(".error-summary"),
        "same answer for unknown addresses"
    );

    let ok = t
        .post_form(
            "/inloggen",
            &[
                ("email", " Ann@Example.nl "),
                ("password", PASSWORD),
                ("terug", "/account"),
            ],
        )
        .await;
    assert_eq!(
        (ok.status, ok.location()),
        (StatusCode::SEE_OTHER, "/account")
    );
    assert_eq!(t.get("/account").await.status, StatusCode::OK);
}

#[tokio::test]
async fn logging_in_rotates_the_session_and_csrf_tokens_and_logout_ends_the_session() {
    let mut t = TestApp::new().await;
    t.register("ann@example.nl", "Ann").await;
    let first_session = t.cookies["la_session"].clone();
    t.log_out().await;
    let csrf_before = t.csrf().await;
    t.log_in_as("ann@example.nl", PASSWORD).await;
    assert_ne!(t.cookies["la_session"], first_session);
    assert_ne!(t.cookies["la_csrf"], csrf_before);

    // The old cookie, replayed after log-out, opens nothing.
    let mut thief = t.other_browser();
    thief.cookies.insert("la_session".into(), first_session);
    let response = thief.get("/account").await;
    assert_eq!(
        (response.status, response.location()),
        (StatusCode::SEE_OTHER, "/inloggen?terug=%2Faccount")
    );
}

#[tokio::test]
async fn repeated_failed_logins_are_throttled_in_the_database() {
    let mut t = TestApp::new().await;
    t.register("ann@example.nl", "Ann").await;
    t.log_out().await;
    for _ in 0..5 {
        let r = t
            .post_form(
                "/inloggen",
                &[("email", "ann@example.nl"), ("password", "fout fout fout")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let blocked = t
        .post_form(
            "/inloggen",
            &[("email", "ann@example.nl"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(blocked.text(".error-summary").contains("Te veel pogingen"));
    // A second app instance on the same database sees the same counter.
    let mut other = t.other_browser();
    let also = other
        .post_form(
            "/inloggen",
            &[("email", "ann@example.nl"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(also.status, StatusCode::TOO_MANY_REQUESTS);
    t.app.clock().advance(15 * 60);
    t.log_in_as("ann@example.nl", PASSWORD).await;
}

#[tokio::test]
async fn the_profile_saves_and_validates() {
    let mut t = TestApp::new().await;
    t.register("ann@example.nl", "Ann").await;
    let page = t.get("/account").await;
    assert_eq!(page.attr("#display_name", "value").as_deref(), Some("Ann"));
    assert_eq!(
        page.attr("#background option[selected]", "value")
            .as_deref(),
        Some("docent")
    );

    let bad = t
        .post_form(
            "/account",
            &[
                ("display_name", ""),
                ("organisation", "Wijkteam Zuid"),
                ("background", "student"),
                ("locale", "nl"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bad.attr("#organisation", "value").as_deref(),
        Some("Wijkteam Zuid")
    );
    assert_eq!(
        bad.attr("#background option[selected]", "value").as_deref(),
        Some("student")
    );

    let ok = t
        .post_form(
            "/account",
            &[
                ("display_name", "Ann B."),
                ("organisation", "Wijkteam Zuid"),
                ("background", "ervaringsdeskundige"),
                ("locale", "en"),
            ],
        )
        .await;
    assert_eq!(
        (ok.status, ok.location()),
        (StatusCode::SEE_OTHER, "/account")
    );
    let page = t.get("/account").await;
    assert_eq!(
        page.attr("html", "lang").as_deref(),
        Some("en"),
        "preferred language applies"
    );
    assert_eq!(page.text(".flash"), "Your details have been saved.");
    assert_eq!(
        page.attr("#background option[selected]", "value")
            .as_deref(),
        Some("ervaringsdeskundige")
    );
}

#[tokio::test]
async fn changing_the_password_ends_the_other_sessions_only() {
    let mut laptop = TestApp::new().await;
    laptop.register("ann@example.nl", "Ann").await;
    let mut phone = laptop.other_browser();
    phone.log_in_as("ann@example.nl", PASSWORD).await;

    let wrong = laptop
        .post_form(
            "/account/wachtwoord",
            &[("current_password", "niet goed"), ("new_password", "kort")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.has("#current_password-error"));
    assert!(wrong.has("#new_password-error"));

    let ok = laptop
        .post_form(
            "/account/wachtwoord",
            &[
                ("current_password", PASSWORD),
                ("new_password", "een heel nieuw wachtwoord"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(
        laptop.get("/account").await.status,
        StatusCode::OK,
        "this browser stays logged in"
    );
    assert_eq!(
        phone.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "the other is logged out"
    );
    laptop.log_out().await;
    laptop
        .log_in_as("ann@example.nl", "een heel nieuw wachtwoord")
        .await;
}
