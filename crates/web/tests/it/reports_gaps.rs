//! Reports where data is missing say so instead of breaking: a theory without boxes, a period
//! without measurements, a story removed after publishing; and the templates weigh sections
//! differently (a municipality gets the argued links of the theory briefly, a fund in full).

use crate::ateliers::{FACILITATOR, demo};
use crate::impact::housing;
use crate::support::TestApp;
use crate::theories::new_theory;
use axum::http::StatusCode;

async fn report(t: &mut TestApp, impact: &str, (template, from, to): (&str, &str, &str)) -> String {
    let made = t
        .post_form(
            &format!("{impact}/rapporten"),
            &[
                ("title", "Rapportage"),
                ("template", template),
                ("from", from),
                ("to", to),
                ("plan", ""),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    made.location().to_owned()
}

#[tokio::test]
async fn missing_data_is_marked_as_a_gap() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;

    // A theory of change without boxes.
    let empty = format!("{}/impact", new_theory(&mut t, "Nog leeg").await);
    let path = report(&mut t, &empty, ("fund", "2025-01-01", "2025-12-31")).await;
    let page = t.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text(".report-document");
    assert!(text.contains("nog geen vakken"), "{text}");
    assert!(text.contains("geen impactplan"), "{text}");

    // A period without any measurement.
    let impact = format!("{}/impact", housing(&mut t).await);
    let path = report(
        &mut t,
        &impact,
        ("municipality", "2010-01-01", "2010-12-31"),
    )
    .await;
    let page = t.get(&path).await;
    let text = page.text(".report-document");
    assert!(text.contains("minder dan 5 mensen gemeten"), "{text}");
    assert!(text.contains("Geen metingen in deze periode"), "{text}");
    assert!(
        text.contains("koos in deze periode geen verhalen"),
        "{text}"
    );
}

#[tokio::test]
async fn a_story_removed_after_publishing_is_marked_not_lost() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let impact = format!("{}/impact", housing(&mut t).await);
    let path = report(
        &mut t,
        &impact,
        ("municipality", "2026-01-01", "2026-12-31"),
    )
    .await;
    assert_eq!(
        t.post_form(&format!("{path}/publiceren"), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let page = t.get(&path).await;
    let anchor = page
        .attr(".report-record h3[id^='bron-verhaal-']", "id")
        .expect("a selected story");
    let story = anchor.trim_start_matches("bron-verhaal-").to_owned();
    let title = page.text(&format!("#{anchor}"));
    let deleted = t
        .post_form(&format!("{impact}/verhalen/{story}/verwijderen"), &[])
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);

    let page = t.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    // Marked as a gap: the story (perhaps withdrawn) is no longer shown, its place is.
    let text = page.text(".report-document");
    assert!(text.contains("na het publiceren verwijderd"), "{text}");
    let story_title = title.trim_start_matches("Verhaal “").trim_end_matches('”');
    assert!(!text.contains(story_title), "{story_title} still shown");
    assert_eq!(page.text(&format!("#{anchor}")), "Verwijderd verhaal");
    // Its record no longer links to a page that is gone.
    assert!(
        !page.has(&format!("#{anchor} ~ p a")),
        "no link to the removed story"
    );
}

#[tokio::test]
async fn templates_weigh_the_argued_links_differently() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let impact = format!("{}/impact", housing(&mut t).await);
    let links = |page: &crate::support::TestResponse| {
        page.texts(".report-section h3")
            .into_iter()
            .filter(|h| h.contains(" → "))
            .count()
    };
    let path = report(&mut t, &impact, ("fund", "2024-01-01", "2026-12-31")).await;
    let fund = t.get(&path).await;
    let path = report(
        &mut t,
        &impact,
        ("municipality", "2024-01-01", "2026-12-31"),
    )
    .await;
    let municipality = t.get(&path).await;
    assert!(links(&fund) > 0, "a fund reads the argued links");
    assert_eq!(
        links(&municipality),
        0,
        "a municipality reads the contribution briefly"
    );
}
