//! Platform admin: registration by invitation only.

use crate::support::{PASSWORD, TestApp, link_token};
use axum::http::StatusCode;

#[tokio::test]
async fn with_invitation_only_a_valid_invitation_is_needed_once() {
    let mut admin = TestApp::new().await;
    admin.log_in_as_admin().await;
    let saved = admin
        .post_form("/beheer/registratie", &[("mode", "invitation")])
        .await;
    assert_eq!(
        (saved.status, saved.location()),
        (StatusCode::SEE_OTHER, "/beheer")
    );
    assert_eq!(
        admin
            .get("/beheer")
            .await
            .attr("#mode-invitation", "checked")
            .as_deref(),
        Some("")
    );

    let mut newcomer = admin.other_browser();
    let closed = newcomer.get("/registreren").await;
    assert!(closed.text("main").contains("alleen met een uitnodiging"));
    assert!(!closed.has("form.form"));
    let refused = newcomer
        .post_form(
            "/registreren",
            &[
                ("email", "nieuw@example.nl"),
                ("display_name", "Nieuw"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text(".error-summary").contains("uitnodiging"));
    assert_eq!(
        store::users::count(admin.app.db()).await.unwrap(),
        1,
        "no account made"
    );

    let bad = admin
        .post_form("/beheer/uitnodigingen", &[("email", "geen adres")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.attr("#email", "value").as_deref(), Some("geen adres"));
    let invited = admin
        .post_form("/beheer/uitnodigingen", &[("email", "nieuw@example.nl")])
        .await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER);
    assert!(
        admin
            .get("/beheer")
            .await
            .text("main")
            .contains("nieuw@example.nl")
    );
    let mail = admin.mails().await.pop().unwrap();
    assert!(mail.contains("Beheer nodigt je uit"));
    let token = link_token(&mail, "/registreren?uitnodiging=");

    let form = newcomer
        .get(&format!("/registreren?uitnodiging={token}"))
        .await;
    assert_eq!(
        form.attr("input[name=uitnodiging]", "value").as_deref(),
        Some(token.as_str())
    );
    let fields = [
        ("email", "nieuw@example.nl"),
        ("display_name", "Nieuw"),
        ("password", PASSWORD),
        ("uitnodiging", token.as_str()),
    ];
    let ok = newcomer.post_form("/registreren", &fields).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);

    let mut third = admin.other_browser();
    let fields = [
        ("email", "derde@example.nl"),
        ("display_name", "Derde"),
        ("password", PASSWORD),
        ("uitnodiging", token.as_str()),
    ];
    assert_eq!(
        third.post_form("/registreren", &fields).await.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "used up"
    );
}
