//! Events, registrations with the waiting list, and calendar feeds on both backends.

use crate::accounts::new_user;
use crate::ateliers::werkplaats_with_atelier;
use store::events::{self, EventFields, feeds, guests, registrations};
use store::testing::test_db;
use store::users;

/// An event's fields for these tests.
pub(crate) fn fields(
    atelier: Option<i64>,
    starts_at: i64,
    capacity: Option<i64>,
) -> EventFields<'static> {
    EventFields {
        atelier,
        kind: "meeting",
        mode: "in_person",
        title: "Bijeenkomst",
        slug: "bijeenkomst",
        description: "Over *impact*",
        starts_at,
        ends_at: starts_at + 7200,
        location: "Buurthuis",
        online_url: "",
        capacity,
        registration_deadline: starts_at,
    }
}

#[tokio::test]
async fn events_are_stored_listed_changed_and_cancelled() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let early = events::insert(db, w.0, fields(Some(impact.0), 1_000, Some(2)), ann, 1)
        .await
        .unwrap();
    let late = events::insert(db, w.0, fields(None, 5_000, None), ann, 1)
        .await
        .unwrap();
    events::add_organiser(db, early, ann).await.unwrap();
    events::add_organiser(db, early, ann).await.unwrap();
    assert_eq!(
        events::organisers(db, early).await.unwrap(),
        vec![(ann.0, "Ann de Vries".to_owned())]
    );
    let found = events::find(db, early).await.unwrap().unwrap();
    assert_eq!(found.atelier_id, Some(impact.0));
    assert!(found.atelier_name.is_some());
    assert_eq!(
        (found.capacity, found.taken, found.waiting),
        (Some(2), 0, 0)
    );
    assert!(!found.cancelled);

    let listed: Vec<i64> = events::list_from(db, w.0, 0, 10)
        .await
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(listed, vec![early, late], "soonest first");
    let later: Vec<i64> = events::list_from(db, w.0, 9_000, 10)
        .await
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(later, vec![late], "ended events are left out");
    assert_eq!(
        events::list_by_atelier(db, impact.0, 0, 10)
            .await
            .unwrap()
            .len(),
        1
    );

    let mut changed = fields(Some(impact.0), 2_000, None);
    changed.title = "Verplaatst";
    assert!(events::update(db, early, changed, 50).await.unwrap());
    let found = events::find(db, early).await.unwrap().unwrap();
    assert_eq!(
        (found.title.as_str(), found.starts_at),
        ("Verplaatst", 2_000)
    );
    assert_eq!((found.capacity, found.updated_at), (None, 50));
    assert!(events::cancel(db, early, 60).await.unwrap());
    assert!(events::find(db, early).await.unwrap().unwrap().cancelled);
    assert!(!events::cancel(db, -1, 60).await.unwrap());
}

#[tokio::test]
async fn registrations_hold_places_keep_the_waiting_list_in_order_and_record_check_in() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let mut people = Vec::new();
    for name in ["a", "b", "c", "d"] {
        let user = users::insert(db, &new_user(&format!("{name}@example.nl")), 1)
            .await
            .unwrap();
        people.push(user);
    }
    let event = events::insert(
        db,
        w.0,
        fields(Some(impact.0), 10_000, Some(1)),
        people[0],
        1,
    )
    .await
    .unwrap();
    let mut tx = db.begin().await.unwrap();
    assert!(registrations::lock_event(&mut tx, event).await.unwrap());
    registrations::set(&mut tx, event, people[0], "going", None, 10)
        .await
        .unwrap();
    registrations::set(&mut tx, event, people[2], "waiting", None, 12)
        .await
        .unwrap();
    registrations::set(&mut tx, event, people[1], "waiting", None, 11)
        .await
        .unwrap();
    registrations::set(&mut tx, event, people[3], "maybe", None, 13)
        .await
        .unwrap();
    assert_eq!(registrations::count_taken(&mut tx, event).await.unwrap(), 1);
    tx.commit().await.unwrap();
    let id_of = |attendees: &[registrations::AttendeeRow], user: domain::UserId| {
        attendees
            .iter()
            .find(|a| a.user_id == Some(user.0))
            .unwrap()
            .id
    };
    let attendees = registrations::list(db, event).await.unwrap();
    assert_eq!(
        registrations::first_waiting(db, event).await.unwrap(),
        Some(id_of(&attendees, people[1])),
        "the earliest on the list"
    );
    let row = events::find(db, event).await.unwrap().unwrap();
    assert_eq!((row.taken, row.waiting), (1, 2));

    // An offer holds a place; once it runs out it is listed as expired.
    registrations::set_by_id(db, id_of(&attendees, people[1]), "offered", Some(500), 20)
        .await
        .unwrap();
    let (user, email, locale) = registrations::recipient(db, id_of(&attendees, people[1]))
        .await
        .unwrap()
        .unwrap();
    assert_eq!((user, email.as_str()), (Some(people[1].0), "b@example.nl"));
    assert_eq!(locale.as_deref(), Some("nl"));
    assert_eq!(registrations::count_taken(db, event).await.unwrap(), 2);
    assert!(
        registrations::expired_offers(db, 400)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        registrations::expired_offers(db, 600).await.unwrap(),
        vec![(event, id_of(&attendees, people[1]))]
    );
    let mine = registrations::find(db, event, people[1])
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (mine.status.as_str(), mine.offered_until),
        ("offered", Some(500))
    );

    let order: Vec<String> = registrations::list(db, event)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.status)
        .collect();
    assert_eq!(order, ["going", "offered", "waiting", "maybe"]);
    assert!(
        registrations::set_checked_in(db, event, id_of(&attendees, people[0]), true)
            .await
            .unwrap()
    );
    assert!(
        registrations::find(db, event, people[0])
            .await
            .unwrap()
            .unwrap()
            .checked_in
    );
    assert!(
        !registrations::set_checked_in(db, event + 1, id_of(&attendees, people[0]), true)
            .await
            .unwrap()
    );
    let registered: Vec<i64> = events::list_registered(db, people[3])
        .await
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(registered, vec![event]);
    registrations::set(db, event, people[3], "not_going", None, 30)
        .await
        .unwrap();
    assert!(
        events::list_registered(db, people[3])
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_feed_token_opens_one_members_feed_until_replaced() {
    let t = test_db().await;
    let db = &t.db;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    assert_eq!(feeds::token_of(db, ann).await.unwrap(), None);
    feeds::set_token(db, ann, "oud", 1).await.unwrap();
    assert_eq!(feeds::user_by_token(db, "oud").await.unwrap(), Some(ann.0));
    feeds::set_token(db, ann, "nieuw", 2).await.unwrap();
    assert_eq!(feeds::user_by_token(db, "oud").await.unwrap(), None);
    assert_eq!(
        feeds::token_of(db, ann).await.unwrap().as_deref(),
        Some("nieuw")
    );
}

#[tokio::test]
async fn guests_register_once_per_address_confirm_by_link_and_are_purged_after_the_event() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let mut public = fields(Some(impact.0), 1_000, Some(10));
    public.kind = "public";
    let event = events::insert(db, w.0, public, ann, 1).await.unwrap();
    let first = guests::upsert(db, event, ("Bea", "bea@example.nl"), "hash-1", true, 5)
        .await
        .unwrap();
    let again = guests::upsert(db, event, ("Bea B.", "bea@example.nl"), "hash-2", false, 6)
        .await
        .unwrap();
    assert_eq!(first, again, "one registration per address");
    assert_eq!(guests::find_by_token(db, "hash-1").await.unwrap(), None);
    let guest = guests::find_by_token(db, "hash-2").await.unwrap().unwrap();
    assert_eq!(
        (
            guest.name.as_str(),
            guest.status.as_str(),
            guest.keep_informed
        ),
        ("Bea", "pending", true)
    );
    assert_eq!(
        registrations::count_taken(db, event).await.unwrap(),
        0,
        "pending holds none"
    );
    assert!(registrations::list(db, event).await.unwrap().is_empty());
    registrations::set_by_id(db, guest.id, "going", None, 7)
        .await
        .unwrap();
    let listed = registrations::list(db, event).await.unwrap();
    assert_eq!(
        listed[0].display_name, "Bea",
        "a second registration changes nothing but the link"
    );
    assert_eq!(
        (listed[0].user_id, listed[0].background.as_str()),
        (None, "guest")
    );
    guests::set_token(db, guest.id, "hash-3").await.unwrap();
    assert!(guests::find_by_token(db, "hash-3").await.unwrap().is_some());

    let carl = guests::upsert(db, event, ("Carl", "carl@example.nl"), "hash-c", false, 5)
        .await
        .unwrap();
    let dan = guests::upsert(db, event, ("Dan", "dan@example.nl"), "hash-d", true, 5)
        .await
        .unwrap();
    assert_eq!(
        guests::delete_after_events_ended_before(db, 100)
            .await
            .unwrap(),
        0,
        "the event has not ended yet"
    );
    assert_eq!(
        guests::delete_after_events_ended_before(db, 100_000)
            .await
            .unwrap(),
        2,
        "Carl goes, and Dan who never confirmed; Bea asked to stay informed"
    );
    assert!(registrations::recipient(db, carl).await.unwrap().is_none());
    assert!(registrations::recipient(db, dan).await.unwrap().is_none());
    assert!(guests::find_by_token(db, "hash-3").await.unwrap().is_some());
    guests::forget_keep_informed(db, guest.id).await.unwrap();
    assert_eq!(
        guests::delete_after_events_ended_before(db, 100_000)
            .await
            .unwrap(),
        1,
        "withdrawn: Bea goes too"
    );
}

#[tokio::test]
async fn reminders_go_once_to_those_coming_unless_they_turned_them_off() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let cas = users::insert(db, &new_user("cas@example.nl"), 1)
        .await
        .unwrap();
    let event = events::insert(db, w.0, fields(Some(impact.0), 10_000, None), ann, 1)
        .await
        .unwrap();
    for (user, status) in [(ann, "going"), (bob, "going"), (cas, "maybe")] {
        registrations::set(db, event, user, status, None, 2)
            .await
            .unwrap();
    }
    assert!(
        store::notifications::event_reminders_of(db, bob)
            .await
            .unwrap(),
        "on by default"
    );
    store::notifications::set_event_reminders(db, bob, false)
        .await
        .unwrap();
    assert!(
        !store::notifications::event_reminders_of(db, bob)
            .await
            .unwrap()
    );
    assert!(
        registrations::due_reminders(db, 0, 9_000)
            .await
            .unwrap()
            .is_empty(),
        "too early"
    );
    let due = registrations::due_reminders(db, 0, 10_000).await.unwrap();
    assert_eq!(
        due.len(),
        1,
        "Ann only: Bob turned them off, Cas might not come"
    );
    registrations::mark_reminded(db, due[0].0, 3).await.unwrap();
    assert!(
        registrations::due_reminders(db, 0, 10_000)
            .await
            .unwrap()
            .is_empty(),
        "once"
    );
    store::notifications::set_event_reminders(db, bob, true)
        .await
        .unwrap();
    assert_eq!(
        registrations::due_reminders(db, 0, 10_000)
            .await
            .unwrap()
            .len(),
        1
    );
    events::cancel(db, event, 4).await.unwrap();
    assert!(
        registrations::due_reminders(db, 0, 10_000)
            .await
            .unwrap()
            .is_empty(),
        "cancelled"
    );
}
