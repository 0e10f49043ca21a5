//! What happens in an atelier: recorded activity, agenda topics, invitations.

use crate::accounts::new_user;
use crate::ateliers::werkplaats_with_atelier;
use domain::AtelierId;
use store::testing::test_db;
use store::users;

#[tokio::test]
async fn activities_are_counted_per_member_and_per_period() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let day = 24 * 60 * 60;
    let now = 100 * day;
    store::activities::insert(db, impact, ann, "read", now - day)
        .await
        .unwrap();
    store::activities::insert(db, impact, ann, "read", now - 2 * day)
        .await
        .unwrap();
    store::activities::insert(db, impact, ann, "meeting-hosted", now - 40 * day)
        .await
        .unwrap();
    store::activities::insert(db, impact, bob, "download", now - 200 * day)
        .await
        .unwrap();
    let counts = store::activities::count_by_user(db, impact).await.unwrap();
    assert_eq!(
        counts,
        vec![
            (ann.0, "meeting-hosted".to_owned(), 1),
            (ann.0, "read".to_owned(), 2),
            (bob.0, "download".to_owned(), 1)
        ]
    );
    let periods = store::activities::count_by_period(db, impact, now, 30 * day, 6)
        .await
        .unwrap();
    assert_eq!(
        periods,
        vec![(0, 2), (1, 1)],
        "the one 200 days ago is outside six periods"
    );
}

#[tokio::test]
async fn agenda_topics_are_supported_and_decided_once() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let first = store::agenda::insert(db, impact, ann, "Verhalen oogsten", "", 10)
        .await
        .unwrap();
    let second = store::agenda::insert(db, impact, bob, "Indicatoren", "Welke?", 11)
        .await
        .unwrap();
    store::agenda::insert_support(db, second, ann, 12)
        .await
        .unwrap();
    store::agenda::insert_support(db, second, ann, 12)
        .await
        .unwrap();
    store::agenda::insert_support(db, second, bob, 13)
        .await
        .unwrap();
    let topics = store::agenda::list_by_atelier(db, impact, ann.0)
        .await
        .unwrap();
    assert_eq!(
        topics
            .iter()
            .map(|t| (t.id, t.supporters, t.mine))
            .collect::<Vec<_>>(),
        vec![(second, 2, 1), (first, 0, 0)]
    );
    assert_eq!(topics[0].proposed_by_name.as_deref(), Some("Ann de Vries"));
    assert!(
        store::agenda::delete_support(db, second, ann)
            .await
            .unwrap()
    );
    assert!(
        !store::agenda::delete_support(db, second, ann)
            .await
            .unwrap()
    );
    assert!(
        store::agenda::update_status(db, first, "closed", "Al besproken", bob, 20)
            .await
            .unwrap()
    );
    assert!(
        !store::agenda::update_status(db, first, "scheduled", "", bob, 21)
            .await
            .unwrap()
    );
    let found = store::agenda::find(db, impact, first)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (found.status.as_str(), found.status_note.as_str()),
        ("closed", "Al besproken")
    );
    assert!(
        store::agenda::find(db, AtelierId(impact.0 + 1), first)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn atelier_invitations_are_single_use_and_expire() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    use store::atelier_invitations as inv;
    inv::insert(db, impact, "nieuw@example.nl", "h1", ann, 10, 100)
        .await
        .unwrap();
    assert_eq!(inv::list_open(db, impact, 20).await.unwrap().len(), 1);
    assert_eq!(
        inv::find_valid(db, "h1", 20).await.unwrap().unwrap().email,
        "nieuw@example.nl"
    );
    assert!(
        inv::find_valid(db, "h1", 100).await.unwrap().is_none(),
        "expired"
    );
    assert!(inv::update_accepted(db, "h1", ann, 30).await.unwrap());
    assert!(
        !inv::update_accepted(db, "h1", ann, 31).await.unwrap(),
        "used"
    );
    assert!(inv::list_open(db, impact, 40).await.unwrap().is_empty());
}
