//! The impact model over HTTP: only the theory's team gets in; indicators, people and
//! measurements are recorded with clear 422s that keep what was typed; withdrawing consent
//! removes a person's measurements from every view and export; the demo dashboard shows
//! numbers with tables, never a group under five, and the panel's stories beside them; owners
//! are mailed when a measurement is due.

use crate::ateliers::{FACILITATOR, YOUSSEF, demo};
use crate::support::TestApp;
use crate::theories::{add, new_theory};
use axum::http::StatusCode;

/// The path of the demo housing-support theory.
pub(crate) async fn housing(t: &mut TestApp) -> String {
    t.get("/veranderingstheorie").await.link(
        "main a",
        "Thuis blijven wonen: ambulante woonbegeleiding na dakloosheid",
    )
}

/// A fresh theory with one box (key 1) and the path of its impact model.
pub(crate) async fn fresh(t: &mut TestApp) -> String {
    let path = new_theory(t, "Buurtkamer").await;
    let made = add(
        t,
        &path,
        &[
            ("kind", "intermediate"),
            ("sphere", "influence"),
            ("title", "Bewoners kennen elkaar"),
            ("level", "living"),
        ],
    )
    .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    format!("{path}/impact")
}

/// Adds indicator BK-1 (scale 1–5, target 4) on box 1.
pub(crate) async fn indicator(t: &mut TestApp, impact: &str) {
    let made = t
        .post_form(
            &format!("{impact}/indicatoren"),
            &[
                ("node", "1"),
                ("code", "bk-1"),
                ("name", "Kent buren bij naam"),
                (
                    "definition",
                    "Score 1-5 op de vraag hoeveel buren u bij naam kent",
                ),
                ("kind", "scale"),
                ("min", "1"),
                ("max", "5"),
                ("target", "4"),
                ("aggregation", "mean"),
                ("frequency", "3"),
                ("dimensions", "wijk"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
}

/// Adds a person with evaluation consent; returns their page.
pub(crate) async fn person(t: &mut TestApp, impact: &str, pseudonym: &str, wijk: &str) -> String {
    let made = t
        .post_form(
            &format!("{impact}/personen"),
            &[
                ("pseudonym", pseudonym),
                ("attr_wijk", wijk),
                ("consent_evaluation", "1"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    made.location().to_owned()
}

#[tokio::test]
async fn only_the_team_sees_the_impact_model() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let path = housing(&mut t).await;
    let impact = format!("{path}/impact");
    assert_eq!(t.get(&impact).await.status, StatusCode::OK);
    let theory = t.get(&path).await;
    assert!(theory.has(&format!("a[href='{impact}']")));
    t.log_out().await;
    assert_eq!(
        t.get(&impact).await.status,
        StatusCode::SEE_OTHER,
        "log in first"
    );
    t.register("nieuw@example.nl", "Nieuw Lid").await;
    for tail in [
        "",
        "/personen",
        "/metingen.csv",
        "/verhalen",
        "/effecten",
        "/instrumenten",
        "/waarde",
    ] {
        let other = t.get(&format!("{impact}{tail}")).await;
        assert_eq!(other.status, StatusCode::NOT_FOUND, "{tail}");
    }
}

#[tokio::test]
async fn the_demo_dashboard_counts_and_tells() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let impact = format!("{}/impact", housing(&mut t).await);
    let page = t.get(&impact).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("section.indicator-card").len(), 5);
    // Every chart has a title, a description and a table with the same numbers.
    let charts = page.texts("svg.chart title").len();
    assert!(charts >= 10, "{charts}");
    assert_eq!(charts, page.texts("svg.chart desc").len());
    assert!(page.texts("table.data-table caption").len() >= charts);
    // Client and worker stay two lines.
    assert!(page.text("main").contains("Cliënt"));
    assert!(page.text("main").contains("Begeleider"));
    // A selected story stands beside the numbers of its box.
    let card = page
        .texts("section.indicator-card")
        .into_iter()
        .find(|c| c.contains("WOON-1"))
        .unwrap();
    assert!(card.contains("Mijn eigen sleutel"), "{card}");
    assert!(page.text("#staircase + ol").contains("Leefsituatie"));
    let effects = page.text("dl.facts");
    assert!(effects.contains("2 van 5"), "{effects}");
    // No count of people in any table is below five: it says "minder dan 5" instead.
    let html = page.html();
    let table = scraper::Selector::parse("table.data-table").unwrap();
    let head = scraper::Selector::parse("thead th").unwrap();
    let row = scraper::Selector::parse("tbody tr").unwrap();
    let cell = scraper::Selector::parse("th, td").unwrap();
    let mut counted = 0;
    for t in html.select(&table) {
        let heads: Vec<String> = t.select(&head).map(|h| h.text().collect()).collect();
        for r in t.select(&row) {
            let cells: Vec<String> = r.select(&cell).map(|c| c.text().collect()).collect();
            for (h, c) in heads.iter().zip(&cells) {
                if h.ends_with("personen") {
                    counted += 1;
                    let n: i64 = c.parse().unwrap_or(5);
                    assert!(n >= 5 || n == 0 || c == "minder dan 5", "{h}: {c}");
                }
            }
        }
    }
    assert!(counted > 20, "{counted}");
}

#[tokio::test]
async fn indicators_people_and_measurements_refuse_bad_input_and_keep_it() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let impact = fresh(&mut t).await;
    let bad = t
        .post_form(
            &format!("{impact}/indicatoren"),
            &[
                ("node", "1"),
                ("code", "bk 1"),
                ("name", "Kent buren"),
                ("kind", "scale"),
                ("min", "5"),
                ("max", "1"),
                ("aggregation", "mean"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.attr("#name", "value").as_deref(), Some("Kent buren"));
    assert!(bad.has("#code-error") && bad.has("#definition-error") && bad.has("#max-error"));
    indicator(&mut t, &impact).await;
    let listed = t.get(&format!("{impact}/indicatoren")).await;
    assert!(listed.text("table").contains("BK-1"));

    let name = t
        .post_form(
            &format!("{impact}/personen"),
            &[("pseudonym", "Jansen"), ("attr_wijk", "Noord")],
        )
        .await;
    assert_eq!(name.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(name.text("#pseudonym-error").contains("cijfer"));
    assert_eq!(name.attr("#attr-1", "value").as_deref(), Some("Noord"));
    let bsn = t
        .post_form(&format!("{impact}/personen"), &[("pseudonym", "111222333")])
        .await;
    assert!(bsn.text("#pseudonym-error").contains("BSN"));
    let page = person(&mut t, &impact, "bk-001", "Noord").await;
    assert!(page.ends_with(char::is_numeric));

    let wrong = t
        .post_form(
            &format!("{page}/metingen"),
            &[
                ("indicator", "0"),
                ("timepoint", "baseline"),
                ("date", "31-2-2026"),
                ("perspective", ""),
                ("value", "7"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.has("#date-error"));
    assert_eq!(wrong.attr("#value", "value").as_deref(), Some("7"));
    let id = wrong.attr("#indicator option", "value").unwrap();
    let out_of_range = t
        .post_form(
            &format!("{page}/metingen"),
            &[
                ("indicator", &id),
                ("timepoint", "baseline"),
                ("date", "1-3-2026"),
                ("perspective", "client"),
                ("value", "7"),
            ],
        )
        .await;
    assert!(out_of_range.text("#value-error").contains("schaal"));
    let measure = |view: &'static str, value: &'static str| {
        vec![
            ("indicator", id.clone()),
            ("timepoint", "baseline".to_string()),
            ("date", "1-3-2026".to_string()),
            ("perspective", view.to_string()),
            ("value", value.to_string()),
        ]
    };
    for (view, value) in [("client", "2"), ("worker", "4")] {
        let fields = measure(view, value);
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let ok = t.post_form(&format!("{page}/metingen"), &pairs).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    }
    let fields = measure("client", "3");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let twice = t.post_form(&format!("{page}/metingen"), &pairs).await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    let shown = t.get(&page).await;
    assert!(
        shown.text(".notice").contains("cliënt 2, begeleider 4"),
        "the difference is shown"
    );
    assert_eq!(shown.texts("table.data-table tbody tr").len(), 2);

    let csv = t.get(&format!("{impact}/metingen.csv")).await;
    assert!(
        csv.body
            .contains("BK-001;BK-1;baseline;2026-03-01;2;client"),
        "{}",
        csv.body
    );
    let withdrawn = t
        .post_form(
            &format!("{page}/toestemming"),
            &[("purpose", "evaluation"), ("given", "0")],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    assert!(
        !t.get(&format!("{impact}/metingen.csv"))
            .await
            .body
            .contains("BK-001")
    );
    let after = t.get(&page).await;
    assert!(!after.has("table.data-table"));
    let again = t.post_form(&format!("{page}/metingen"), &pairs).await;
    assert!(
        again.text("#indicator-error").contains("toestemming"),
        "{} {}",
        again.status,
        again.text("main")
    );
}

#[tokio::test]
async fn an_owner_is_mailed_once_when_a_measurement_is_due() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let impact = fresh(&mut t).await;
    indicator(&mut t, &impact).await;
    let before = t.mails().await.len();
    assert_eq!(
        t.app.send_indicator_reminders().await.unwrap(),
        0,
        "not due yet"
    );
    t.app.clock().advance(91 * 24 * 3600);
    assert!(t.app.send_indicator_reminders().await.unwrap() >= 1);
    let mails = t.mails().await;
    let mine: Vec<&String> = mails[before..]
        .iter()
        .filter(|m| m.contains("Kent buren bij naam"))
        .collect();
    assert_eq!(mine.len(), 1);
    assert!(mine[0].contains(YOUSSEF.0) && mine[0].contains("/metingen"));
    t.app.send_indicator_reminders().await.unwrap();
    let again = t.mails().await;
    assert!(
        !again[mails.len()..]
            .iter()
            .any(|m| m.contains("Kent buren bij naam")),
        "once per due date"
    );
}
