//! Throttle counters, settings and werkplaatsen.

use crate::accounts::new_user;
use store::testing::test_db;
use store::{settings, throttle, users, werkplaatsen};

#[tokio::test]
async fn throttle_counts_per_key_and_window() {
    let t = test_db().await;
    let db = &t.db;
    assert_eq!(throttle::count(db, "login:a", 0).await.unwrap(), 0);
    assert_eq!(throttle::hit(db, "login:a", 0).await.unwrap(), 1);
    assert_eq!(throttle::hit(db, "login:a", 0).await.unwrap(), 2);
    assert_eq!(
        throttle::hit(db, "login:a", 900).await.unwrap(),
        1,
        "new window"
    );
    assert_eq!(
        throttle::hit(db, "login:b", 0).await.unwrap(),
        1,
        "other key"
    );
    assert_eq!(throttle::count(db, "login:a", 0).await.unwrap(), 2);
    throttle::delete(db, "login:a").await.unwrap();
    assert_eq!(throttle::count(db, "login:a", 900).await.unwrap(), 0);
    assert_eq!(throttle::delete_older_than(db, 900).await.unwrap(), 1);
    assert_eq!(throttle::count(db, "login:b", 0).await.unwrap(), 0);
}

#[tokio::test]
async fn settings_upsert_and_find() {
    let t = test_db().await;
    assert_eq!(settings::find(&t.db, "registration").await.unwrap(), None);
    settings::upsert(&t.db, "registration", "open", 1)
        .await
        .unwrap();
    settings::upsert(&t.db, "registration", "invitation", 2)
        .await
        .unwrap();
    assert_eq!(
        settings::find(&t.db, "registration")
            .await
            .unwrap()
            .as_deref(),
        Some("invitation")
    );
}

#[tokio::test]
async fn werkplaatsen_and_members() {
    let t = test_db().await;
    let db = &t.db;
    let w = werkplaatsen::insert(
        db,
        "sociaal-domein",
        "Werkplaats Sociaal Domein",
        "Samen leren",
        1,
    )
    .await
    .unwrap();
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    werkplaatsen::upsert_member(db, w, ann, "member", 2)
        .await
        .unwrap();
    werkplaatsen::upsert_member(db, w, ann, "facilitator", 3)
        .await
        .unwrap();
    let list = werkplaatsen::list(db).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].name, "Werkplaats Sociaal Domein");
    let role = werkplaatsen::find_member_role(db, w, ann).await.unwrap();
    assert_eq!(
        role.as_deref(),
        Some("facilitator"),
        "the later role replaces the first"
    );
    let stranger = domain::UserId(ann.0 + 1);
    assert_eq!(
        werkplaatsen::find_member_role(db, w, stranger)
            .await
            .unwrap(),
        None
    );
}

#[tokio::test]
async fn werkplaatsen_and_themes_are_edited() {
    let t = test_db().await;
    let db = &t.db;
    let w = werkplaatsen::insert(db, "w", "Werkplaats", "", 1)
        .await
        .unwrap();
    werkplaatsen::update(db, w, "Werkplaats Noord", "Samen")
        .await
        .unwrap();
    let row = werkplaatsen::find_by_id(db, w).await.unwrap().unwrap();
    assert_eq!(
        (row.name.as_str(), row.description.as_str()),
        ("Werkplaats Noord", "Samen")
    );
    let theme = store::ateliers::insert_theme(db, w, "a", "A", "", 1)
        .await
        .unwrap();
    assert!(
        store::ateliers::update_theme(db, w, theme, "b", "B", "Bee")
            .await
            .unwrap()
    );
    let other = domain::WerkplaatsId(w.0 + 1);
    assert!(
        !store::ateliers::update_theme(db, other, theme, "c", "C", "")
            .await
            .unwrap()
    );
    assert_eq!(
        store::ateliers::list_themes_by_werkplaats(db, w)
            .await
            .unwrap()[0]
            .name,
        "B"
    );
}

#[tokio::test]
async fn statistics_are_refreshed_and_indexes_compacted_after_a_bulk_load() {
    let t = store::testing::test_db().await;
    let (w, atelier) = crate::ateliers::werkplaats_with_atelier(&t.db).await;
    // One transaction per document: several index segments to merge.
    for id in 1..=3 {
        let mut tx = t.db.begin().await.unwrap();
        let doc = crate::search::doc(id, w.0, atelier.0, "public", "Methoden", "Gemeenten");
        store::search::upsert(&mut tx, &doc).await.unwrap();
        tx.commit().await.unwrap();
    }
    t.db.optimize().await.unwrap();
    let scope = domain::search::Scope::default();
    let mut found = crate::search::find(&t.db, "methode", &scope, &[]).await;
    found.sort_unstable();
    assert_eq!(found, [1, 2, 3]);
}
