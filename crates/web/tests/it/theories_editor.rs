//! The free editor over HTTP: a box's kind change that would break a link is refused, evidence
//! is added and removed, links and boxes are deleted (a box with its links), the team's own
//! story is saved against the revision, and a comment on a deleted box stays, marked.

use crate::ateliers::{YOUSSEF, demo};
use crate::theories::{add, new_theory, revision};
use axum::http::StatusCode;

fn post(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

#[tokio::test]
async fn boxes_links_evidence_and_the_story_are_edited() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let path = new_theory(&mut t, "Editor").await;
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
    add(
        &mut t,
        &path,
        &[
            ("kind", "intermediate"),
            ("sphere", "influence"),
            ("leads_to", "1"),
            ("title", "Buren kennen elkaar"),
        ],
    )
    .await;
    let edit = |rev: &str, extra: &[(&'static str, &'static str)]| {
        let mut all = vec![
            ("revision".to_owned(), rev.to_owned()),
            ("terug".to_owned(), "bewerken".to_owned()),
        ];
        all.extend(
            extra
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        all
    };

    // Box 2 as an impact would make the link 2 → 1 go between two impacts: refused, kept.
    let rev = revision(&mut t, &path).await;
    let fields = edit(
        &rev,
        &[
            ("form", "node-2"),
            ("kind", "impact"),
            ("sphere", "influence"),
            ("title", "Buren kennen elkaar"),
        ],
    );
    let refused = t
        .post_form(&format!("{path}/knopen/2"), &post(&fields))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.has(".error-summary a[href='#node-2-kind']"));
    assert!(
        refused.has("details#knoop-2[open]"),
        "the refused form is open"
    );

    let rev = revision(&mut t, &path).await;
    let fields = edit(
        &rev,
        &[
            ("form", "bewijs-2-1"),
            ("source", "Movisie (2020)"),
            ("evidence_kind", "onderzoek"),
            ("strength", "moderate"),
        ],
    );
    assert_eq!(
        t.post_form(&format!("{path}/verbanden/2-1/bewijs"), &post(&fields))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(
        t.get(&path)
            .await
            .text("#verband-2-1")
            .contains("Movisie (2020)")
    );
    let rev = revision(&mut t, &path).await;
    let fields = edit(&rev, &[("form", "weg"), ("soort", "bewijs"), ("nr", "0")]);
    assert_eq!(
        t.post_form(&format!("{path}/verbanden/2-1/weghalen"), &post(&fields))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert!(!t.get(&path).await.text("#verband-2-1").contains("Movisie"));

    // The team's own story replaces the generated one; a stale page is refused.
    let rev = revision(&mut t, &path).await;
    let story = t
        .post_form(
            &format!("{path}/verhaal"),
            &[("revision", &rev), ("story", "Ons eigen verhaal.")],
        )
        .await;
    assert_eq!(story.status, StatusCode::SEE_OTHER);
    assert!(
        t.get(&path)
            .await
            .text("#verhaal")
            .contains("Ons eigen verhaal.")
    );
    let stale = t
        .post_form(
            &format!("{path}/verhaal"),
            &[("revision", &rev), ("story", "Oud")],
        )
        .await;
    assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A comment on box 2, then box 2 deleted with its link.
    t.post_form(
        &format!("{path}/opmerkingen"),
        &[("target", "node:2"), ("comment", "Hoe meten we dit?")],
    )
    .await;
    let rev = revision(&mut t, &path).await;
    let fields = edit(&rev, &[("form", "weg")]);
    assert_eq!(
        t.post_form(&format!("{path}/knopen/2/verwijderen"), &post(&fields))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let page = t.get(&path).await;
    assert_eq!(page.texts("svg .toc-node").len(), 1);
    assert_eq!(
        page.texts("svg .toc-link").len(),
        0,
        "the box's links go with it"
    );
    assert!(
        page.text("#opmerkingen")
            .contains("(stap of verband verwijderd)")
    );
    // A new box never takes the deleted box's key.
    add(
        &mut t,
        &path,
        &[
            ("kind", "intermediate"),
            ("sphere", "influence"),
            ("leads_to", "1"),
            ("title", "Nieuw"),
        ],
    )
    .await;
    assert!(t.get(&path).await.has("#knoop-3") && !t.get(&path).await.has("#knoop-2"));
    let rev = revision(&mut t, &path).await;
    let fields = edit(&rev, &[("form", "weg")]);
    assert_eq!(
        t.post_form(&format!("{path}/verbanden/3-1/verwijderen"), &post(&fields))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(t.get(&path).await.texts("svg .toc-link").len(), 0);
}
