//! Around a theory over HTTP: the demo theories for the atelier, versions and their comparison,
//! comments (behind the client-data guard), publishing by the owner only, forking into one's
//! own, deleting with confirmation, and no access for outsiders.

use crate::ateliers::{ELS, FACILITATOR, YOUSSEF, demo};
use crate::theories::{add, new_theory, revision};
use axum::http::StatusCode;

#[tokio::test]
async fn the_demo_theories_are_there_for_the_atelier() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let list = t.get("/veranderingstheorie").await.texts(".plan-list h2");
    assert_eq!(list.len(), 2, "{list:?}");
    let housing = t.get("/veranderingstheorie").await.link(
        ".plan-list a",
        &list
            .iter()
            .find(|l| l.contains("oonbegeleiding"))
            .unwrap()
            .clone(),
    );
    let page = t.get(&housing).await;
    assert!(page.has("svg .toc-node--impact"));
    assert!(page.text("#tekst").contains("negatief of onbedoeld effect"));
    assert!(
        !page
            .text("section[aria-labelledby=check-heading]")
            .is_empty()
    );
    let versions = t.get(&format!("{housing}/versies")).await;
    assert!(versions.text("main").contains("Versie 1"));
}

#[tokio::test]
async fn versions_comments_publishing_forks_and_deleting() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let path = new_theory(&mut t, "Maatjes").await;
    add(
        &mut t,
        &path,
        &[
            ("kind", "impact"),
            ("sphere", "interest"),
            ("title", "Minder eenzaamheid"),
        ],
    )
    .await;
    assert_eq!(
        t.post_form(&format!("{path}/versies"), &[("note", "eerste opzet")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    add(
        &mut t,
        &path,
        &[
            ("kind", "intermediate"),
            ("sphere", "influence"),
            ("leads_to", "1"),
            ("title", "Maatjes bezoeken elkaar"),
        ],
    )
    .await;
    let compared = t.get(&format!("{path}/versies?a=1&b=0")).await;
    let changes = compared.text("section[aria-labelledby=changes-heading]");
    assert!(
        changes.contains("Stap toegevoegd: Maatjes bezoeken elkaar"),
        "{changes}"
    );
    assert!(
        changes.contains("Verband toegevoegd: Maatjes bezoeken elkaar → Minder eenzaamheid"),
        "{changes}"
    );

    t.post_form(&format!("{path}/versies"), &[("note", "")])
        .await;
    let between = t.get(&format!("{path}/versies?a=1&b=2")).await;
    assert_eq!(
        between.text("section[aria-labelledby=changes-heading]"),
        changes.replace(" sinds versie 1", "")
    );
    assert!(
        between.has("select#a option[value='2']"),
        "the comparison form lists the versions"
    );

    // Not yet published: another member of the atelier does not see it.
    let mut colleague = t.other_browser();
    colleague.log_out().await;
    colleague.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    assert_eq!(colleague.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        colleague
            .post_form(&format!("{path}/publiceren"), &[("publiceren", "1")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        t.post_form(&format!("{path}/publiceren"), &[("publiceren", "1")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let shared = colleague.get(&path).await;
    assert_eq!(shared.status, StatusCode::OK);
    assert!(!shared.has("a[href$='/bewerken']"), "reading, not editing");
    let rev = revision(&mut t, &path).await;
    let edit = colleague
        .post_form(
            &format!("{path}/knopen"),
            &[
                ("revision", &rev),
                ("kind", "activity"),
                ("sphere", "control"),
                ("title", "x"),
            ],
        )
        .await;
    assert_eq!(edit.status, StatusCode::FORBIDDEN);

    // Comments: on a box, and held back when they look like client data.
    let held = colleague
        .post_form(
            &format!("{path}/opmerkingen"),
            &[
                ("target", "node:2"),
                ("comment", "Zoals bij mevrouw met BSN 111222333"),
            ],
        )
        .await;
    assert_eq!(held.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(held.has(".guard-warning"));
    let posted = colleague
        .post_form(
            &format!("{path}/opmerkingen"),
            &[
                ("target", "node:2"),
                ("comment", "Hoe vinden maatjes elkaar?"),
            ],
        )
        .await;
    assert_eq!(posted.status, StatusCode::SEE_OTHER);
    let comments = t.get(&path).await.text("#opmerkingen");
    assert!(
        comments.contains("Maatjes bezoeken elkaar")
            && comments.contains("Hoe vinden maatjes elkaar?"),
        "{comments}"
    );
    let unknown = colleague
        .post_form(
            &format!("{path}/opmerkingen"),
            &[("target", "node:99"), ("comment", "x")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A fork is the colleague's own.
    let fork = colleague.post_form(&format!("{path}/kopie"), &[]).await;
    assert_eq!(fork.status, StatusCode::SEE_OTHER);
    let copy = colleague.get(fork.location()).await;
    assert_eq!(copy.text("h1"), "Kopie van Maatjes");
    assert!(copy.has("a[href$='/bewerken']"));

    let mut outsider = t.other_browser();
    outsider.log_out().await;
    outsider.log_in_as(ELS.0, ELS.1).await;
    assert_eq!(outsider.get(&path).await.status, StatusCode::NOT_FOUND);

    assert_eq!(
        colleague
            .post_form(&format!("{path}/verwijderen"), &[("zeker", "1")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        t.post_form(&format!("{path}/verwijderen"), &[])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        t.post_form(&format!("{path}/verwijderen"), &[("zeker", "1")])
            .await
            .location(),
        "/veranderingstheorie"
    );
    assert_eq!(t.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        colleague.get(fork.location()).await.status,
        StatusCode::OK,
        "the fork stays"
    );
}

#[tokio::test]
async fn the_theory_itself_can_be_described_arranged_and_kept_free_of_client_data() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let path = new_theory(&mut t, "Leeg").await;
    // A new, empty theory has a small but valid picture.
    let empty = t.get(&path).await;
    assert_eq!(empty.status, StatusCode::OK);
    let height: f32 = empty
        .attr("svg.toc-diagram", "height")
        .unwrap()
        .parse()
        .unwrap();
    assert!(height > 0.0);

    let rev = revision(&mut t, &path).await;
    let about = [
        ("revision", rev.as_str()),
        ("terug", "bewerken"),
        ("form", "over"),
        ("title", "Buurtkamer"),
        ("problem", "veel ouderen zitten alleen thuis"),
        ("target_groups", "ouderen in Oosterhof"),
    ];
    assert_eq!(
        t.post_form(&format!("{path}/over"), &about).await.status,
        StatusCode::SEE_OTHER
    );
    let story = t.get(&path).await.text("#verhaal");
    assert!(
        story.contains("Het probleem: veel ouderen zitten alleen thuis."),
        "{story}"
    );

    // Client data in a box is refused where it was typed, and nothing is saved.
    let refused = add(
        &mut t,
        &path,
        &[
            ("kind", "impact"),
            ("sphere", "interest"),
            ("form", "impact"),
            (
                "title",
                "Mevrouw Jansen, BSN 111222333, woont weer zelfstandig",
            ),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.has(".error-summary a[href='#impact-title']"));
    assert_eq!(
        refused.attr("#impact-title", "value").as_deref(),
        Some("Mevrouw Jansen, BSN 111222333, woont weer zelfstandig")
    );
    assert_eq!(t.get(&path).await.texts("svg .toc-node").len(), 0);

    // A stale page says so above the form, not at a field that is not there.
    let stale = t
        .post_form(
            &format!("{path}/knopen"),
            &[
                ("revision", "1"),
                ("terug", "bewerken"),
                ("form", "nieuw"),
                ("kind", "impact"),
                ("sphere", "interest"),
                ("title", "x"),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(stale.text(".error-summary p").contains("Iemand anders"));

    // A copy has no atelier until its owner gives it one; then it can be shared.
    let fork = t
        .post_form(&format!("{path}/kopie"), &[])
        .await
        .location()
        .to_owned();
    let refused = t
        .post_form(&format!("{fork}/publiceren"), &[("publiceren", "1")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = t.get(&fork).await;
    let impact = page
        .attr("#delen select option:nth-child(2)", "value")
        .unwrap();
    assert_eq!(
        t.post_form(&format!("{fork}/delen"), &[("atelier", &impact)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        t.post_form(&format!("{fork}/publiceren"), &[("publiceren", "1")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(
        t.get(&fork)
            .await
            .text(".meta")
            .contains("gedeeld met het atelier")
    );
}
