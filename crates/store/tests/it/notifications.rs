//! Notifications, digest settings, unsubscribe tokens and watches on both backends.

use crate::accounts::new_user;
use crate::ateliers::werkplaats_with_atelier;
use store::forum::categories::{self, NewCategory};
use store::forum::{posts, threads, watches};
use store::notifications::{self, NewNotification};
use store::testing::test_db;
use store::users;

#[tokio::test]
async fn notifications_digests_and_watches() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let new = NewCategory {
        werkplaats: w,
        atelier: Some(impact),
        slug: "c",
        name: "C",
        description: "",
        position: 0,
    };
    let cat = categories::insert(db, new, 1).await.unwrap();
    let mut tx = db.begin().await.unwrap();
    let thread = threads::insert(&mut tx, cat, ("discussion", "Onderwerp", "o"), ann, 1)
        .await
        .unwrap();
    let (post, _) = posts::insert(&mut tx, thread, bob, "Reactie", "k", 2)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    watches::set_thread(db, ann, thread, true).await.unwrap();
    watches::set_thread(db, ann, thread, true).await.unwrap();
    watches::set_category(db, bob, cat, true).await.unwrap();
    assert_eq!(watches::thread_watchers(db, thread).await.unwrap(), [ann.0]);
    assert_eq!(watches::category_watchers(db, cat).await.unwrap(), [bob.0]);
    watches::set_thread(db, ann, thread, false).await.unwrap();
    assert!(
        watches::thread_watchers(db, thread)
            .await
            .unwrap()
            .is_empty()
    );

    let note = |kind| NewNotification {
        user: ann.0,
        kind,
        thread,
        post,
        actor: bob,
    };
    notifications::insert(db, note("reply"), 10).await.unwrap();
    notifications::insert(db, note("mention"), 11)
        .await
        .unwrap();
    assert_eq!(notifications::count_unread(db, ann).await.unwrap(), 2);
    let listed = notifications::list_for_user(db, ann, 10).await.unwrap();
    assert_eq!(listed[0].kind, "mention", "newest first");
    assert_eq!(listed[0].thread_title.as_deref(), Some("Onderwerp"));
    assert!(listed[0].actor_name.is_some());

    // Digest settings: off until chosen; due by frequency; the token turns them off.
    assert_eq!(notifications::digest_of(db, ann).await.unwrap(), "off");
    notifications::set_digest(db, ann, "daily").await.unwrap();
    notifications::set_digest(db, bob, "weekly").await.unwrap();
    let day = 86_400;
    let now = 30 * day;
    let due = notifications::due_digests(db, now - day, now - 7 * day)
        .await
        .unwrap();
    assert_eq!(due.len(), 2, "never sent: both due");
    notifications::set_last_digest(db, ann, now).await.unwrap();
    notifications::set_last_digest(db, bob, now).await.unwrap();
    let later = now + 2 * day;
    let due = notifications::due_digests(db, later - day, later - 7 * day)
        .await
        .unwrap();
    assert_eq!(
        due.iter().map(|d| d.0).collect::<Vec<_>>(),
        [ann.0],
        "weekly not yet"
    );
    assert_eq!(due[0].1, "ann@example.nl");

    let pending = notifications::pending_digest(db, ann).await.unwrap();
    assert_eq!(pending.len(), 2);
    // Only what went into the digest is marked; a later one waits for the next.
    notifications::mark_digested(db, ann, pending[0].id, now)
        .await
        .unwrap();
    assert_eq!(
        notifications::pending_digest(db, ann).await.unwrap().len(),
        1
    );
    notifications::mark_digested(db, ann, pending[1].id, now)
        .await
        .unwrap();
    assert!(
        notifications::pending_digest(db, ann)
            .await
            .unwrap()
            .is_empty()
    );
    // Each digest has its own token; an older one keeps working until it is purged.
    notifications::add_unsubscribe_token(db, ann, "hash-ann-old", now - 100)
        .await
        .unwrap();
    notifications::add_unsubscribe_token(db, ann, "hash-ann", now)
        .await
        .unwrap();
    assert_eq!(
        notifications::delete_unsubscribe_tokens_before(db, now - 50)
            .await
            .unwrap(),
        1
    );
    assert!(
        !notifications::unsubscribe(db, "hash-ann-old")
            .await
            .unwrap(),
        "purged"
    );
    notifications::mark_all_read(db, ann, now).await.unwrap();
    assert_eq!(notifications::count_unread(db, ann).await.unwrap(), 0);

    assert!(notifications::unsubscribe(db, "hash-ann").await.unwrap());
    assert!(
        !notifications::unsubscribe(db, "no-such-hash")
            .await
            .unwrap()
    );
    assert_eq!(notifications::digest_of(db, ann).await.unwrap(), "off");
}
