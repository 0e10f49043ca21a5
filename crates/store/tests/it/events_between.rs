//! A calendar month reads only its own events, on both backends.

use crate::accounts::new_user;
use crate::ateliers::werkplaats_with_atelier;
use crate::events::fields;
use store::events;
use store::testing::test_db;
use store::users;

#[tokio::test]
async fn a_month_reads_only_the_events_that_start_in_it() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let before = events::insert(db, w.0, fields(Some(impact.0), 100, None), ann, 1)
        .await
        .unwrap();
    let inside = events::insert(db, w.0, fields(Some(impact.0), 1_000, None), ann, 1)
        .await
        .unwrap();
    let after = events::insert(db, w.0, fields(None, 5_000, None), ann, 1)
        .await
        .unwrap();
    let ids = |rows: Vec<events::EventRow>| rows.iter().map(|e| e.id).collect::<Vec<_>>();
    // Events last two hours: `before` (100–7,300) still runs when the month starts at 1,000;
    // `after` starts at the month's end and is left out.
    let month = ids(events::list_between(db, w.0, (1_000, 5_000), 10)
        .await
        .unwrap());
    assert_eq!(month, vec![before, inside]);
    let all = ids(events::list_from(db, w.0, 0, 10).await.unwrap());
    assert_eq!(all, vec![before, inside, after]);
}
