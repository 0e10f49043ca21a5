//! Guests of public events over HTTP: register with name and e-mail only, confirm and cancel
//! with the link in the mail, a reused link gets a clear message.

use crate::ateliers::{YOUSSEF, demo};
use axum::http::StatusCode;

#[tokio::test]
async fn a_visitor_registers_for_a_public_event_by_mail_link_without_an_account() {
    let mut visitor = demo().await;
    let agenda = visitor.get("/agenda").await;
    let event = agenda.link(
        ".event-list a",
        "Open middag: tellen én vertellen over bestaanszekerheid",
    );
    let page = visitor.get(&event).await;
    assert!(page.has("#guest_email"), "the guest form");

    let refused = visitor
        .post_form(
            &format!("{event}/gast"),
            &[("guest_name", "Bea Bakker"), ("guest_email", "geen-adres")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.attr("#guest_name", "value").as_deref(),
        Some("Bea Bakker")
    );
    assert!(refused.has("#guest_email-error"));

    let sent = visitor
        .post_form(
            &format!("{event}/gast"),
            &[
                ("guest_name", "Bea Bakker"),
                ("guest_email", "bea@example.nl"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let mails = visitor.mails().await;
    let mail = mails
        .iter()
        .find(|m| m.contains("To: bea@example.nl"))
        .expect("a confirmation mail");
    let token = crate::support::link_token(mail, "/agenda/gast/");
    let own = format!("/agenda/gast/{token}");
    let pending = visitor.get(&own).await;
    assert!(pending.text("main").contains("Bevestig je aanmelding"));

    let confirmed = visitor.post_form(&own, &[("actie", "bevestigen")]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert!(
        visitor
            .get(&own)
            .await
            .text("main")
            .contains("Je bent aangemeld")
    );
    // The same link again: a clear message, nothing changes.
    visitor.post_form(&own, &[("actie", "bevestigen")]).await;
    assert!(
        visitor
            .get(&own)
            .await
            .text(".flash")
            .contains("al bevestigd")
    );

    // The organiser sees the guest in the list.
    let mut youssef = visitor.other_browser();
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    assert!(
        youssef
            .get(&event)
            .await
            .text("#deelnemers table")
            .contains("Bea Bakker")
    );

    visitor.post_form(&own, &[("actie", "afmelden")]).await;
    assert!(visitor.get(&own).await.text("main").contains("afgemeld"));
    assert_eq!(
        visitor.get("/agenda/gast/onbekend").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn events_are_found_in_search() {
    let mut visitor = demo().await;
    let found = visitor.get("/kennis?q=verhalen&type=evenement").await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(
        found
            .text("main")
            .contains("Bijeenkomst: verhalen als bewijs"),
        "{}",
        found.text("main")
    );
}
