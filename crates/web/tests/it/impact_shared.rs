//! Practice-based evidence across practices: an atelier's members see the shared indicators of
//! its practices, over only the people who agreed to sharing; someone who only asked to join
//! does not; a practice's private indicators never show.

use crate::ateliers::{ELS, YOUSSEF, demo, path_of};
use axum::http::StatusCode;

#[tokio::test]
async fn members_see_shared_totals_of_the_practices() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let atelier = path_of(&mut t, "Impact").await;
    let evidence = format!("{atelier}/praktijkkennis");
    let page = t.get(&atelier).await;
    assert!(page.has(&format!("a[href='{evidence}']")));
    let shared = t.get(&evidence).await;
    assert_eq!(shared.status, StatusCode::OK);
    let cards = shared.texts("section.indicator-card h2");
    assert_eq!(cards.len(), 1, "{cards:?}");
    assert!(cards[0].starts_with("WOON-1"), "{cards:?}");
    let main = shared.text("main");
    assert!(main.contains("Praktijk: Thuis blijven wonen"), "{main}");
    // Only the two in three who agreed to sharing are counted: 80 of the 120 at baseline.
    let table = shared.text("section.indicator-card table");
    assert!(table.contains("80"), "{table}");
    assert!(!table.contains("120"), "{table}");
    assert!(shared.has("svg.chart title"));

    t.log_out().await;
    t.log_in_as(ELS.0, ELS.1).await;
    assert_eq!(t.get(&evidence).await.status, StatusCode::FORBIDDEN);
}
