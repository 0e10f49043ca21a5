//! The impact model on both backends: indicators (codes unique per theory, due reminders),
//! subjects with attributes and consent (withdrawal removes measurements), measurements saved
//! all at once or not at all with their baselines linked, grouped dashboard counts and the
//! cache per indicator. Staged imports, stories, rounds and effects: `impact_stories`.

use crate::accounts::new_user;
use store::impact::dashboard;
use store::impact::indicators::{self, IndicatorFields};
use store::impact::measurements::{self, NewMeasurement};
use store::impact::subjects;
use store::testing::test_db;
use store::theories::{self, Arrangement};
use store::{Db, users};

pub(crate) fn fields(code: &str) -> IndicatorFields<'_> {
    IndicatorFields {
        node_key: 2,
        code,
        name: "Zelfredzaamheid wonen",
        definition: "Score 1-5",
        population: "",
        unit: "score",
        kind: "scale",
        scale: (Some(1.0), Some(5.0)),
        target: Some(3.0),
        higher_is_better: true,
        baseline: None,
        frequency_months: 3,
        owner_id: None,
        next_due: Some(100),
        dimensions: "wijk",
        aggregation: "mean",
        shared: false,
    }
}

fn row(indicator: i64, subject: i64, timepoint: &'static str, value: f64) -> NewMeasurement {
    NewMeasurement {
        indicator,
        subject,
        timepoint,
        measured_on: "2025-01-01".into(),
        perspective: "",
        value: Some(value),
        answer: String::new(),
        comment: String::new(),
    }
}

/// A private theory of a new member: (theory, member).
pub(crate) async fn theory(db: &Db) -> (i64, i64) {
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let none = Arrangement {
        atelier: None,
        team: false,
        published: false,
    };
    let id = theories::insert(db, ann, none, ("Wonen", "{}", None), 1)
        .await
        .unwrap();
    (id, ann.0)
}

/// The running totals of `indicator` agree with its rows: the histogram with a count of the
/// rows, the change counts with each subject's end row against their baseline row.
pub(crate) async fn assert_totals_match(db: &Db, theory: i64, indicator: i64) {
    use std::collections::BTreeMap;
    let rows: Vec<_> = measurements::for_theory(db, theory)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.indicator_id == indicator)
        .collect();
    let mut expected: BTreeMap<(String, String, Option<i64>), i64> = BTreeMap::new();
    for m in &rows {
        let key = (
            m.perspective.clone(),
            m.timepoint.clone(),
            m.value.map(|v| (v * 1000.0) as i64),
        );
        *expected.entry(key).or_default() += 1;
    }
    let mut stored: BTreeMap<(String, String, Option<i64>), i64> = BTreeMap::new();
    for c in dashboard::histogram(db, indicator).await.unwrap() {
        let key = (
            c.perspective,
            c.timepoint,
            c.value.map(|v| (v * 1000.0) as i64),
        );
        *stored.entry(key).or_default() += c.n;
    }
    assert_eq!(stored, expected, "histogram totals");
    let mut changes: BTreeMap<String, (i64, i64, i64)> = BTreeMap::new();
    for end in rows.iter().filter(|m| m.timepoint == "end") {
        let base = rows.iter().find(|b| {
            b.timepoint == "baseline"
                && b.pseudonym == end.pseudonym
                && b.perspective == end.perspective
        });
        if let (Some(e), Some(b)) = (end.value, base.and_then(|b| b.value)) {
            let c = changes.entry(end.perspective.clone()).or_default();
            match e.partial_cmp(&b) {
                Some(std::cmp::Ordering::Less) => c.0 += 1,
                Some(std::cmp::Ordering::Equal) => c.1 += 1,
                _ => c.2 += 1,
            }
        }
    }
    let stored: BTreeMap<String, (i64, i64, i64)> = dashboard::changes(db, indicator)
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.perspective, (c.lower, c.equal, c.higher)))
        .collect();
    assert_eq!(stored, changes, "change totals");
}

#[tokio::test]
async fn indicators_subjects_measurements_and_dashboard_counts() {
    let t = test_db().await;
    let db = &t.db;
    let (theory, ann) = theory(db).await;
    let mut f = fields("WOON");
    f.owner_id = Some(ann);
    let woon = indicators::insert(db, theory, &f, 5)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        indicators::insert(db, theory, &f, 5).await.unwrap(),
        None,
        "code taken"
    );
    let other = indicators::insert(db, theory, &fields("GELD"), 5)
        .await
        .unwrap()
        .unwrap();
    assert!(
        !indicators::update(db, (theory, other), &fields("WOON"), 6)
            .await
            .unwrap()
    );
    let listed = indicators::list(db, theory).await.unwrap();
    assert_eq!(
        listed.iter().map(|i| i.code.as_str()).collect::<Vec<_>>(),
        ["GELD", "WOON"]
    );
    assert_eq!(listed[1].owner_name.as_deref(), Some("Ann de Vries"));

    let due = indicators::due(db, 100).await.unwrap();
    assert_eq!(
        due.iter().map(|d| d.id).collect::<Vec<_>>(),
        [woon],
        "only with an owner"
    );
    indicators::mark_reminded(db, woon).await.unwrap();
    assert!(indicators::due(db, 100).await.unwrap().is_empty());
    indicators::reschedule(db, woon, 50).await.unwrap();
    assert_eq!(indicators::due(db, 100).await.unwrap().len(), 1);

    let mut tx = db.begin().await.unwrap();
    let mut ids = Vec::new();
    for i in 0..6 {
        let wijk = if i < 5 { "Noord" } else { "Zuid" };
        let attrs = format!("wijk={wijk}");
        let id = subjects::insert(&mut tx, theory, &format!("WB-{i}"), &attrs, 5)
            .await
            .unwrap()
            .unwrap();
        subjects::give_consent(&mut tx, id, "evaluation", ann, 5)
            .await
            .unwrap();
        ids.push(id);
    }
    assert_eq!(
        subjects::insert(&mut tx, theory, "WB-0", "", 5)
            .await
            .unwrap(),
        None
    );
    tx.commit().await.unwrap();

    let mut rows = Vec::new();
    for (k, id) in ids.iter().enumerate() {
        rows.push(row(woon, *id, "baseline", 2.0));
        rows.push(row(woon, *id, "end", if k == 0 { 1.0 } else { 4.0 }));
    }
    let mut tx = db.begin().await.unwrap();
    assert!(
        measurements::insert_many(&mut tx, &rows, ann, 7)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    let mut tx = db.begin().await.unwrap();
    assert!(
        !measurements::insert_many(&mut tx, &rows[..1], ann, 8)
            .await
            .unwrap(),
        "an existing row is reported"
    );
    drop(tx);

    assert_totals_match(db, theory, woon).await;
    let mut counts: Vec<(String, Option<f64>, i64)> = dashboard::histogram(db, woon)
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.timepoint, c.value, c.n))
        .collect();
    counts.sort_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(
        counts,
        vec![
            ("baseline".into(), Some(2.0), 6),
            ("end".into(), Some(1.0), 1),
            ("end".into(), Some(4.0), 5)
        ]
    );
    let change = dashboard::changes(db, woon).await.unwrap();
    assert_eq!(
        (change[0].lower, change[0].equal, change[0].higher),
        (1, 0, 5)
    );
    let mut at_end = dashboard::values_at(db, woon, ("end", "")).await.unwrap();
    at_end.sort_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(at_end.len(), 6);
    assert_eq!(at_end[0], (ids[0], 1.0));
    let attributes = dashboard::attributes(db, theory).await.unwrap();
    assert_eq!(attributes.len(), 6);
    assert!(attributes.contains(&(ids[5], "wijk=Zuid".into())));
    assert_eq!(measurements::keys(db, theory).await.unwrap().len(), 12);
    assert_eq!(
        measurements::for_theory(db, theory).await.unwrap().len(),
        12
    );

    let subject = subjects::find(db, theory, ids[0]).await.unwrap().unwrap();
    assert_eq!(
        (subject.consents.as_str(), subject.measurements),
        ("evaluation", 2)
    );
    assert_eq!(subject.attributes, "wijk=Noord");
    let mine = measurements::for_subject(db, ids[0]).await.unwrap();
    let baseline = mine.iter().find(|m| m.timepoint == "baseline").unwrap().id;
    let mut tx = db.begin().await.unwrap();
    assert!(
        measurements::delete(&mut tx, ids[0], baseline)
            .await
            .unwrap()
    );
    assert!(
        !measurements::delete(&mut tx, ids[1], baseline)
            .await
            .unwrap(),
        "not theirs"
    );
    tx.commit().await.unwrap();
    let change = dashboard::changes(db, woon).await.unwrap();
    assert_eq!(
        (change[0].lower, change[0].higher),
        (0, 5),
        "no baseline, no change"
    );
    assert_totals_match(db, theory, woon).await;
    let mut tx = db.begin().await.unwrap();
    let again = row(woon, ids[0], "baseline", 0.5);
    assert!(
        measurements::insert_many(&mut tx, &[again], ann, 9)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    let change = dashboard::changes(db, woon).await.unwrap();
    assert_eq!(
        (change[0].lower, change[0].higher),
        (0, 6),
        "linked to the earlier end row"
    );
    assert_totals_match(db, theory, woon).await;

    let mut tx = db.begin().await.unwrap();
    let removed = subjects::withdraw_consent(&mut tx, ids[1], "evaluation", 9)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(removed, 2);
    // The running totals follow the deletion (kept by triggers, also on PostgreSQL).
    let mut counts: Vec<(String, Option<f64>, i64)> = dashboard::histogram(db, woon)
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.timepoint, c.value, c.n))
        .collect();
    counts.sort_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(
        counts,
        vec![
            ("baseline".into(), Some(0.5), 1),
            ("baseline".into(), Some(2.0), 4),
            ("end".into(), Some(1.0), 1),
            ("end".into(), Some(4.0), 4)
        ]
    );
    let change = dashboard::changes(db, woon).await.unwrap();
    assert_eq!((change[0].lower, change[0].higher), (0, 5));
    assert_totals_match(db, theory, woon).await;
    let mut tx = db.begin().await.unwrap();
    assert!(
        measurements::consent_stands(&mut tx, &[ids[0], ids[2], ids[0]])
            .await
            .unwrap()
    );
    assert!(
        !measurements::consent_stands(&mut tx, &[ids[0], ids[1]])
            .await
            .unwrap()
    );
    drop(tx);
    let by = subjects::by_pseudonym(db, theory).await.unwrap();
    assert!(by.iter().any(|(p, _, c)| p == "WB-1" && !c));
    let listed = subjects::list(db, theory).await.unwrap();
    assert_eq!(listed[1].withdrawn, "evaluation");
    assert_eq!(listed.len(), 6);

    // Cached figures are used for the data version they were made for only.
    let v = dashboard::data_version(db, woon).await.unwrap();
    dashboard::cache(db, woon, v, "{\"a\":1}").await.unwrap();
    assert_eq!(
        dashboard::cached(db, woon).await.unwrap().as_deref(),
        Some("{\"a\":1}")
    );
    store::impact::touch(db, theory).await.unwrap();
    assert_eq!(dashboard::cached(db, woon).await.unwrap(), None);
    let v = dashboard::data_version(db, woon).await.unwrap();
    dashboard::cache(db, woon, v, "{}").await.unwrap();
    store::impact::touch_indicator(db, other).await.unwrap();
    assert!(
        dashboard::cached(db, woon).await.unwrap().is_some(),
        "another indicator changed"
    );
    assert!(
        indicators::update(db, (theory, woon), &f, 10)
            .await
            .unwrap()
    );
    assert_eq!(
        dashboard::cached(db, woon).await.unwrap(),
        None,
        "a new target"
    );

    assert!(indicators::delete(db, theory, woon).await.unwrap());
    assert!(measurements::keys(db, theory).await.unwrap().is_empty());
    assert!(dashboard::histogram(db, woon).await.unwrap().is_empty());
    assert!(dashboard::changes(db, woon).await.unwrap().is_empty());
}
