//! The keuzehulp over HTTP: the builder step by step without JavaScript (checks per step,
//! nothing lost going back or jumping), the result with reasons, saving and reading a plan,
//! sharing, discussing, exporting and deleting it.

use crate::ateliers::{ELS, FACILITATOR, YOUSSEF, demo};
use axum::http::StatusCode;

/// Complete answers of a learning community project.
pub(crate) const ANSWERS: [(&str, &str); 15] = [
    ("intervention", "de buurtkamer"),
    ("change", "minder eenzaamheid"),
    ("target_group", "oudere bewoners van de wijk"),
    ("level", "living"),
    ("locus", "community"),
    ("negative", "1"),
    ("timing", "both"),
    ("ambition", "plausible"),
    ("purpose", "learning"),
    ("users", "het buurtteam"),
    ("good_enough", "de helft voelt zich minder alleen"),
    ("capacity", "medium"),
    ("budget", "none"),
    ("skills", "some"),
    ("participants", "40"),
];

pub(crate) fn with<'a>(
    base: &[(&'a str, &'a str)],
    more: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut all = base.to_vec();
    all.extend_from_slice(more);
    all
}

#[tokio::test]
async fn a_member_goes_through_the_builder_step_by_step() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let intro = t.get("/keuzehulp").await;
    assert_eq!(intro.status, StatusCode::OK);
    assert_eq!(intro.texts(".keuzehulp-overview li").len(), 8);

    // A step with a missing answer comes back with the problem and what was typed.
    let wrong = t
        .post_form(
            "/keuzehulp",
            &[
                ("stap", "1"),
                ("ga", "verder"),
                ("intervention", "de buurtkamer"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.has(".error-summary a[href='#change']"));
    assert!(wrong.has(".error-summary a[href='#level']"));
    assert_eq!(
        wrong.attr("#intervention", "value").as_deref(),
        Some("de buurtkamer")
    );

    let step_one: Vec<(&str, &str)> = ANSWERS[..5].to_vec();
    let two = t
        .post_form(
            "/keuzehulp",
            &with(&step_one, &[("stap", "1"), ("ga", "verder")]),
        )
        .await;
    assert_eq!(two.status, StatusCode::OK);
    assert_eq!(two.text("h1"), "Welke effecten?");
    assert_eq!(
        two.attr("input[type=hidden][name=intervention]", "value")
            .as_deref(),
        Some("de buurtkamer")
    );

    // Back keeps everything; the step list cannot skip an unanswered step.
    let back = t
        .post_form(
            "/keuzehulp",
            &with(
                &step_one,
                &[("stap", "2"), ("ga", "terug"), ("timing", "after")],
            ),
        )
        .await;
    assert_eq!(back.text("h1"), "Impact van wat, op wat?");
    assert!(back.has("#level-living[checked]"));
    assert_eq!(
        back.attr("input[type=hidden][name=timing]", "value")
            .as_deref(),
        Some("after")
    );
    let jump = t
        .post_form(
            "/keuzehulp",
            &with(&step_one, &[("stap", "1"), ("ga", "naar-8")]),
        )
        .await;
    assert_eq!(jump.text("h1"), "Welke effecten?", "the first open step");
    let month = t
        .post_form(
            "/keuzehulp",
            &with(
                &ANSWERS,
                &[("stap", "4"), ("ga", "verder"), ("decision_when", "maart")],
            ),
        )
        .await;
    assert_eq!(month.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(month.has(".error-summary a[href='#decision_when']"));

    let result = t
        .post_form(
            "/keuzehulp",
            &with(
                &ANSWERS,
                &[("stap", "7"), ("ga", "verder"), ("evidence", "E1")],
            ),
        )
        .await;
    assert_eq!(result.status, StatusCode::OK);
    assert_eq!(result.text("h1"), "Jullie kernvragen en methoden");
    let first = result.text("#vraag1");
    assert!(
        first.contains("positieve én negatieve") && first.contains("de buurtkamer"),
        "{first}"
    );
    assert!(result.texts(".pick").len() >= 4);
    assert!(result.text(".pick").contains("Waarom dit voorstel"));
    assert!(result.has("input[name=methods][value=M01][checked]"));
    assert!(
        result.text(".not-recommended").contains("Gerandomiseerd")
            || result.text(".not-recommended").contains("RCT")
    );
    assert!(
        result
            .text("#notes-heading + ul")
            .contains("veranderingstheorie"),
        "E1: describe first"
    );
}

#[tokio::test]
async fn a_plan_is_saved_shared_discussed_exported_and_deleted() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let result = t
        .post_form(
            "/keuzehulp",
            &with(
                &ANSWERS,
                &[("stap", "7"), ("ga", "verder"), ("evidence", "E1")],
            ),
        )
        .await;
    let html = result.html();
    let option = scraper::Selector::parse("#atelier option").unwrap();
    let atelier = html
        .select(&option)
        .find(|o| o.text().collect::<String>() == "Impact")
        .and_then(|o| o.value().attr("value"))
        .expect("the Impact atelier to choose")
        .to_owned();
    let plan = with(
        &ANSWERS,
        &[
            ("evidence", "E1"),
            ("title", "Buurtkamer 2027"),
            ("vraag1", "Wat verandert er voor bewoners?"),
            ("atelier", &atelier),
            ("owner", "member"),
            ("shared", "1"),
        ],
    );

    let none = t.post_form("/keuzehulp/opslaan", &plan).await;
    assert_eq!(
        none.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "no method chosen"
    );
    assert!(none.has(".error-summary a[href='#methods']"));
    assert_eq!(
        none.attr("#title", "value").as_deref(),
        Some("Buurtkamer 2027")
    );
    assert_eq!(none.text("#vraag1"), "Wat verandert er voor bewoners?");

    let saved = t
        .post_form(
            "/keuzehulp/opslaan",
            &with(&plan, &[("methods", "M01"), ("methods", "M10")]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let path = saved.location().to_owned();
    let page = t.get(&path).await;
    assert_eq!(page.text("h1"), "Buurtkamer 2027");
    assert!(
        page.text("#plan-questions + ol")
            .contains("Wat verandert er voor bewoners?")
    );
    let methods =
        page.texts("#plan-methods ~ article h3, section[aria-labelledby=plan-methods] h3");
    assert_eq!(methods.len(), 2, "{methods:?}");
    assert!(
        page.text("section[aria-labelledby=plan-answers]")
            .contains("de buurtkamer")
    );
    assert!(
        t.get("/plannen")
            .await
            .text(".plan-list")
            .contains("Buurtkamer 2027")
    );

    let md = t.get(&format!("{path}/plan.md")).await;
    assert!(
        md.headers[axum::http::header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/markdown")
    );
    assert!(md.body.starts_with("# Buurtkamer 2027\n"));
    assert!(
        md.body
            .contains("## Kernvragen\n\n1. Wat verandert er voor bewoners?")
    );
    assert!(md.body.contains("### Most Significant Change"));
    let print = t.get(&format!("{path}/afdrukken")).await;
    assert_eq!(print.text("h1"), "Buurtkamer 2027");
    assert!(!print.has(".main-nav"));

    // A fellow member reads the shared plan but may not change it; others do not see it.
    let mut colleague = t.other_browser();
    colleague.log_out().await;
    colleague.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    assert_eq!(colleague.get(&path).await.status, StatusCode::OK);
    assert!(!colleague.get(&path).await.has("a[href$='/bewerken']"));
    assert_eq!(
        colleague.get(&format!("{path}/bewerken")).await.status,
        StatusCode::FORBIDDEN
    );
    let mut outsider = t.other_browser();
    outsider.log_out().await;
    outsider.log_in_as(ELS.0, ELS.1).await;
    assert_eq!(outsider.get(&path).await.status, StatusCode::NOT_FOUND);

    // The owner edits through the builder's result step.
    let edit = t.get(&format!("{path}/bewerken")).await;
    assert_eq!(
        edit.attr("input[name=plan]", "value").as_deref(),
        Some(path.trim_start_matches("/plannen/"))
    );
    assert!(edit.has("input[name=methods][value=M10][checked]"));

    let discussed = colleague.post_form(&format!("{path}/bespreken"), &[]).await;
    assert_eq!(discussed.status, StatusCode::SEE_OTHER);
    let thread = discussed.location().to_owned();
    assert!(thread.starts_with("/forum/onderwerpen/"));
    assert!(colleague.get(&thread).await.body.contains(&path));
    assert_eq!(
        t.post_form(&format!("{path}/bespreken"), &[])
            .await
            .location(),
        thread,
        "one thread"
    );

    assert_eq!(
        colleague
            .post_form(&format!("{path}/verwijderen"), &[("zeker", "1")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let unsure = t.post_form(&format!("{path}/verwijderen"), &[]).await;
    assert_eq!(
        unsure.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "asks to confirm"
    );
    assert!(unsure.has(".error-summary a[href='#zeker']"));
    let deleted = t
        .post_form(&format!("{path}/verwijderen"), &[("zeker", "1")])
        .await;
    assert_eq!(deleted.location(), "/plannen");
    assert_eq!(t.get(&path).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_catalogue_filters_and_links_knowledge() {
    let mut t = demo().await;
    let all = t.get("/methoden").await;
    assert_eq!(all.texts(".method-list > li").len(), 34);
    let causal = t.get("/methoden?causaal=attribution").await;
    assert_eq!(causal.texts(".method-list > li").len(), 3);
    let msc = t.get("/methoden/most-significant-change").await;
    assert_eq!(msc.status, StatusCode::OK);
    assert!(
        msc.text("main")
            .contains("Most Significant Change: verhalen verzamelen en samen kiezen")
    );
    assert_eq!(
        t.get("/methoden/bestaat-niet").await.status,
        StatusCode::NOT_FOUND
    );
    // The knowledge item links back to the method in the catalogue.
    let item = msc.link(
        "main a",
        "Most Significant Change: verhalen verzamelen en samen kiezen",
    );
    let item_page = t.get(&item).await;
    assert!(item_page.has("a[href='/methoden/most-significant-change']"));

    // In English the catalogue, the reasons and the drafted questions are English.
    t.post_form("/taal", &[("taal", "en"), ("terug", "/methoden")])
        .await;
    let english = t.get("/methoden/most-significant-change").await;
    assert_eq!(english.text("h2"), "When it fits");
    let result_en = t
        .post_form(
            "/keuzehulp",
            &with(
                &ANSWERS,
                &[("stap", "7"), ("ga", "verder"), ("evidence", "E3")],
            ),
        )
        .await;
    assert_eq!(result_en.text("h1"), "Your key questions and methods");
    assert!(
        result_en.text("#vraag1").starts_with("Which"),
        "{}",
        result_en.text("#vraag1")
    );
    assert!(result_en.text(".pick").contains("Why this proposal"));
    t.post_form("/taal", &[("taal", "nl"), ("terug", "/")])
        .await;

    // Without an account the builder works, but saving asks to log in.
    let result = t
        .post_form(
            "/keuzehulp",
            &with(
                &ANSWERS,
                &[("stap", "7"), ("ga", "verder"), ("evidence", "E3")],
            ),
        )
        .await;
    assert_eq!(result.status, StatusCode::OK);
    assert!(!result.has("#title"));
    let save = t
        .post_form(
            "/keuzehulp/opslaan",
            &with(&ANSWERS, &[("evidence", "E3"), ("methods", "M01")]),
        )
        .await;
    assert!(
        save.location().starts_with("/inloggen"),
        "{}",
        save.location()
    );
    assert!(t.get("/plannen").await.location().starts_with("/inloggen"));
}
