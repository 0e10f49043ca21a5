//! `backup` copies a live SQLite database consistently, even while it is being written.

use crate::accounts::new_user;
use store::{Db, users};

#[tokio::test]
async fn backup_during_writes_gives_a_sound_copy() {
    let t = store::testing::sqlite_file().await;
    t.db.migrate().await.unwrap();
    let writer_db = t.db.clone();
    let writer = tokio::spawn(async move {
        for i in 0..300 {
            let email = format!("user{i}@example.nl");
            users::insert(&writer_db, &new_user(&email), i)
                .await
                .unwrap();
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let copy_path = dir.path().join("copy.db");
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    t.db.backup(&copy_path).await.unwrap();
    writer.await.unwrap();

    let copy = Db::connect(&format!("sqlite:{}", copy_path.display()), 1)
        .await
        .unwrap();
    assert!(copy.integrity_check().await.unwrap());
    let copied = users::count(&copy).await.unwrap();
    assert!((0..=300).contains(&copied));
    copy.migrate().await.unwrap();
    assert_eq!(users::count(&t.db).await.unwrap(), 300);
}
