//! A calendar month reads only its own events, and a reader's list only the events it may
//! need, on both backends.

use crate::accounts::new_user;
use crate::ateliers::werkplaats_with_atelier;
use crate::events::fields;
use store::events::{self, Among, EventFields};
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

#[tokio::test]
async fn a_list_among_some_ateliers_reads_only_their_public_and_werkplaats_events() {
    let t = test_db().await;
    let db = &t.db;
    let (w, public_atelier) = werkplaats_with_atelier(db).await;
    let closed = store::ateliers::insert(
        db,
        &store::ateliers::NewAtelier {
            werkplaats: w,
            slug: "besloten",
            name: "Besloten",
            description: "",
            knowledge_question: "",
            visibility: "members",
            join_policy: "approval",
            stage: "potential",
        },
        1,
    )
    .await
    .unwrap();
    let other = store::ateliers::insert(
        db,
        &store::ateliers::NewAtelier {
            werkplaats: w,
            slug: "ander",
            name: "Ander",
            description: "",
            knowledge_question: "",
            visibility: "members",
            join_policy: "approval",
            stage: "potential",
        },
        1,
    )
    .await
    .unwrap();
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let add = |atelier: Option<i64>, at: i64, kind: &'static str| {
        let fields = EventFields {
            kind,
            ..fields(atelier, at, None)
        };
        events::insert(db, w.0, fields, ann, 1)
    };
    let of_public = add(Some(public_atelier.0), 100, "meeting").await.unwrap();
    let of_closed = add(Some(closed.0), 200, "meeting").await.unwrap();
    let public_of_other = add(Some(other.0), 300, "public").await.unwrap();
    let meeting_of_other = add(Some(other.0), 400, "intervision").await.unwrap();
    let werkplaats_wide = add(None, 500, "meeting").await.unwrap();

    let nothing_extra = Among {
        public_ateliers: false,
        werkplaats_wide: false,
        ateliers: &[],
    };
    assert_eq!(listed(db, w.0, nothing_extra).await, vec![public_of_other]);
    let visitor = Among {
        public_ateliers: true,
        ..nothing_extra
    };
    assert_eq!(
        listed(db, w.0, visitor).await,
        vec![of_public, public_of_other]
    );
    let member = Among {
        public_ateliers: false,
        werkplaats_wide: true,
        ateliers: &[closed.0],
    };
    assert_eq!(
        listed(db, w.0, member).await,
        vec![of_closed, public_of_other, werkplaats_wide]
    );
    assert!(!listed(db, w.0, member).await.contains(&meeting_of_other));
}

/// The ids of the events a list among `among` reads.
async fn listed(db: &store::Db, werkplaats: i64, among: Among<'_>) -> Vec<i64> {
    events::list_between_among(db, werkplaats, (0, i64::MAX), 10, among)
        .await
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect()
}
