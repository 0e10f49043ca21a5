//! Instruments and value calculations on both backends: one instrument per indicator, items
//! kept once scored, a scoring saved as a measurement with its item scores (and gone with a
//! withdrawal), GAS goals per person, and the settings and outcomes of a value calculation.

use crate::impact::{assert_totals_match, fields, theory};
use store::impact::indicators;
use store::impact::instruments::{self, InstrumentRow};
use store::impact::measurements::NewMeasurement;
use store::impact::subjects;
use store::impact::values::{self, ValuationRow, ValuedOutcomeRow};
use store::testing::test_db;

#[tokio::test]
async fn instruments_items_goals_and_scorings() {
    let t = test_db().await;
    let db = &t.db;
    let (theory, ann) = theory(db).await;
    let zrm = indicators::insert(db, theory, &fields("ZRM"), 5)
        .await
        .unwrap()
        .unwrap();
    let gas_indicator = indicators::insert(db, theory, &fields("GAS"), 5)
        .await
        .unwrap()
        .unwrap();
    let matrix = InstrumentRow {
        id: 0,
        indicator_id: zrm,
        kind: "matrix".into(),
        level_min: 1,
        level_max: 3,
        scoring: "mean".into(),
        anchors: String::new(),
        instructions: "Samen met de deelnemer".into(),
    };
    let id = instruments::insert(db, &matrix, 6).await.unwrap().unwrap();
    assert_eq!(
        instruments::insert(db, &matrix, 6).await.unwrap(),
        None,
        "one instrument per indicator"
    );
    let found = instruments::find(db, theory, id).await.unwrap().unwrap();
    assert_eq!(found.instructions, "Samen met de deelnemer");
    assert_eq!(instruments::find(db, theory + 1, id).await.unwrap(), None);
    let money = instruments::add_item(db, id, "Financiën", "Schulden\nStabiel\nZelfstandig")
        .await
        .unwrap();
    let home = instruments::add_item(db, id, "Huisvesting", "Dakloos\nTijdelijk\nEigen woning")
        .await
        .unwrap();
    let spare = instruments::add_item(db, id, "Reserve", "a\nb\nc")
        .await
        .unwrap();
    let items = instruments::items(db, id).await.unwrap();
    assert_eq!(
        items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>(),
        ["Financiën", "Huisvesting", "Reserve"]
    );
    assert!(instruments::delete_item(db, id, spare).await.unwrap());

    let person = subjects::insert(db, theory, "P-001", "", 6)
        .await
        .unwrap()
        .unwrap();
    subjects::give_consent(db, person, "evaluation", ann, 6)
        .await
        .unwrap();
    let measurement = |indicator, value, perspective| NewMeasurement {
        indicator,
        subject: person,
        timepoint: "baseline",
        measured_on: "2025-02-01".into(),
        perspective,
        value: Some(value),
        answer: String::new(),
        comment: String::new(),
    };
    let mut tx = db.begin().await.unwrap();
    let scores = [(Some(money), None, 1.0), (Some(home), None, 2.0)];
    assert!(
        instruments::save_scoring(&mut tx, &measurement(zrm, 1.5, "client"), &scores, ann, 7)
            .await
            .unwrap()
    );
    assert!(
        !instruments::save_scoring(&mut tx, &measurement(zrm, 1.5, "client"), &scores, ann, 7)
            .await
            .unwrap(),
        "one scoring per moment and perspective"
    );
    tx.commit().await.unwrap();
    assert_totals_match(db, theory, zrm).await;
    let saved = instruments::scores(db, &found, person).await.unwrap();
    assert_eq!(saved.len(), 2);
    assert_eq!(saved[0].total, Some(1.5));
    assert_eq!((saved[1].item_id, saved[1].score), (Some(home), 2.0));
    assert!(
        !instruments::delete_item(db, id, money).await.unwrap(),
        "a scored item stays"
    );

    let gas = InstrumentRow {
        indicator_id: gas_indicator,
        kind: "gas".into(),
        level_min: -2,
        level_max: 2,
        ..matrix.clone()
    };
    let gas = instruments::insert(db, &gas, 8).await.unwrap().unwrap();
    let post = instruments::add_goal(db, (gas, person), ("Post openen", 2.0, "Wekelijks"), 8)
        .await
        .unwrap();
    let other = instruments::add_goal(db, (gas, person), ("Boodschappen", 1.0, "Zelf"), 8)
        .await
        .unwrap();
    assert!(
        instruments::delete_goal(db, (gas, person), other)
            .await
            .unwrap()
    );
    let goals = instruments::goals(db, gas, person).await.unwrap();
    assert_eq!((goals.len(), goals[0].weight), (1, 2.0));
    let mut tx = db.begin().await.unwrap();
    let gas_scores = [(None, Some(post), 1.0)];
    assert!(
        instruments::save_scoring(
            &mut tx,
            &measurement(gas_indicator, 60.0, ""),
            &gas_scores,
            ann,
            9
        )
        .await
        .unwrap()
    );
    tx.commit().await.unwrap();
    assert!(
        !instruments::delete_goal(db, (gas, person), post)
            .await
            .unwrap()
    );
    assert_eq!(instruments::list(db, theory).await.unwrap().len(), 2);

    // A withdrawal takes the scorings, their item scores and the goals.
    let mut tx = db.begin().await.unwrap();
    subjects::withdraw_consent(&mut tx, person, "evaluation", 10)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_totals_match(db, theory, zrm).await;
    assert_totals_match(db, theory, gas_indicator).await;
    assert!(
        instruments::scores(db, &found, person)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        instruments::goals(db, gas, person)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        instruments::delete_item(db, id, money).await.unwrap(),
        "no scores left"
    );
    assert!(instruments::delete(db, theory, gas).await.unwrap());
    assert!(!instruments::delete(db, theory, gas).await.unwrap());
}

#[tokio::test]
async fn value_calculation_settings_and_outcomes() {
    let t = test_db().await;
    let db = &t.db;
    let (theory, _) = theory(db).await;
    assert_eq!(values::settings(db, theory).await.unwrap(), None);
    let mut settings = ValuationRow {
        investment: 20_000.0,
        discount_rate: 0.035,
        note: "Twee werkers, één jaar".into(),
    };
    values::save_settings(db, theory, &settings, 1)
        .await
        .unwrap();
    settings.investment = 25_000.0;
    values::save_settings(db, theory, &settings, 2)
        .await
        .unwrap();
    assert_eq!(values::settings(db, theory).await.unwrap(), Some(settings));
    let outcome = ValuedOutcomeRow {
        id: 0,
        name: "Woning behouden".into(),
        quantity: 20.0,
        proxy: 1000.0,
        proxy_source: "Kosten ontruiming".into(),
        deadweight: 0.25,
        displacement: 0.0,
        attribution: 0.2,
        drop_off: 0.3,
        duration: 3,
        basis: "Wachtlijst".into(),
    };
    let id = values::add_outcome(db, theory, &outcome, 3).await.unwrap();
    let stored = values::outcomes(db, theory).await.unwrap();
    assert_eq!(stored, vec![ValuedOutcomeRow { id, ..outcome }]);
    assert!(!values::delete_outcome(db, theory + 1, id).await.unwrap());
    assert!(values::delete_outcome(db, theory, id).await.unwrap());
    assert!(values::outcomes(db, theory).await.unwrap().is_empty());
}

#[tokio::test]
async fn an_atelier_sees_shared_indicators_over_people_who_agreed() {
    use crate::ateliers::werkplaats_with_atelier;
    use store::impact::{measurements, shared};
    use store::theories::{self, Arrangement};
    use store::users;
    let t = test_db().await;
    let db = &t.db;
    let (_, atelier) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &crate::accounts::new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let team = Arrangement {
        atelier: Some(atelier.0),
        team: true,
        published: false,
    };
    let theory = theories::insert(db, ann, team, ("Wonen", "{}", None), 1)
        .await
        .unwrap();
    let mut f = fields("WOON");
    f.shared = true;
    let shared_one = indicators::insert(db, theory, &f, 2)
        .await
        .unwrap()
        .unwrap();
    indicators::insert(db, theory, &fields("PRIVE"), 2)
        .await
        .unwrap()
        .unwrap();
    let (own, _) = crate::impact::theory(db).await;
    let mut elsewhere = fields("WOON");
    elsewhere.shared = true;
    indicators::insert(db, own, &elsewhere, 2)
        .await
        .unwrap()
        .unwrap();
    let found = shared::indicators(db, atelier.0).await.unwrap();
    assert_eq!(found.iter().map(|i| i.id).collect::<Vec<_>>(), [shared_one]);
    assert_eq!(
        shared::practices(db, atelier.0).await.unwrap(),
        [(theory, "Wonen".to_owned())]
    );

    // Three people measured; two agreed to sharing, one of whom withdrew it.
    let mut rows = Vec::new();
    for (k, pseudonym) in ["P-1", "P-2", "P-3"].iter().enumerate() {
        let id = subjects::insert(db, theory, pseudonym, "", 3)
            .await
            .unwrap()
            .unwrap();
        subjects::give_consent(db, id, "evaluation", ann.0, 3)
            .await
            .unwrap();
        if k < 2 {
            subjects::give_consent(db, id, "sharing", ann.0, 3)
                .await
                .unwrap();
        }
        if k == 1 {
            let mut tx = db.begin().await.unwrap();
            subjects::withdraw_consent(&mut tx, id, "sharing", 4)
                .await
                .unwrap();
            tx.commit().await.unwrap();
        }
        for (timepoint, value) in [("baseline", 2.0), ("end", 4.0)] {
            rows.push(NewMeasurement {
                indicator: shared_one,
                subject: id,
                timepoint,
                measured_on: "2025-01-01".into(),
                perspective: "",
                value: Some(value),
                answer: String::new(),
                comment: String::new(),
            });
        }
    }
    let mut tx = db.begin().await.unwrap();
    assert!(
        measurements::insert_many(&mut tx, &rows, ann.0, 5)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    assert_totals_match(db, theory, shared_one).await;
    let histogram = shared::histogram(db, shared_one).await.unwrap();
    assert_eq!(histogram.len(), 2);
    assert!(histogram.iter().all(|c| c.n == 1), "{histogram:?}");
    let changes = shared::changes(db, shared_one).await.unwrap();
    assert_eq!(
        (changes[0].lower, changes[0].equal, changes[0].higher),
        (0, 0, 1)
    );
}
