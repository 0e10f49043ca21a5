//! Test databases: a temporary SQLite file, or with `TEST_DATABASE_URL=postgres://…` a fresh
//! PostgreSQL schema per test, migrated and ready.

#![expect(
    clippy::expect_used,
    reason = "test helper: a test database that cannot be made should fail the test loudly"
)]

use crate::Db;
use sqlx::postgres::PgConnectOptions;
use std::str::FromStr;

/// A migrated database that lives as long as this value (the SQLite file is deleted on drop).
pub struct TestDb {
    /// The database.
    pub db: Db,
    /// The URL a second process could open (SQLite file or PostgreSQL with schema).
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

/// The PostgreSQL URL to test against, if any.
pub fn postgres_url() -> Option<String> {
    std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"))
}

/// A fresh, migrated test database on the backend the environment asks for.
pub async fn test_db() -> TestDb {
    let test = match postgres_url() {
        Some(url) => postgres_schema(&url).await,
        None => sqlite_file().await,
    };
    test.db.migrate().await.expect("migrate test database");
    test
}

/// A fresh, unmigrated SQLite database in a temporary folder.
pub async fn sqlite_file() -> TestDb {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite:{}", dir.path().join("test.db").display());
    let db = Db::connect(&url, 4).await.expect("open SQLite");
    TestDb {
        db,
        url,
        _dir: Some(dir),
    }
}

/// A fresh, unmigrated PostgreSQL schema.
pub async fn postgres_schema(url: &str) -> TestDb {
    let mut suffix = [0u8; 6];
    getrandom::fill(&mut suffix).expect("random schema name");
    let schema = format!("test_{}", hex::encode(suffix));
    let admin = Db::connect(url, 1)
        .await
        .expect("connect to TEST_DATABASE_URL");
    if let Db::Pg(pool) = &admin {
        let create = sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}"));
        sqlx::query(create)
            .execute(pool)
            .await
            .expect("create test schema");
    }
    admin.close().await;
    let options = PgConnectOptions::from_str(url)
        .expect("parse TEST_DATABASE_URL")
        .options([("search_path", schema.as_str())]);
    let db = Db::connect_pg(options, 4)
        .await
        .expect("connect to test schema");
    let separator = if url.contains('?') { '&' } else { '?' };
    let url = format!("{url}{separator}options=-c%20search_path%3D{schema}");
    TestDb {
        db,
        url,
        _dir: None,
    }
}
