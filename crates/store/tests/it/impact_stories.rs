//! Staged imports, stories, MSC rounds, effects and outcome descriptions on both backends:
//! uploads kept per user and dropped when old or after a consent withdrawal, the panel's
//! choice per domain, a round moved on once only, effects with every facet.

use crate::impact::theory;
use store::impact::effects::{self, EffectRow, OutcomeRow};
use store::impact::measurements;
use store::impact::stories::{self, NewStory};
use store::testing::test_db;

#[tokio::test]
async fn staged_imports_stories_rounds_and_effects() {
    let t = test_db().await;
    let db = &t.db;
    let (theory, ann) = theory(db).await;
    let staged = measurements::stage_import(db, (theory, ann), "m.csv", "[[\"a\"]]", 100)
        .await
        .unwrap();
    assert_eq!(
        measurements::staged_import(db, (theory, ann), staged, 100)
            .await
            .unwrap(),
        Some(("m.csv".into(), "[[\"a\"]]".into()))
    );
    assert_eq!(
        measurements::staged_import(db, (theory, ann + 1), staged, 100)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        measurements::staged_import(db, (theory, ann), staged, 101)
            .await
            .unwrap(),
        None,
        "too old"
    );
    measurements::drop_import(db, staged, 0).await.unwrap();
    assert_eq!(
        measurements::staged_import(db, (theory, ann), staged, 0)
            .await
            .unwrap(),
        None
    );
    let other = measurements::stage_import(db, (theory, ann), "n.csv", "[]", 100)
        .await
        .unwrap();
    measurements::drop_imports_of(db, theory).await.unwrap();
    assert_eq!(
        measurements::staged_import(db, (theory, ann), other, 0)
            .await
            .unwrap(),
        None
    );

    let round = stories::insert_round(db, theory, ("Ronde 1", "2025", "Wonen\nMeedoen", "team"), 5)
        .await
        .unwrap();
    let story = |title: &'static str, domain: &'static str| NewStory {
        round: Some(round),
        teller_role: "bewoner",
        told_on: "2025-05-01",
        domain,
        title,
        body: "Tekst",
        why_significant: "",
        node_keys: "2",
        unexpected: false,
    };
    let a = stories::insert(db, theory, &story("A", "Wonen"), ann, 6)
        .await
        .unwrap();
    let b = stories::insert(db, theory, &story("B", "Wonen"), ann, 6)
        .await
        .unwrap();
    let c = stories::insert(db, theory, &story("C", "Meedoen"), ann, 6)
        .await
        .unwrap();
    let mut tx = db.begin().await.unwrap();
    assert!(stories::select(&mut tx, round, a, "eerst").await.unwrap());
    assert!(stories::select(&mut tx, round, c, "meedoen").await.unwrap());
    assert!(
        stories::select(&mut tx, round, b, "toch deze")
            .await
            .unwrap()
    );
    assert!(!stories::select(&mut tx, round + 1, b, "x").await.unwrap());
    tx.commit().await.unwrap();
    let listed = stories::list(db, theory, Some(round)).await.unwrap();
    let chosen: Vec<(&str, &str)> = listed
        .iter()
        .filter(|s| s.selected)
        .map(|s| (s.title.as_str(), s.selection_reason.as_str()))
        .collect();
    assert_eq!(chosen, [("C", "meedoen"), ("B", "toch deze")]);
    assert!(
        stories::set_status(db, round, ("collecting", "fed_back"), "Dank!", 9)
            .await
            .unwrap()
    );
    assert!(
        !stories::set_status(db, round, ("collecting", "fed_back"), "Nog eens", 10)
            .await
            .unwrap(),
        "a second click changes nothing"
    );
    let r = stories::round(db, theory, round).await.unwrap().unwrap();
    assert_eq!((r.status.as_str(), r.fed_back_at), ("fed_back", Some(9)));
    assert_eq!(stories::rounds(db, theory).await.unwrap().len(), 1);
    assert_eq!(stories::list(db, theory, None).await.unwrap().len(), 3);
    assert!(stories::delete(db, theory, a).await.unwrap());

    let outcome = effects::insert_outcome(
        db,
        theory,
        &OutcomeRow {
            id: 0,
            social_actor: "De woningcorporatie".into(),
            change: "stelt ontruiming uit bij begeleiding".into(),
            when_where: "2025, Noord".into(),
            significance: "minder dakloosheid".into(),
            contribution: "overleg".into(),
            substantiation: "bevestigd door de corporatie".into(),
            anticipated: false,
        },
        ann,
        7,
    )
    .await
    .unwrap();
    assert_eq!(effects::outcomes(db, theory).await.unwrap()[0].id, outcome);
    let effect = EffectRow {
        id: 0,
        source: "harvest".into(),
        story_id: None,
        indicator_id: None,
        outcome_id: Some(outcome),
        node_key: None,
        description: "Minder ontruimingen".into(),
        positive: true,
        intended: false,
        direct: false,
        via_whom: "corporatie".into(),
        timing: "during".into(),
        anyway: "x".into(),
        others: "y".into(),
        basis: "z".into(),
    };
    let id = effects::insert(db, theory, &effect, ann, 8).await.unwrap();
    let listed = effects::list(db, theory).await.unwrap();
    assert_eq!(listed, vec![EffectRow { id, ..effect }]);
    assert!(effects::delete(db, theory, id).await.unwrap());
    assert!(!effects::delete(db, theory, id).await.unwrap());
}
