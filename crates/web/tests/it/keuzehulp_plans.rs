//! Impact plans over HTTP, the finer points: only the owner arranges a plan (a team member
//! edits a team plan but cannot make it private or move it), the client-data guard before
//! saving, and the result step keeping what the member sent.

use crate::ateliers::{FACILITATOR, YOUSSEF, demo};
use crate::keuzehulp::{ANSWERS, with};
use axum::http::StatusCode;

#[tokio::test]
async fn a_team_member_edits_a_team_plan_but_the_owner_arranges_it() {
    let mut youssef = demo().await;
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    // The demo team plan of the Impact atelier, made by the facilitator.
    let plan = youssef.get("/plannen").await.link(
        ".plan-list a",
        "Ambulante woonbegeleiding: verantwoording aan de gemeente 2027",
    );
    let id = plan.trim_start_matches("/plannen/").to_owned();
    let edit = youssef.get(&format!("{plan}/bewerken")).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(
        !edit.has("#atelier") && !edit.has("#owner"),
        "only the owner arranges"
    );
    let mut fields: Vec<(String, String)> = Vec::new();
    for name in [
        "intervention",
        "change",
        "target_group",
        "level",
        "locus",
        "negative",
        "unintended",
        "timing",
        "follow_up",
        "anyway",
        "contributors",
        "ambition",
        "purpose",
        "users",
        "decision",
        "decision_when",
        "good_enough",
        "judged_by",
        "capacity",
        "budget",
        "skills",
        "participants",
        "admin_data",
        "sensitive",
        "evidence",
        "existing",
    ] {
        if let Some(value) = edit.attr(&format!("input[type=hidden][name={name}]"), "value") {
            fields.push((name.to_owned(), value));
        }
    }
    let mut form: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    form.extend([
        ("plan", id.as_str()),
        ("title", "Ons teamplan"),
        ("vraag1", "Wat verandert er?"),
        ("methods", "M01"),
        ("owner", "member"),
        ("atelier", ""),
        ("resultaat", "1"),
    ]);
    let saved = youssef.post_form("/keuzehulp/opslaan", &form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let mut facilitator = youssef.other_browser();
    facilitator.log_out().await;
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let page = facilitator.get(&plan).await;
    assert_eq!(page.text("h1"), "Ons teamplan", "the edit is saved");
    assert!(
        page.text(".meta").contains("atelierteam"),
        "still the team's: {}",
        page.text(".meta")
    );
    assert!(
        page.text(".meta").contains("Impact"),
        "still in its atelier"
    );
}

#[tokio::test]
async fn saving_asks_before_storing_what_looks_like_client_data() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let base = with(
        &ANSWERS,
        &[
            ("evidence", "E1"),
            ("title", "Plan voor mevrouw Jansen"),
            ("vraag1", "Hoe gaat het met BSN 111222333?"),
            ("methods", "M01"),
            ("owner", "member"),
            ("resultaat", "1"),
        ],
    );
    let held = t.post_form("/keuzehulp/opslaan", &base).await;
    assert_eq!(held.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(held.has(".guard-warning"));
    assert_eq!(
        held.text("#vraag1"),
        "Hoe gaat het met BSN 111222333?",
        "nothing lost"
    );
    assert!(
        t.get("/plannen").await.text("main").contains("Buurtkamer"),
        "the demo plans only"
    );
    assert!(
        !t.get("/plannen")
            .await
            .text("main")
            .contains("mevrouw Jansen"),
        "nothing saved"
    );
    let confirmed = t
        .post_form("/keuzehulp/opslaan", &with(&base, &[("confirmed", "1")]))
        .await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_result_step_keeps_what_was_sent() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    // Every question cleared and every method unticked: the problems are shown next to empty
    // fields, not next to fresh drafts.
    let sent = with(
        &ANSWERS,
        &[
            ("evidence", "E1"),
            ("title", "Leeg"),
            ("owner", "member"),
            ("resultaat", "1"),
        ],
    );
    let refused = t.post_form("/keuzehulp/opslaan", &sent).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.has(".error-summary a[href='#vraag1']"));
    assert_eq!(refused.text("#vraag1"), "");
    assert!(!refused.has("input[name=methods][checked]"));
    // A method chosen before that is no longer proposed stays chosen.
    let kept = t
        .post_form(
            "/keuzehulp/opslaan",
            &with(
                &sent,
                &[("vraag1", "Wat?"), ("methods", "M27"), ("title", "")],
            ),
        )
        .await;
    assert_eq!(kept.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(kept.has("input[name=methods][value=M27][checked]"));
}

#[tokio::test]
async fn the_demo_has_worked_plans_for_the_atelier() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let plans = t.get("/plannen").await.texts(".plan-list h2");
    assert!(
        plans
            .iter()
            .any(|p| p.starts_with("Buurtkamer Schilderswijk")),
        "{plans:?}"
    );
    assert!(
        plans
            .iter()
            .any(|p| p.starts_with("Ambulante woonbegeleiding")),
        "{plans:?}"
    );
    assert!(
        !plans.iter().any(|p| p.starts_with("Signalen")),
        "not a member of Armoede"
    );
    let team_plan = t.get("/plannen").await.link(
        ".plan-list a",
        "Ambulante woonbegeleiding: verantwoording aan de gemeente 2027",
    );
    let page = t.get(&team_plan).await;
    assert!(
        page.has("a[href$='/bewerken']"),
        "a team plan is the team's to edit"
    );
    assert!(
        page.text("section[aria-labelledby=plan-methods]")
            .contains("Waarom dit voorstel")
    );
    // The atelier's page lists its shared plans for members, not for visitors.
    let atelier = crate::ateliers::path_of(&mut t, "Impact").await;
    let section = t
        .get(&atelier)
        .await
        .text("section[aria-labelledby=plans-heading]");
    assert!(section.contains("Buurtkamer Schilderswijk"), "{section}");
    t.log_out().await;
    assert!(!t.get(&atelier).await.has("#plans-heading"));
}
