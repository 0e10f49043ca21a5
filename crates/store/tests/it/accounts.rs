//! Users, sessions, password resets and invitations.

use domain::accounts::Background;
use domain::{Locale, UserId};
use store::testing::test_db;
use store::{StoreError, invitations, password_resets, sessions, users};

pub fn new_user(email: &str) -> users::NewUser<'_> {
    users::NewUser {
        email,
        password_hash: "$argon2id$fake",
        display_name: "Ann de Vries",
        organisation: "Buurtwerk Noord",
        background: Background::SociaalWerker,
        locale: Locale::Nl,
        is_admin: false,
    }
}

#[tokio::test]
async fn users_insert_find_update_count() {
    let t = test_db().await;
    let db = &t.db;
    assert_eq!(users::count(db).await.unwrap(), 0);
    let id = users::insert(db, &new_user("ann@example.nl"), 100)
        .await
        .unwrap();
    assert_eq!(users::count(db).await.unwrap(), 1);

    let row = users::find_by_email(db, "ann@example.nl")
        .await
        .unwrap()
        .unwrap();
    let user = row.to_user().unwrap();
    assert_eq!(
        (user.id, user.display_name.as_str(), user.is_admin),
        (id, "Ann de Vries", false)
    );
    assert!(
        users::find_by_email(db, "nobody@example.nl")
            .await
            .unwrap()
            .is_none()
    );

    let profile = domain::accounts::ProfileUpdate {
        display_name: "Ann".into(),
        organisation: "Wijkteam".into(),
        background: Background::Docent,
        locale: Locale::En,
        bio: "Ik werk in de wijk.".into(),
        expertise: vec!["MSC".into(), "schuldhulp".into()],
        visibility: domain::accounts::ProfileVisibility::default(),
        attribute_by_name: false,
    };
    users::update_profile(db, id, &profile, 200).await.unwrap();
    users::update_password(db, id, "$argon2id$new", 200)
        .await
        .unwrap();
    users::update_admin(db, id, true, 200).await.unwrap();
    let row = users::find_by_id(db, id).await.unwrap().unwrap();
    assert_eq!(row.password_hash, "$argon2id$new");
    let user = row.to_user().unwrap();
    assert_eq!(
        (user.organisation.as_str(), user.background, user.locale),
        ("Wijkteam", Background::Docent, Locale::En)
    );
    assert!(user.is_admin);
    users::update_locale(db, id, Locale::Nl, 300).await.unwrap();
    assert_eq!(
        users::find_by_id(db, id).await.unwrap().unwrap().locale,
        "nl"
    );
    assert!(
        users::find_by_id(db, UserId(id.0 + 1000))
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_taken_email_is_a_conflict() {
    let t = test_db().await;
    users::insert(&t.db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let err = users::insert(&t.db, &new_user("ann@example.nl"), 2)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict), "{err:?}");
}

#[tokio::test]
async fn a_rolled_back_transaction_leaves_nothing() {
    let t = test_db().await;
    let mut tx = t.db.begin().await.unwrap();
    users::insert(&mut tx, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    drop(tx);
    assert_eq!(users::count(&t.db).await.unwrap(), 0);
    let mut tx = t.db.begin().await.unwrap();
    users::insert(&mut tx, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(users::count(&t.db).await.unwrap(), 1);
}

#[tokio::test]
async fn sessions_live_expire_and_end() {
    let t = test_db().await;
    let db = &t.db;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    sessions::insert(db, "a", ann, 10, 100).await.unwrap();
    sessions::insert(db, "b", ann, 10, 100).await.unwrap();
    sessions::insert(db, "c", ann, 10, 20).await.unwrap();
    assert_eq!(
        sessions::find_by_token_hash(db, "a", 50).await.unwrap(),
        Some((ann, 10))
    );
    assert_eq!(
        sessions::find_by_token_hash(db, "c", 50).await.unwrap(),
        None,
        "expired"
    );

    sessions::update_seen(db, "a", 60, 200).await.unwrap();
    assert_eq!(
        sessions::find_by_token_hash(db, "a", 150).await.unwrap(),
        Some((ann, 60))
    );

    assert_eq!(sessions::delete_expired(db, 50).await.unwrap(), 1);
    assert_eq!(
        sessions::delete_for_user_except(db, ann, Some("a"))
            .await
            .unwrap(),
        1
    );
    assert!(
        sessions::find_by_token_hash(db, "b", 50)
            .await
            .unwrap()
            .is_none()
    );
    sessions::delete(db, "a").await.unwrap();
    assert!(
        sessions::find_by_token_hash(db, "a", 50)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn reset_tokens_are_single_use_and_expire() {
    let t = test_db().await;
    let db = &t.db;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    password_resets::insert(db, "tok", ann, 10, 3610)
        .await
        .unwrap();
    password_resets::insert(db, "old", ann, 5, 3605)
        .await
        .unwrap();
    assert_eq!(
        password_resets::find_valid(db, "tok", 20).await.unwrap(),
        Some(ann)
    );
    assert_eq!(
        password_resets::find_valid(db, "tok", 3610).await.unwrap(),
        None,
        "expired"
    );
    assert_eq!(
        password_resets::update_used(db, "tok", 20).await.unwrap(),
        Some(ann)
    );
    assert_eq!(
        password_resets::update_used(db, "tok", 21).await.unwrap(),
        None,
        "used"
    );
    password_resets::delete_for_user(db, ann).await.unwrap();
    assert_eq!(
        password_resets::find_valid(db, "old", 20).await.unwrap(),
        None
    );
}

#[tokio::test]
async fn invitations_are_single_use() {
    let t = test_db().await;
    let db = &t.db;
    let admin = users::insert(db, &new_user("admin@example.nl"), 1)
        .await
        .unwrap();
    invitations::insert(db, "inv", "new@example.nl", admin, 10, 1000)
        .await
        .unwrap();
    let open = invitations::list_open(db, 20).await.unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].email, "new@example.nl");
    let found = invitations::find_valid(db, "inv", 20)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.email, "new@example.nl");
    assert!(
        invitations::find_valid(db, "inv", 1000)
            .await
            .unwrap()
            .is_none(),
        "expired"
    );
    assert!(invitations::update_accepted(db, "inv", 30).await.unwrap());
    assert!(!invitations::update_accepted(db, "inv", 31).await.unwrap());
    assert!(invitations::list_open(db, 40).await.unwrap().is_empty());
}

#[tokio::test]
async fn profiles_are_listed_and_filtered() {
    let t = test_db().await;
    let db = &t.db;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let profile = domain::accounts::ProfileUpdate {
        display_name: "Bob".into(),
        organisation: "".into(),
        background: Background::Onderzoeker,
        locale: Locale::Nl,
        bio: "".into(),
        expertise: vec!["Outcome Harvesting".into()],
        visibility: domain::accounts::ProfileVisibility::default(),
        attribute_by_name: true,
    };
    users::update_profile(db, bob, &profile, 2).await.unwrap();
    let all = store::profiles::list(db, None, None, 100).await.unwrap();
    assert_eq!(
        all.iter().map(|p| p.id).collect::<Vec<_>>(),
        vec![ann.0, bob.0]
    );
    let researchers = store::profiles::list(db, Some("onderzoeker"), None, 100)
        .await
        .unwrap();
    assert_eq!(researchers.len(), 1);
    let harvest = store::profiles::list(db, None, Some("outcome"), 100)
        .await
        .unwrap();
    assert_eq!(harvest[0].expertise, "Outcome Harvesting");
    assert_eq!(
        store::profiles::list(db, None, None, 1)
            .await
            .unwrap()
            .len(),
        1
    );
    let found = store::profiles::find(db, ann).await.unwrap().unwrap();
    assert_eq!(
        (found.email_visibility.as_str(), found.attribute_by_name),
        ("private", true)
    );
}
