//! Theories of change over HTTP: a team builds one through the guided steps, the rules refuse
//! backwards links and loops with a clear message, a stale page is refused, the theory page
//! shows the drawing, the text outline, the checklist and the story, and the export imports
//! back as the same theory.

use crate::ateliers::{YOUSSEF, demo};
use crate::support::TestApp;
use axum::http::StatusCode;

/// Creates a theory in the Impact atelier and returns its path.
pub(crate) async fn new_theory(t: &mut TestApp, title: &str) -> String {
    let list = t.get("/veranderingstheorie").await;
    let html = list.html();
    let option = scraper::Selector::parse("#atelier option").unwrap();
    let impact = html
        .select(&option)
        .find(|o| o.text().collect::<String>() == "Impact")
        .and_then(|o| o.value().attr("value"))
        .unwrap()
        .to_owned();
    let made = t
        .post_form(
            "/veranderingstheorie",
            &[("title", title), ("atelier", &impact)],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    made.location().trim_end_matches("/stappen").to_owned()
}

/// The revision the page shows.
pub(crate) async fn revision(t: &mut TestApp, path: &str) -> String {
    t.get(&format!("{path}/bewerken"))
        .await
        .attr("input[name=revision]", "value")
        .unwrap()
}

/// Adds a box through the guided form; returns the response.
pub(crate) async fn add(
    t: &mut TestApp,
    path: &str,
    fields: &[(&str, &str)],
) -> crate::support::TestResponse {
    let rev = revision(t, path).await;
    let mut all = vec![
        ("revision", rev.as_str()),
        ("terug", "stappen"),
        ("form", "test"),
    ];
    all.extend_from_slice(fields);
    t.post_form(&format!("{path}/knopen"), &all).await
}

#[tokio::test]
async fn a_team_builds_a_theory_through_the_guided_steps() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let refused = t.post_form("/veranderingstheorie", &[("title", " ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let path = new_theory(&mut t, "Buurtkamer").await;
    let steps = t.get(&format!("{path}/stappen")).await;
    assert_eq!(steps.status, StatusCode::OK);
    assert!(steps.has("#step-impact"));

    let impact = [
        ("kind", "impact"),
        ("sphere", "interest"),
        ("above_ceiling", "1"),
        ("title", "Minder eenzaamheid in de wijk"),
    ];
    assert_eq!(
        add(&mut t, &path, &impact).await.status,
        StatusCode::SEE_OTHER
    );
    let pre = [
        ("kind", "intermediate"),
        ("sphere", "influence"),
        ("leads_to", "1"),
        ("title", "Bewoners kennen elkaar"),
    ];
    assert_eq!(add(&mut t, &path, &pre).await.status, StatusCode::SEE_OTHER);
    let act = [
        ("kind", "activity"),
        ("sphere", "control"),
        ("leads_to", "2"),
        ("title", "Wekelijkse koffieochtend"),
    ];
    let done = add(&mut t, &path, &act).await;
    assert!(
        done.location().ends_with("/stappen#knoop-3"),
        "{}",
        done.location()
    );
    let empty = add(
        &mut t,
        &path,
        &[
            ("kind", "activity"),
            ("sphere", "control"),
            ("leads_to", "2"),
            ("form", "act-2"),
        ],
    )
    .await;
    assert_eq!(
        empty.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a box needs a title"
    );

    // The rules, each with its own message, and a stale page.
    let rev = revision(&mut t, &path).await;
    let link = |from: &'static str, to: &'static str, rev: &str| {
        vec![
            ("revision", rev.to_owned()),
            ("terug", "bewerken".to_owned()),
            ("form", "verband".to_owned()),
            ("from", from.to_owned()),
            ("to", to.to_owned()),
        ]
    };
    let back = link("1", "3", &rev);
    let back: Vec<(&str, &str)> = back.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let backwards = t.post_form(&format!("{path}/verbanden"), &back).await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(backwards.text(".error-summary").contains("loopt terug"));
    assert!(backwards.has(".error-summary a[href='#verband-to']"));
    let stale = link("3", "1", "1");
    let stale: Vec<(&str, &str)> = stale.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let old = t.post_form(&format!("{path}/verbanden"), &stale).await;
    assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(old.text(".error-summary").contains("Iemand anders"));

    let page = t.get(&path).await;
    assert!(page.has("svg[role=img][aria-labelledby='toc-title toc-desc']"));
    assert_eq!(page.texts("svg .toc-node").len(), 3);
    assert_eq!(page.texts("svg .toc-link").len(), 2);
    assert!(
        page.has("svg .toc-ceiling"),
        "the impact sits above the ceiling"
    );
    assert!(page.has("#knoop-1") && page.has("#verband-3-2"));
    let checklist = page.text("section[aria-labelledby=check-heading]");
    assert!(checklist.contains("negatief of onbedoeld"), "{checklist}");
    assert!(
        checklist.contains("Wekelijkse koffieochtend → Bewoners kennen elkaar"),
        "{checklist}"
    );
    let story = page.text("#verhaal");
    assert!(
        story.contains("Wij willen bijdragen aan: Minder eenzaamheid in de wijk."),
        "{story}"
    );
    assert!(
        story.contains("Wekelijkse koffieochtend helpt om Bewoners kennen elkaar te bereiken.")
    );

    // Reasons and an uncertain assumption on a link.
    let rev = revision(&mut t, &path).await;
    let saved = t
        .post_form(
            &format!("{path}/verbanden/3-2"),
            &[
                ("revision", &rev),
                ("terug", "bewerken"),
                ("form", "link-3-2"),
                ("rationale", "bij koffie leren bewoners elkaar kennen"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let rev = revision(&mut t, &path).await;
    t.post_form(
        &format!("{path}/verbanden/3-2/aannames"),
        &[
            ("revision", &rev),
            ("terug", "bewerken"),
            ("form", "aanname-3-2"),
            ("assumption", "bewoners durven binnen te lopen"),
            ("assumption_kind", "contextual"),
            ("certainty", "onzeker"),
        ],
    )
    .await;
    let checklist = t
        .get(&path)
        .await
        .text("section[aria-labelledby=check-heading]");
    assert!(
        checklist.contains("onzeker, maar staat nog niet hoe"),
        "{checklist}"
    );
    assert!(
        !checklist.contains("Wekelijkse koffieochtend → Bewoners kennen elkaar nog niet waarom")
    );

    // Export and import back: the same theory.
    let json = t.get(&format!("{path}/theorie.json")).await;
    assert!(
        json.body
            .contains("\"format\": \"leeratelier-veranderingstheorie\"")
    );
    let imported = t
        .post_file(
            "/veranderingstheorie/importeren",
            "t.json",
            json.body.as_bytes(),
            true,
        )
        .await;
    assert_eq!(imported.status, StatusCode::SEE_OTHER);
    let again = t
        .get(&format!("{}/theorie.json", imported.location()))
        .await;
    assert_eq!(again.body, json.body, "round trip");
    let broken = t
        .post_file(
            "/veranderingstheorie/importeren",
            "t.json",
            b"{\"format\": 1",
            true,
        )
        .await;
    assert_eq!(broken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(broken.text(".error-summary").contains("geen geldige"));
    assert!(
        broken.text(".error-summary").contains("regel 1"),
        "names the line"
    );
    let svg = t.get(&format!("{path}/theorie.svg")).await;
    assert!(svg.body.starts_with("<svg"));
    assert_eq!(
        t.get(&format!("{path}/afdrukken")).await.status,
        StatusCode::OK
    );
}
