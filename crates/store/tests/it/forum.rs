//! Forum categories, threads and posts on both backends.

use crate::accounts::new_user;
use crate::ateliers::werkplaats_with_atelier;
use store::forum::categories::{self, NewCategory};
use store::forum::{posts, threads};
use store::testing::test_db;
use store::users;

#[tokio::test]
async fn threads_and_posts_are_stored_counted_and_listed() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let new = |atelier, slug: &'static str, name: &'static str, position| NewCategory {
        werkplaats: w,
        atelier,
        slug,
        name,
        description: "",
        position,
    };
    let wide = categories::insert(db, new(None, "algemeen", "Algemeen", 0), 1)
        .await
        .unwrap();
    let cat = categories::insert(db, new(Some(impact), "vragen", "Vragen", 1), 1)
        .await
        .unwrap();

    let mut tx = db.begin().await.unwrap();
    let thread = threads::insert(
        &mut tx,
        cat,
        ("question", "Wie meet eenzaamheid?", "wie-meet"),
        ann,
        10,
    )
    .await
    .unwrap();
    let (first, new_post) = posts::insert(&mut tx, thread, ann, "Eerste", "k1", 10)
        .await
        .unwrap();
    assert!(new_post);
    tx.commit().await.unwrap();
    let mut tx = db.begin().await.unwrap();
    let (reply, _) = posts::insert(&mut tx, thread, bob, "Antwoord", "k2", 20)
        .await
        .unwrap();
    // The same form sent twice: one post.
    let (again, new_post) = posts::insert(&mut tx, thread, bob, "Antwoord", "k2", 21)
        .await
        .unwrap();
    assert_eq!((again, new_post), (reply, false));
    tx.commit().await.unwrap();

    let found = threads::find(db, thread).await.unwrap().unwrap();
    assert_eq!((found.post_count, found.last_post_at), (2, 20));
    assert_eq!(found.created_by_name.as_deref(), Some("Ann de Vries"));
    assert_eq!(
        (found.atelier_id, found.werkplaats_id),
        (Some(impact.0), w.0)
    );
    assert!(!found.locked);

    let listed = categories::list(db).await.unwrap();
    let summary: Vec<(&str, i64, Option<i64>)> = listed
        .iter()
        .map(|c| (c.name.as_str(), c.thread_count, c.last_post_at))
        .collect();
    assert_eq!(summary, [("Algemeen", 0, None), ("Vragen", 1, Some(20))]);
    assert_eq!(
        categories::find(db, wide)
            .await
            .unwrap()
            .unwrap()
            .atelier_id,
        None
    );
    assert_eq!(
        categories::find(db, cat)
            .await
            .unwrap()
            .unwrap()
            .atelier_name
            .as_deref(),
        Some("Impact")
    );

    let page = posts::list_by_thread(db, thread, 10, 0).await.unwrap();
    let bodies: Vec<&str> = page.iter().map(|p| p.body.as_str()).collect();
    assert_eq!(bodies, ["Eerste", "Antwoord"]);
    assert_eq!(
        posts::list_by_thread(db, thread, 10, 1)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(posts::position(db, thread, first).await.unwrap(), 1);
    assert_eq!(posts::position(db, thread, reply).await.unwrap(), 2);

    // Edits keep the earlier text; hiding, appreciation, helpful answer and locking.
    let mut tx = db.begin().await.unwrap();
    posts::update_body(&mut tx, reply, bob, "Beter antwoord", 30)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let edited = posts::find(db, reply).await.unwrap().unwrap();
    assert_eq!(
        (edited.body.as_str(), edited.edited_at),
        ("Beter antwoord", Some(30))
    );
    let history = posts::list_edits(db, reply).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].previous_body, "Antwoord");
    assert!(posts::appreciate(db, reply, ann, 31).await.unwrap());
    assert!(!posts::appreciate(db, reply, ann, 32).await.unwrap());
    assert_eq!(
        posts::find(db, reply).await.unwrap().unwrap().appreciations,
        1
    );
    assert!(posts::set_hidden(db, reply, true).await.unwrap());
    assert!(posts::find(db, reply).await.unwrap().unwrap().hidden);
    assert!(threads::set_helpful(db, thread, Some(reply)).await.unwrap());
    assert!(threads::set_locked(db, thread, true).await.unwrap());
    let found = threads::find(db, thread).await.unwrap().unwrap();
    assert_eq!((found.helpful_post_id, found.locked), (Some(reply), true));
    assert!(!threads::set_locked(db, 9999, true).await.unwrap());

    let mut tx = db.begin().await.unwrap();
    let older = threads::insert(&mut tx, cat, ("slow", "Wat is goed werk?", "goed"), bob, 5)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let listed: Vec<i64> = threads::list_by_category(db, cat, 10, 0)
        .await
        .unwrap()
        .iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(listed, [thread, older], "latest activity first");
    assert_eq!(
        threads::list_by_category(db, cat, 1, 1).await.unwrap()[0].id,
        older
    );
}

#[tokio::test]
async fn flags_the_log_moves_and_harvests_are_kept() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let new = |slug: &'static str| NewCategory {
        werkplaats: w,
        atelier: Some(impact),
        slug,
        name: slug,
        description: "",
        position: 0,
    };
    let from = categories::insert(db, new("a"), 1).await.unwrap();
    let to = categories::insert(db, new("b"), 1).await.unwrap();
    let mut tx = db.begin().await.unwrap();
    let thread = threads::insert(
        &mut tx,
        from,
        ("discussion", "Onderwerp", "onderwerp"),
        ann,
        1,
    )
    .await
    .unwrap();
    let (post, _) = posts::insert(&mut tx, thread, ann, "Tekst", "k", 1)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    use store::forum::moderation::{self, LogEntry};
    moderation::insert_flag(db, post, ann, "Bevat een naam", 5)
        .await
        .unwrap();
    let open = moderation::list_open_flags(db).await.unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(
        (
            open[0].reason.as_str(),
            open[0].thread_title.as_str(),
            open[0].atelier_id
        ),
        ("Bevat een naam", "Onderwerp", Some(impact.0))
    );
    assert_eq!(
        moderation::resolve_flags(db, post, ann, 6).await.unwrap(),
        1
    );
    assert!(moderation::list_open_flags(db).await.unwrap().is_empty());

    let entry = LogEntry {
        actor: ann,
        action: "hide",
        thread,
        post: Some(post),
        reason: "Naam van een cliënt",
    };
    moderation::insert_log(db, entry, 7).await.unwrap();
    let log = moderation::list_log(db, thread).await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (
            log[0].action.as_str(),
            log[0].post_id,
            log[0].reason.as_str(),
            log[0].created_at
        ),
        ("hide", Some(post), "Naam van een cliënt", 7)
    );
    assert_eq!(log[0].actor_name.as_deref(), Some("Ann de Vries"));

    assert!(threads::set_category(db, thread, to).await.unwrap());
    // A category with threads stays; an empty one can go; both can be renamed.
    assert!(!categories::delete_empty(db, to).await.unwrap());
    assert!(
        categories::update(db, from, ("leeg", "Leeg", "Niets meer"))
            .await
            .unwrap()
    );
    assert_eq!(
        categories::find(db, from).await.unwrap().unwrap().name,
        "Leeg"
    );
    // Both start at place 0 (listed by id); a new place reorders them.
    let order = |listed: Vec<categories::CategoryRow>| -> Vec<i64> {
        listed
            .into_iter()
            .filter(|c| c.id == from || c.id == to)
            .map(|c| c.id)
            .collect()
    };
    assert_eq!(order(categories::list(db).await.unwrap()), vec![from, to]);
    assert!(categories::set_position(db, from, 2).await.unwrap());
    assert_eq!(order(categories::list(db).await.unwrap()), vec![to, from]);
    assert!(!categories::set_position(db, -1, 0).await.unwrap());
    assert!(categories::delete_empty(db, from).await.unwrap());
    assert!(categories::find(db, from).await.unwrap().is_none());
    assert_eq!(
        threads::find(db, thread)
            .await
            .unwrap()
            .unwrap()
            .category_id,
        to
    );
    let item = store::knowledge::insert(
        db,
        impact,
        ann,
        "verslag",
        &crate::knowledge::content("Verslag", "Tekst"),
        8,
    )
    .await
    .unwrap();
    assert!(threads::set_harvested(db, thread, item.0).await.unwrap());
    assert_eq!(
        threads::find(db, thread)
            .await
            .unwrap()
            .unwrap()
            .harvested_item_id,
        Some(item.0)
    );
}

#[tokio::test]
async fn read_markers_only_move_forward_and_count_what_others_wrote() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let cat = categories::insert(
        db,
        NewCategory {
            werkplaats: w,
            atelier: Some(impact),
            slug: "c",
            name: "C",
            description: "",
            position: 0,
        },
        1,
    )
    .await
    .unwrap();
    let mut tx = db.begin().await.unwrap();
    let thread = threads::insert(&mut tx, cat, ("discussion", "T", "t"), ann, 1)
        .await
        .unwrap();
    let (own, _) = posts::insert(&mut tx, thread, ann, "Eigen", "a", 1)
        .await
        .unwrap();
    let (first, _) = posts::insert(&mut tx, thread, bob, "Een", "b", 2)
        .await
        .unwrap();
    let (_second, _) = posts::insert(&mut tx, thread, bob, "Twee", "c", 3)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    use store::forum::reads;
    assert_eq!(reads::last_read(db, ann, thread).await.unwrap(), 0);
    // Never opened: the two posts by Bob are new for Ann (her own is not).
    assert_eq!(
        reads::unread_in_category(db, ann, cat).await.unwrap(),
        vec![(thread, 2, first)]
    );
    reads::mark_read(db, ann, thread, first, 5).await.unwrap();
    assert_eq!(
        reads::unread_in_category(db, ann, cat).await.unwrap()[0].1,
        1
    );
    // An older page seen later does not move the marker back.
    reads::mark_read(db, ann, thread, own, 6).await.unwrap();
    assert_eq!(reads::last_read(db, ann, thread).await.unwrap(), first);
    reads::mark_read(db, ann, thread, i64::MAX - 1, 7)
        .await
        .unwrap();
    assert!(
        reads::unread_in_category(db, ann, cat)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn category_names_of_some_ateliers_or_of_all() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let new = |atelier, slug: &'static str, name: &'static str, position| NewCategory {
        werkplaats: w,
        atelier,
        slug,
        name,
        description: "",
        position,
    };
    let wide = categories::insert(db, new(None, "algemeen", "Algemeen", 0), 1)
        .await
        .unwrap();
    let second = categories::insert(db, new(Some(impact), "vragen", "Vragen", 2), 1)
        .await
        .unwrap();
    let first = categories::insert(db, new(Some(impact), "delen", "Delen", 1), 1)
        .await
        .unwrap();
    let all = categories::names_in(db, None).await.unwrap();
    let ids: Vec<i64> = all.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, vec![wide, first, second], "the forum's order");
    let of_impact = categories::names_in(db, Some(&[impact.0])).await.unwrap();
    assert_eq!(
        of_impact,
        vec![(first, "Delen".to_owned()), (second, "Vragen".to_owned())]
    );
    assert!(
        categories::names_in(db, Some(&[]))
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        categories::names_in(db, Some(&[impact.0 + 99]))
            .await
            .unwrap()
            .is_empty()
    );
}
