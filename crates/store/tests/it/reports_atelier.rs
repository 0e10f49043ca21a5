//! What an atelier report reads, on both backends: members and attendance by background (a
//! check-in counts; where nobody checked in, a "going" does), meetings in the period with their
//! published outcome report (cancelled ones left out), products published in the period with how often
//! they were collected, activities per member and kind, and stage changes in the period.

use crate::accounts::new_user;
use crate::ateliers::werkplaats_with_atelier;
use crate::events::fields;
use crate::knowledge::content;
use domain::accounts::Background;
use store::events::{self, registrations, reports as outcome};
use store::memberships::{self, NewMembership};
use store::reports::atelier;
use store::testing::test_db;
use store::{activities, ateliers, knowledge, knowledge_collections, users};

#[tokio::test]
async fn an_atelier_report_reads_its_period_in_totals() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let mut people = Vec::new();
    for (i, background) in [
        Background::SociaalWerker,
        Background::SociaalWerker,
        Background::Onderzoeker,
    ]
    .into_iter()
    .enumerate()
    {
        let mut user = new_user("x@example.nl");
        let email = format!("p{i}@example.nl");
        user.email = &email;
        user.background = background;
        let id = users::insert(db, &user, 1).await.unwrap();
        memberships::upsert(
            db,
            &NewMembership {
                atelier: impact,
                user: id,
                role: "member",
                status: "active",
                meetings: true,
                public_events: true,
                online: true,
                request_message: "",
            },
            1,
        )
        .await
        .unwrap();
        people.push(id);
    }
    assert_eq!(
        atelier::members_by_background(db, impact.0).await.unwrap(),
        vec![
            ("onderzoeker".to_owned(), 1),
            ("sociaal-werker".to_owned(), 2)
        ]
    );

    // Two meetings in the period (one with check-ins), one cancelled, one after it.
    let checked = events::insert(db, w.0, fields(Some(impact.0), 1_000, None), people[0], 1)
        .await
        .unwrap();
    let plain = events::insert(db, w.0, fields(Some(impact.0), 2_000, None), people[0], 1)
        .await
        .unwrap();
    let cancelled = events::insert(db, w.0, fields(Some(impact.0), 3_000, None), people[0], 1)
        .await
        .unwrap();
    let later = events::insert(db, w.0, fields(Some(impact.0), 90_000, None), people[0], 1)
        .await
        .unwrap();
    events::cancel(db, cancelled, 4).await.unwrap();
    for p in &people {
        for e in [checked, plain, cancelled, later] {
            registrations::set(db, e, *p, "going", None, 5)
                .await
                .unwrap();
        }
    }
    let first = registrations::list(db, checked).await.unwrap();
    registrations::set_checked_in(db, checked, first[0].id, true)
        .await
        .unwrap();
    outcome::save_outcome(
        db,
        plain,
        ("Verhalen werken", "We meten samen", "Volgende keer casus"),
        6,
    )
    .await
    .unwrap();
    let range = (0, 10_000);
    let meetings = atelier::meetings(db, impact.0, range).await.unwrap();
    assert_eq!(
        meetings.iter().map(|m| m.id).collect::<Vec<_>>(),
        vec![checked, plain]
    );
    assert_eq!((meetings[0].going, meetings[0].checked_in), (3, 1));
    assert_eq!(meetings[1].insights, "", "not published as a verslag yet");
    // One check-in at the first meeting; all three going at the second.
    let attendance = atelier::attendance_by_background(db, impact.0, range)
        .await
        .unwrap();
    let total: i64 = attendance.iter().map(|(_, n)| n).sum();
    assert_eq!(total, 4, "{attendance:?}");

    // Products published in the period, with their collections.
    let item = knowledge::insert(
        db,
        impact,
        people[0],
        "verslag",
        &content("Verslag", "Tekst"),
        1,
    )
    .await
    .unwrap();
    knowledge::update_status(db, item, "published", 500)
        .await
        .unwrap();
    // A draft is not a product yet.
    let _draft = knowledge::insert(
        db,
        impact,
        people[0],
        "concept",
        &content("Concept", "Tekst"),
        1,
    )
    .await
    .unwrap();
    let collection = knowledge_collections::insert(db, impact, people[0], ("map", "Map", ""), 2)
        .await
        .unwrap();
    let mut tx = db.begin().await.unwrap();
    knowledge_collections::add_item(&mut tx, collection, item)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    // Published as a verslag, the meeting's yield is reported.
    outcome::set_report_item(db, plain, item.0).await.unwrap();
    let meetings = atelier::meetings(db, impact.0, range).await.unwrap();
    assert_eq!(meetings[1].insights, "Verhalen werken");
    let products = atelier::products(db, impact.0, range).await.unwrap();
    assert_eq!(products.len(), 1);
    assert_eq!(
        (products[0].title.as_str(), products[0].collections),
        ("Verslag", 1)
    );
    assert!(
        atelier::products(db, impact.0, (600, 10_000))
            .await
            .unwrap()
            .is_empty()
    );

    // Activities per member and kind; stage changes in the period.
    activities::insert(db, impact, people[0], "read", 100)
        .await
        .unwrap();
    activities::insert(db, impact, people[0], "read", 200)
        .await
        .unwrap();
    activities::insert(db, impact, people[1], "knowledge-written", 300)
        .await
        .unwrap();
    activities::insert(db, impact, people[1], "read", 20_000)
        .await
        .unwrap();
    let mut counted = atelier::activities(db, impact.0, range).await.unwrap();
    counted.sort();
    assert_eq!(
        counted,
        vec![
            (people[0].0, "read".to_owned(), 2),
            (people[1].0, "knowledge-written".to_owned(), 1)
        ]
    );
    ateliers::insert_stage_change(db, impact, "maturing", "We groeien", None, 700)
        .await
        .unwrap();
    ateliers::insert_stage_change(db, impact, "stewardship", "", None, 20_000)
        .await
        .unwrap();
    assert_eq!(
        atelier::stage_changes(db, impact.0, range).await.unwrap(),
        vec![("maturing".to_owned(), "We groeien".to_owned(), 700)]
    );
}
