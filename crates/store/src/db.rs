//! Opening the database: URL → backend, SQLite pragmas (in one place), pools, migrations, backup.

use crate::{StoreError, StoreResult};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, SqlitePool};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations/postgres");

/// SQLite behind two pools: one connection that writes (SQLite allows one writer at a time, and
/// queueing in the pool beats `SQLITE_BUSY`) and several that read (WAL lets them run alongside).
#[derive(Clone, Debug)]
pub struct SqliteDb {
    pub(crate) write: SqlitePool,
    pub(crate) read: SqlitePool,
}

/// The database: native SQLite or native PostgreSQL, chosen by the URL's scheme.
#[derive(Clone, Debug)]
pub enum Db {
    /// Embedded SQLite (the default install).
    Sqlite(SqliteDb),
    /// PostgreSQL (for scale and several app instances).
    Pg(PgPool),
}

/// Which backend a `Db` runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// SQLite.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

/// An open transaction; `commit` it, or drop it to roll back.
pub enum Tx {
    /// On SQLite's writer connection.
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    /// On a PostgreSQL connection.
    Pg(sqlx::Transaction<'static, sqlx::Postgres>),
}

/// Where a store function runs its statements: straight on the database or inside a transaction.
pub enum Exec<'a> {
    /// Auto-commit on the database.
    Db(&'a Db),
    /// Inside an open transaction.
    Tx(&'a mut Tx),
}

impl Exec<'_> {
    /// True on SQLite, where a few functions are named differently (`group_concat`).
    pub fn is_sqlite(&self) -> bool {
        matches!(self, Exec::Db(Db::Sqlite(_)) | Exec::Tx(Tx::Sqlite(_)))
    }
}

impl<'a> From<&'a Db> for Exec<'a> {
    fn from(db: &'a Db) -> Self {
        Exec::Db(db)
    }
}

impl<'a> From<&'a mut Tx> for Exec<'a> {
    fn from(tx: &'a mut Tx) -> Self {
        Exec::Tx(tx)
    }
}

/// The SQLite settings every connection gets: WAL so readers never block the writer, foreign
/// keys on (off by default in SQLite), a busy timeout instead of immediate `SQLITE_BUSY`,
/// `synchronous = NORMAL`, which is durable with WAL except on power loss mid-checkpoint, and
/// room for reading large indexes quickly.
fn sqlite_options(url: &str) -> StoreResult<SqliteConnectOptions> {
    Ok(SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10))
        // A larger page cache (32 MiB a connection) and memory-mapped reads (up to 256 MiB):
        // search reads many index pages per query, and copying them through the default
        // 2 MiB cache made a search several times slower on a 300 MB index.
        .pragma("cache_size", "-32768")
        .pragma("mmap_size", "268435456"))
}

impl Db {
    /// Opens the database the URL names (`sqlite:path` or `postgres://…`). Does not migrate.
    pub async fn connect(url: &str, max_connections: u32) -> StoreResult<Db> {
        if url.starts_with("sqlite:") {
            let options = sqlite_options(url)?;
            let write = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options.clone())
                .await?;
            let read = SqlitePoolOptions::new()
                .max_connections(max_connections.max(1))
                .connect_with(options)
                .await?;
            Ok(Db::Sqlite(SqliteDb { write, read }))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url)?;
            Self::connect_pg(options, max_connections).await
        } else {
            Err(StoreError::UnsupportedUrl(url.to_owned()))
        }
    }

    /// Opens PostgreSQL with explicit options (tests use this to pin a schema).
    pub async fn connect_pg(options: PgConnectOptions, max_connections: u32) -> StoreResult<Db> {
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.max(1))
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(Db::Pg(pool))
    }

    /// Which backend this is.
    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Pg(_) => Backend::Postgres,
        }
    }

    /// Refreshes the planner's statistics and compacts the full-text indexes: after loading
    /// much data at once, and daily by the job worker.
    pub async fn optimize(&self) -> StoreResult<()> {
        match self {
            Db::Sqlite(s) => {
                sqlx::query("PRAGMA optimize").execute(&s.write).await?;
                // Merge each full-text index into one segment: a search then reads one b-tree
                // per term instead of merging many (10–20% faster at 110,000 documents; about
                // one second of writing for that many).
                for sql in [
                    "INSERT INTO _search_fts (_search_fts) VALUES ('optimize')",
                    "INSERT INTO _search_titles (_search_titles) VALUES ('optimize')",
                ] {
                    sqlx::query(sql).execute(&s.write).await?;
                }
            }
            Db::Pg(pool) => {
                sqlx::query("ANALYZE").execute(pool).await?;
            }
        }
        Ok(())
    }

    /// Applies every embedded migration that has not run yet.
    pub async fn migrate(&self) -> StoreResult<()> {
        match self {
            Db::Sqlite(s) => SQLITE_MIGRATIONS.run(&s.write).await?,
            Db::Pg(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
        }
        Ok(())
    }

    /// Starts a transaction (on SQLite: on the single writer connection).
    pub async fn begin(&self) -> StoreResult<Tx> {
        Ok(match self {
            Db::Sqlite(s) => Tx::Sqlite(s.write.begin().await?),
            Db::Pg(pool) => Tx::Pg(pool.begin().await?),
        })
    }

    /// True when the database answers a trivial query (for `/healthz`).
    pub async fn ping(&self) -> StoreResult<()> {
        on_read!(Exec::Db(self), |p| sqlx::query("SELECT 1")
            .execute(p)
            .await
            .map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Writes a consistent copy of a SQLite database to `target` while the server keeps running
    /// (`VACUUM INTO` reads one snapshot). PostgreSQL is backed up with `pg_dump` instead.
    pub async fn backup(&self, target: &Path) -> StoreResult<()> {
        let Db::Sqlite(s) = self else {
            return Err(StoreError::Unsupported("backup of PostgreSQL: use pg_dump"));
        };
        let target = target.to_string_lossy().into_owned();
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&s.read)
            .await?;
        Ok(())
    }

    /// Runs SQLite's own consistency check; `Ok(true)` when it reports "ok".
    pub async fn integrity_check(&self) -> StoreResult<bool> {
        let Db::Sqlite(s) = self else {
            return Err(StoreError::Unsupported("integrity_check on PostgreSQL"));
        };
        let result: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&s.read)
            .await?;
        Ok(result == "ok")
    }

    /// Waits for open connections to finish and closes the pools.
    pub async fn close(&self) {
        match self {
            Db::Sqlite(s) => {
                s.write.close().await;
                s.read.close().await;
            }
            Db::Pg(pool) => pool.close().await,
        }
    }
}

impl Tx {
    /// Makes every statement of the transaction permanent.
    pub async fn commit(self) -> StoreResult<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Pg(t) => t.commit().await?,
        }
        crate::note_write();
        Ok(())
    }
}

/// The path of a `sqlite:` URL's file, if the URL names one.
pub fn sqlite_path(url: &str) -> Option<&Path> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| Path::new(path))
}
