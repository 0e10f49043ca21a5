//! The two migration folders stay in step.

use std::collections::BTreeSet;
use std::path::Path;

fn names(dir: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../migrations")
        .join(dir);
    std::fs::read_dir(path)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn every_migration_exists_for_both_backends() {
    let sqlite = names("sqlite");
    let postgres = names("postgres");
    assert!(!sqlite.is_empty());
    assert_eq!(
        sqlite, postgres,
        "migrations/sqlite and migrations/postgres must pair up"
    );
}

async fn sqlite_columns() -> BTreeSet<(String, String)> {
    let t = store::testing::sqlite_file().await;
    t.db.migrate().await.unwrap();
    let store::Db::Sqlite(_) = &t.db else {
        unreachable!()
    };
    let pool = sqlx::SqlitePool::connect(&t.url).await.unwrap();
    sqlx::query_as::<_, (String, String)>(
        "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE '\\_%' ESCAPE '\\' AND m.name NOT LIKE 'sqlite%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap()
    .into_iter()
    .collect()
}

#[tokio::test]
async fn both_backends_end_with_the_same_tables_and_columns() {
    let Some(url) = store::testing::postgres_url() else {
        eprintln!("TEST_DATABASE_URL not set: PostgreSQL side of the parity check skipped");
        return;
    };
    let t = store::testing::postgres_schema(&url).await;
    t.db.migrate().await.unwrap();
    let store::Db::Pg(pool) = &t.db else {
        unreachable!()
    };
    let pg: BTreeSet<(String, String)> = sqlx::query_as::<_, (String, String)>(
        "SELECT table_name::text, column_name::text FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_%'",
    )
    .fetch_all(pool)
    .await
    .unwrap()
    .into_iter()
    .collect();
    assert_eq!(sqlite_columns().await, pg);
}
