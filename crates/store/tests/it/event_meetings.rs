//! Around a meeting, on both backends: the intervision format, notes and outcome report, agenda
//! topics scheduled into it, and the dates of a series.

use crate::accounts::new_user;
use crate::ateliers::werkplaats_with_atelier;
use crate::events::fields;
use store::events;
use store::testing::test_db;
use store::users;

#[tokio::test]
async fn a_session_keeps_its_format_notes_and_outcome_report() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let event = events::insert(db, w.0, fields(Some(impact.0), 1_000, None), ann, 1)
        .await
        .unwrap();
    assert!(
        events::set_intervision_format(db, event, Some("incident"))
            .await
            .unwrap()
    );
    assert_eq!(
        events::find(db, event)
            .await
            .unwrap()
            .unwrap()
            .intervision_format
            .as_deref(),
        Some("incident")
    );
    use store::events::reports;
    assert_eq!(reports::find(db, event).await.unwrap(), None);
    reports::save_notes(db, event, "Wat we leerden", 5)
        .await
        .unwrap();
    reports::save_outcome(db, event, ("Inzicht", "Besluit", "Actie"), 6)
        .await
        .unwrap();
    let report = reports::find(db, event).await.unwrap().unwrap();
    assert_eq!(
        report.session_notes, "Wat we leerden",
        "notes kept by the outcome"
    );
    assert_eq!(
        (
            report.insights.as_str(),
            report.actions.as_str(),
            report.updated_at
        ),
        ("Inzicht", "Actie", 6)
    );
    assert_eq!(report.report_item_id, None);
}

#[tokio::test]
async fn agenda_topics_are_scheduled_into_a_meeting_of_their_own_atelier() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let event = events::insert(db, w.0, fields(Some(impact.0), 1_000, None), ann, 1)
        .await
        .unwrap();
    let topic = store::agenda::insert(db, impact, ann, "Verhalen", "Waarom", 2)
        .await
        .unwrap();
    let other = domain::AtelierId(impact.0 + 1000);
    assert!(
        !store::agenda::schedule_into_event(db, (other, topic), event, "x", ann, 3)
            .await
            .unwrap(),
        "another atelier's topic"
    );
    assert!(
        store::agenda::schedule_into_event(db, (impact, topic), event, "Bijeenkomst", ann, 3)
            .await
            .unwrap()
    );
    assert_eq!(
        store::agenda::list_for_event(db, event).await.unwrap(),
        vec![(topic, "Verhalen".to_owned(), "Waarom".to_owned())]
    );
    let listed = store::agenda::list_by_atelier(db, impact, ann.0)
        .await
        .unwrap();
    assert_eq!(
        (listed[0].status.as_str(), listed[0].status_note.as_str()),
        ("scheduled", "Bijeenkomst")
    );
}

#[tokio::test]
async fn the_dates_of_a_series_are_listed_together() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let mut ids = Vec::new();
    for start in [3_000, 1_000, 2_000] {
        ids.push(
            events::insert(db, w.0, fields(Some(impact.0), start, None), ann, 1)
                .await
                .unwrap(),
        );
    }
    let alone = events::insert(db, w.0, fields(Some(impact.0), 500, None), ann, 1)
        .await
        .unwrap();
    for id in &ids {
        events::set_series(db, *id, ids[0]).await.unwrap();
    }
    let listed: Vec<(i64, i64)> = events::list_series(db, ids[2])
        .await
        .unwrap()
        .into_iter()
        .map(|(id, _, start, _)| (id, start))
        .collect();
    assert_eq!(
        listed,
        vec![(ids[1], 1_000), (ids[2], 2_000), (ids[0], 3_000)]
    );
    assert!(events::list_series(db, alone).await.unwrap().is_empty());
}
