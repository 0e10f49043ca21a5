//! Reports on both backends: drafts change, published ones are frozen, versions count up,
//! share links are found by hash and revoked; a report's period figures count only the
//! measurements in the period of people who agreed to being counted in a report.

use crate::impact::{fields, theory};
use store::impact::measurements::{self, NewMeasurement};
use store::impact::{indicators, period, subjects};
use store::reports::{self, ReportFields, Subject, shares};
use store::testing::test_db;

fn settings(title: &str) -> ReportFields<'_> {
    ReportFields {
        plan: None,
        template: "municipality",
        title,
        from: "2025-01-01",
        to: "2025-12-31",
        layout: "[]",
    }
}

#[tokio::test]
async fn a_published_report_is_frozen_and_a_new_version_follows_it() {
    let t = test_db().await;
    let db = t.db.clone();
    let (theory, ann) = theory(&db).await;
    let id = reports::insert(
        &db,
        Subject::Theory(theory),
        settings("Rapport"),
        (None, 1),
        (ann, 5),
    )
    .await
    .unwrap();
    assert!(
        reports::update(&db, id, settings("Rapport 2025"), 6)
            .await
            .unwrap()
    );
    assert!(
        reports::publish(&db, id, "{\"frozen\":1}", (ann, 7))
            .await
            .unwrap()
    );
    // Neither changed nor published twice nor deleted once published.
    assert!(
        !reports::update(&db, id, settings("Anders"), 8)
            .await
            .unwrap()
    );
    assert!(!reports::publish(&db, id, "{}", (ann, 8)).await.unwrap());
    assert!(!reports::delete_draft(&db, id).await.unwrap());
    let row = reports::find(&db, id).await.unwrap().unwrap();
    assert_eq!(row.title, "Rapport 2025");
    assert_eq!(row.snapshot.as_deref(), Some("{\"frozen\":1}"));
    assert_eq!(row.published_at, Some(7));

    assert_eq!(reports::next_version(&db, id).await.unwrap(), 2);
    let next = reports::insert(
        &db,
        Subject::Theory(theory),
        settings("Rapport"),
        (Some(id), 2),
        (ann, 9),
    )
    .await
    .unwrap();
    assert_eq!(reports::next_version(&db, id).await.unwrap(), 3);
    let listed = reports::list(&db, Subject::Theory(theory)).await.unwrap();
    assert_eq!(
        listed.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![next, id]
    );
    assert!(
        reports::list(&db, Subject::Atelier(1))
            .await
            .unwrap()
            .is_empty()
    );
    assert!(reports::delete_draft(&db, next).await.unwrap());
}

#[tokio::test]
async fn a_share_link_is_found_by_its_hash_until_revoked() {
    let t = test_db().await;
    let db = t.db.clone();
    let (theory, ann) = theory(&db).await;
    let id = reports::insert(
        &db,
        Subject::Theory(theory),
        settings("R"),
        (None, 1),
        (ann, 5),
    )
    .await
    .unwrap();
    let link = shares::insert(&db, id, ("abc123", "gemeente"), (ann, 6))
        .await
        .unwrap();
    let found = shares::find_by_hash(&db, "abc123").await.unwrap().unwrap();
    assert_eq!(
        (found.report_id, found.label.as_str(), found.revoked_at),
        (id, "gemeente", None)
    );
    assert!(shares::find_by_hash(&db, "other").await.unwrap().is_none());
    assert!(
        !shares::revoke(&db, (id + 1, link), 7).await.unwrap(),
        "another report's link"
    );
    assert!(shares::revoke(&db, (id, link), 7).await.unwrap());
    assert!(
        !shares::revoke(&db, (id, link), 8).await.unwrap(),
        "already revoked"
    );
    let found = shares::find_by_hash(&db, "abc123").await.unwrap().unwrap();
    assert_eq!(found.revoked_at, Some(7));
    assert_eq!(shares::list(&db, id).await.unwrap().len(), 1);
}

fn measurement(
    indicator: i64,
    subject: i64,
    (timepoint, on): (&'static str, &str),
    value: f64,
) -> NewMeasurement {
    NewMeasurement {
        indicator,
        subject,
        timepoint,
        measured_on: on.to_owned(),
        perspective: "",
        value: Some(value),
        answer: String::new(),
        comment: if value > 3.0 {
            format!("goed {subject}")
        } else {
            String::new()
        },
    }
}

#[tokio::test]
async fn period_figures_count_the_period_and_report_consent_only() {
    let t = test_db().await;
    let db = t.db.clone();
    let (theory, ann) = theory(&db).await;
    let indicator = indicators::insert(&db, theory, &fields("W1"), 1)
        .await
        .unwrap()
        .unwrap();
    let mut tx = db.begin().await.unwrap();
    let mut rows = Vec::new();
    for i in 0..4_i64 {
        let s = subjects::insert(&mut tx, theory, &format!("P-{i}"), "wijk=Noord", 2)
            .await
            .unwrap()
            .unwrap();
        subjects::give_consent(&mut tx, s, "evaluation", ann, 2)
            .await
            .unwrap();
        // P-3 did not agree to being counted in a report.
        if i < 3 {
            subjects::give_consent(&mut tx, s, "report", ann, 2)
                .await
                .unwrap();
        }
        rows.push(measurement(indicator, s, ("baseline", "2025-02-01"), 2.0));
        // P-2's end measurement falls after the period.
        let end_on = if i == 2 { "2026-02-01" } else { "2025-11-01" };
        rows.push(measurement(indicator, s, ("end", end_on), 2.0 + i as f64));
    }
    measurements::insert_many(&mut tx, &rows, ann, 3)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let range = ("2025-01-01", "2025-12-31");

    let mut histogram = period::histogram(&db, indicator, range).await.unwrap();
    histogram.sort_by(|a, b| {
        (&a.timepoint, a.value)
            .partial_cmp(&(&b.timepoint, b.value))
            .unwrap()
    });
    let seen: Vec<(&str, Option<f64>, i64)> = histogram
        .iter()
        .map(|c| (c.timepoint.as_str(), c.value, c.n))
        .collect();
    assert_eq!(
        seen,
        vec![
            ("baseline", Some(2.0), 3),
            ("end", Some(2.0), 1),
            ("end", Some(3.0), 1)
        ]
    );
    let changes = period::changes(&db, indicator, range).await.unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(
        (changes[0].lower, changes[0].equal, changes[0].higher),
        (0, 1, 1)
    );
    let mut values = period::values_at(&db, indicator, ("end", ""), range)
        .await
        .unwrap();
    values.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap());
    assert_eq!(
        values.iter().map(|v| v.1).collect::<Vec<_>>(),
        vec![2.0, 3.0]
    );
    assert_eq!(period::reached(&db, theory, range).await.unwrap(), 3);
    assert_eq!(
        period::reached(&db, theory, ("2024-01-01", "2024-12-31"))
            .await
            .unwrap(),
        0
    );
    // P-3's comment ("goed") is not counted; nobody else scored above 3 in the period.
    assert!(
        period::comments(&db, indicator, range, 5)
            .await
            .unwrap()
            .is_empty()
    );
    let later = period::comments(&db, indicator, ("2025-01-01", "2026-12-31"), 5)
        .await
        .unwrap();
    // P-2 ended on 4.0 only after the period: counted once the period includes it.
    assert_eq!(later.len(), 1, "{later:?}");
    assert_eq!(later[0].0, "2026-02-01");
}
