//! Instruments and the value calculation over HTTP: a matrix built item by item with its
//! criteria, a person scored by client and worker (the difference shown, the indicator's value
//! saved), refused forms keeping the input, a scored item kept, GAS goals with their T-score, a
//! web chart, and the SROI worked example with its sensitivity table and warning.

use crate::ateliers::{YOUSSEF, demo};
use crate::impact::{fresh, indicator, person};
use crate::support::TestApp;
use axum::http::StatusCode;

/// Builds an instrument for the indicator named `code`; returns its path.
async fn build(t: &mut TestApp, impact: &str, fields: &[(&str, &str)], code: &str) -> String {
    let page = t.get(&format!("{impact}/instrumenten")).await;
    let option = page
        .html()
        .select(&scraper::Selector::parse("#indicator option").unwrap())
        .find(|o| o.text().collect::<String>().starts_with(code))
        .and_then(|o| o.value().attr("value").map(str::to_owned))
        .unwrap();
    let mut all = vec![("indicator", option.as_str())];
    all.extend_from_slice(fields);
    let made = t.post_form(&format!("{impact}/instrumenten"), &all).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    made.location().to_owned()
}

/// The radio group names of the scoring form, in order.
fn level_names(page: &crate::support::TestResponse) -> Vec<String> {
    let mut names: Vec<String> = page
        .html()
        .select(&scraper::Selector::parse("input[type=radio][name^=level_]").unwrap())
        .filter_map(|i| i.value().attr("name").map(str::to_owned))
        .collect();
    names.dedup();
    names
}

#[tokio::test]
async fn a_matrix_is_built_and_scored_by_client_and_worker() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let impact = fresh(&mut t).await;
    indicator(&mut t, &impact).await;
    let p1 = person(&mut t, &impact, "BK-001", "Noord").await;
    let sid = p1.rsplit('/').next().unwrap().to_owned();

    // A Likert scale without its anchors, and no indicator chosen: both named, input kept.
    let refused = t
        .post_form(
            &format!("{impact}/instrumenten"),
            &[
                ("indicator", ""),
                ("kind", "likert"),
                ("level_min", "1"),
                ("level_max", "5"),
                ("scoring", "mean"),
                ("instructions", "Samen invullen"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = refused.text(".error-summary");
    assert!(summary.contains("Kies een score-indicator"), "{summary}");
    assert!(
        summary.contains("Geef elk niveau een omschrijving"),
        "{summary}"
    );
    assert_eq!(refused.text("#instructions"), "Samen invullen");

    let matrix = build(
        &mut t,
        &impact,
        &[
            ("kind", "matrix"),
            ("level_min", "1"),
            ("level_max", "3"),
            ("scoring", "mean"),
        ],
        "BK-1",
    )
    .await;
    // A criterion short: refused with the number needed, the text kept.
    let short = t
        .post_form(
            &format!("{matrix}/items"),
            &[("label", "Financiën"), ("criteria", "Schulden\nStabiel")],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.text("#criteria-error").contains("precies 3"));
    assert!(short.body.contains(">Schulden\nStabiel</textarea>"));
    for (label, criteria) in [
        ("Financiën", "Schulden\nStabiel\nZelfstandig"),
        ("Huisvesting", "Dakloos\nTijdelijk\nEigen woning"),
    ] {
        let added = t
            .post_form(
                &format!("{matrix}/items"),
                &[("label", label), ("criteria", criteria)],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    }
    let page = t.get(&matrix).await;
    let table = page.text("#items + div table");
    assert!(
        table.contains("Huisvesting") && table.contains("Eigen woning"),
        "{table}"
    );

    let scoring = format!("{matrix}/personen/{sid}");
    // The person's page leads to the instrument.
    assert!(t.get(&p1).await.has(&format!("a[href='{scoring}']")));
    let form = t.get(&scoring).await;
    assert!(form.text("main").contains("3: Zelfstandig"));
    let names = level_names(&form);
    assert_eq!(names.len(), 2);
    // One item left open: refused, the chosen level kept.
    let open = t
        .post_form(
            &scoring,
            &[
                ("timepoint", "baseline"),
                ("date", "1-2-2025"),
                ("perspective", "client"),
                (names[0].as_str(), "3"),
            ],
        )
        .await;
    assert_eq!(open.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        open.text("#levels-error")
            .contains("Kies bij elk onderdeel")
    );
    assert!(open.has(&format!("input[name={}][value='3'][checked]", names[0])));
    // The item left open is marked at its own fieldset; the answered one is not.
    let fieldset = |name: &str| format!("#{}-error", name.replace('_', "-"));
    assert!(open.has(&fieldset(&names[1])));
    assert!(!open.has(&fieldset(&names[0])));
    for (perspective, levels) in [("client", ["3", "2"]), ("worker", ["1", "2"])] {
        let saved = t
            .post_form(
                &scoring,
                &[
                    ("timepoint", "baseline"),
                    ("date", "1-2-2025"),
                    ("perspective", perspective),
                    (names[0].as_str(), levels[0]),
                    (names[1].as_str(), levels[1]),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let scored = t.get(&scoring).await;
    let history = scored.text("#history + div table");
    assert!(
        history.contains("2,5") && history.contains("1,5"),
        "{history}"
    );
    // Client and worker side by side, with the difference, not an average.
    let difference = scored.texts("#history ~ table").join(" | ");
    assert!(difference.contains("Financiën312"), "{difference}");
    // The mean became the indicator's value for both perspectives.
    let person_page = t.get(&p1).await.text("main");
    assert!(
        person_page.contains("2,5") && person_page.contains("1,5"),
        "{person_page}"
    );
    // A scored item stays.
    let item = page
        .attr("form[action*='/items/'][action$='/verwijderen']", "action")
        .unwrap();
    let kept = t.post_form(&item, &[]).await;
    assert_eq!(kept.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(kept.text(".error-summary").contains("al gescoord"));
    // Withdrawing consent takes the scorings with it.
    let withdrawn = t
        .post_form(
            &format!("{p1}/toestemming"),
            &[("purpose", "evaluation"), ("given", "0")],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    assert!(!t.get(&scoring).await.has("#history + div table"));
}

#[tokio::test]
async fn gas_goals_give_a_t_score_and_a_web_is_drawn() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let impact = fresh(&mut t).await;
    for (code, min, max) in [("gas-1", "0", "100"), ("web-1", "0", "10")] {
        let made = t
            .post_form(
                &format!("{impact}/indicatoren"),
                &[
                    ("node", "1"),
                    ("code", code),
                    ("name", "Instrumentscore"),
                    ("definition", "Score van het instrument"),
                    ("kind", "scale"),
                    ("min", min),
                    ("max", max),
                    ("aggregation", "mean"),
                ],
            )
            .await;
        assert_eq!(
            made.status,
            StatusCode::SEE_OTHER,
            "{}",
            made.text(".error-summary")
        );
    }
    let p1 = person(&mut t, &impact, "BK-002", "Zuid").await;
    let sid = p1.rsplit('/').next().unwrap().to_owned();
    let gas = build(
        &mut t,
        &impact,
        &[("kind", "gas"), ("scoring", "mean")],
        "GAS-1",
    )
    .await;
    let goals = format!("{gas}/personen/{sid}/doelen");
    let bad = t
        .post_form(&goals, &[("goal", "Post openen"), ("weight", "0")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text("#weight-error").contains("0,1 tot 10"));
    assert_eq!(bad.attr("#goal", "value").as_deref(), Some("Post openen"));
    for goal in ["Post openen", "Boodschappen doen", "Huur op tijd"] {
        let added = t
            .post_form(
                &goals,
                &[("goal", goal), ("expected", "Met hulp, wekelijks")],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    }
    let scoring = format!("{gas}/personen/{sid}");
    let form = t.get(&scoring).await;
    assert!(
        form.text("main")
            .contains("0: zoals verwacht (Met hulp, wekelijks)")
    );
    let names = level_names(&form);
    let mut fields = vec![
        ("timepoint", "end"),
        ("date", "2025-06-01"),
        ("perspective", ""),
    ];
    fields.extend(names.iter().map(|n| (n.as_str(), "1")));
    let saved = t.post_form(&scoring, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    // Three equal goals one level above expected: the textbook T-score 63.7.
    assert!(
        t.get(&scoring)
            .await
            .text("#history + div table")
            .contains("63,7")
    );

    let web = build(
        &mut t,
        &impact,
        &[("kind", "web"), ("scoring", "mean")],
        "WEB-1",
    )
    .await;
    for label in ["Wonen", "Werk", "Familie"] {
        let added = t
            .post_form(
                &format!("{web}/items"),
                &[("label", label), ("criteria", "")],
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    }
    let scoring = format!("{web}/personen/{sid}");
    let names = level_names(&t.get(&scoring).await);
    for (perspective, level) in [("client", "8"), ("worker", "5")] {
        let mut fields = vec![
            ("timepoint", "baseline"),
            ("date", "2025-01-01"),
            ("perspective", perspective),
        ];
        fields.extend(names.iter().map(|n| (n.as_str(), level)));
        let saved = t.post_form(&scoring, &fields).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let page = t.get(&scoring).await;
    assert!(page.text("svg.chart title").starts_with("Web: Nulmeting"));
    assert_eq!(
        page.html()
            .select(&scraper::Selector::parse("svg.chart polygon[fill-opacity]").unwrap())
            .count(),
        2
    );
}

#[tokio::test]
async fn the_value_calculation_follows_the_worked_example() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let impact = fresh(&mut t).await;
    let value = format!("{impact}/waarde");
    let empty = t.get(&value).await;
    assert!(
        empty
            .text("main")
            .contains("Vergelijk deze verhouding nooit")
    );
    assert!(empty.text("main").contains("Vul de investering in"));
    let saved = t
        .post_form(
            &value,
            &[("investment", "20.000"), ("discount_rate", "3,5")],
        )
        .await;
    assert_eq!(
        saved.status,
        StatusCode::SEE_OTHER,
        "{}",
        saved.text(".error-summary")
    );
    let outcome = [
        ("name", "Huurders behouden hun woning"),
        ("quantity", "20"),
        ("proxy", "1000"),
        ("proxy_source", ""),
        ("deadweight", "25"),
        ("displacement", "0"),
        ("attribution", "20"),
        ("drop_off", "130"),
        ("duration", "3"),
        ("basis", "Vergelijking met de wachtlijst"),
    ];
    let refused = t.post_form(&format!("{value}/uitkomsten"), &outcome).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = refused.text(".error-summary");
    assert!(summary.contains("Noem de bron"), "{summary}");
    assert!(summary.contains("percentage van 0 tot 100"), "{summary}");
    assert_eq!(
        refused.attr("#name", "value").as_deref(),
        Some("Huurders behouden hun woning")
    );
    let mut fixed = outcome;
    fixed[3].1 = "Kosten van een ontruiming";
    fixed[7].1 = "30";
    let added = t.post_form(&format!("{value}/uitkomsten"), &fixed).await;
    assert_eq!(
        added.status,
        StatusCode::SEE_OTHER,
        "{}",
        added.text(".error-summary")
    );
    let page = t.get(&value).await;
    let result = page.text("#result ~ dl");
    assert!(result.contains("€ 24.739,12"), "{result}");
    assert!(result.contains("€ 4.739,12"), "{result}");
    assert!(result.contains("1,24 : 1"), "{result}");
    let years = page.text("#result + table");
    assert!(
        years.contains("€ 12.000,00") && years.contains("€ 5.880,00"),
        "{years}"
    );
    let sensitivity = page.text("#result ~ div table");
    assert!(sensitivity.contains("25% → 39,4%"), "{sensitivity}");
    // The rate is offered again exactly as saved.
    assert_eq!(page.attr("#discount_rate", "value").as_deref(), Some("3,5"));

    // An English reader groups thousands with commas.
    t.post_form("/taal", &[("taal", "en"), ("terug", &value)])
        .await;
    let saved = t
        .post_form(
            &value,
            &[("investment", "40,000"), ("discount_rate", "3.5")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = t.get(&value).await;
    assert!(
        page.text("#result ~ dl").contains("€ 40,000.00"),
        "{}",
        page.text("#result ~ dl")
    );
    assert!(page.text("#result ~ dl").contains("0.62 : 1"));
}
