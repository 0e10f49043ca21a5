//! Reports on an atelier: its facilitator reads the demo's published atelier report (stage,
//! meetings by background, products, giving and taking in aggregate, never a member's name)
//! and its PDF, and starts a new one; a plain member of the atelier gets a 404.

use crate::ateliers::{FACILITATOR, YOUSSEF, demo, path_of};
use crate::reports::assert_accessible_pdf;
use axum::http::StatusCode;

#[tokio::test]
async fn a_facilitator_reports_on_the_atelier_without_naming_anyone() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let atelier = path_of(&mut t, "Impact").await;
    let home = t.get(&atelier).await;
    let reports = format!("{atelier}/rapporten");
    assert!(home.has(&format!("a[href='{reports}']")));
    let list = t.get(&reports).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(!list.has("#template"), "an atelier report has one template");
    let demo_report = list.attr("main .plan-list h2 a", "href").unwrap();
    let page = t.get(&demo_report).await;
    assert!(page.text("main").contains("gegevens zijn vastgelegd"));
    let headings = page.texts(".report-section h2");
    assert_eq!(headings[0], "Waar het leeratelier staat", "{headings:?}");
    for expected in [
        "Bijeenkomsten en wie er kwamen",
        "Kennisproducten en hergebruik",
        "Brengen en halen",
    ] {
        assert!(
            headings.iter().any(|h| h == expected),
            "{expected}: {headings:?}"
        );
    }
    let document = page.text(".report-document");
    assert!(document.contains("Groeien"), "the stage: {document}");
    for name in ["Sanne de Wit", "Youssef"] {
        assert!(!document.contains(name), "nobody is named: {name}");
    }
    // The demo's products since 2024, each with how often it was taken into a collection.
    let captions = page.texts(".report-document caption");
    assert!(
        captions
            .iter()
            .any(|c| c == "Gepubliceerde kennisproducten"),
        "{captions:?}"
    );
    assert!(page.texts(".report-source a").len() >= 2);
    // Every demo report renders to PDF: this is the atelier's (the impact report's is in
    // `reports`).
    let pdf = t.get(&format!("{demo_report}/rapport.pdf")).await;
    assert_accessible_pdf(&pdf, "Verslag van het leeratelier");

    // A new one over a period without meetings says so instead of an empty table.
    let made = t
        .post_form(
            &reports,
            &[
                ("title", "Verslag 2020"),
                ("from", "2020-01-01"),
                ("to", "2020-12-31"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let draft = t.get(made.location()).await;
    assert!(
        draft
            .text(".report-document")
            .contains("geen bijeenkomsten in deze periode")
    );
    assert!(draft.has("#builder"));

    t.log_out().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    assert_eq!(t.get(&reports).await.status, StatusCode::NOT_FOUND);
    assert_eq!(t.get(&demo_report).await.status, StatusCode::NOT_FOUND);
}
