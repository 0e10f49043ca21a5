//! The only crate that knows SQL: one `Db` over native SQLite and PostgreSQL pools.
//!
//! Every store function takes `impl Into<Exec>`: either the `Db` itself (one statement, auto
//! commit) or an open `Tx` (several statements that must land together). One SQL text serves
//! both backends (`$1` placeholders, `RETURNING`, `ON CONFLICT`); where dialects truly differ the
//! function says so with one explicit `match`.

/// Runs `$body` with `$p` bound to the executor: inside a transaction its connection; otherwise
/// the PostgreSQL pool or the SQLite pool named by `$sqlite_pool` (`write` or `read`).
macro_rules! on_exec {
    ($sqlite_pool:ident, $exec:expr, |$p:ident| $body:expr) => {
        match $exec {
            $crate::Exec::Db($crate::Db::Sqlite(s)) => {
                let $p = &s.$sqlite_pool;
                $body
            }
            $crate::Exec::Db($crate::Db::Pg(pool)) => {
                let $p = pool;
                $body
            }
            $crate::Exec::Tx($crate::Tx::Sqlite(t)) => {
                let $p = &mut **t;
                $body
            }
            $crate::Exec::Tx($crate::Tx::Pg(t)) => {
                let $p = &mut **t;
                $body
            }
        }
    };
}

/// A write: on SQLite outside a transaction it goes to the single writer connection. Counted
/// once it is done (see [`write_generation`]).
macro_rules! on_write {
    ($exec:expr, |$p:ident| $body:expr) => {{
        let result = on_exec!(write, $exec, |$p| $body);
        $crate::note_write();
        result
    }};
}

/// Writes (statements and commits) this process has made, for caches of rendered pages: a page
/// rendered from data read after the generation was taken is still current while the
/// generation is unchanged. Changes made by another process are not counted here.
static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The current write generation; take it *before* reading what a cached page is built from.
pub fn write_generation() -> u64 {
    WRITES.load(std::sync::atomic::Ordering::Acquire)
}

/// Counts a finished write.
pub(crate) fn note_write() {
    WRITES.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
}

/// A read: on SQLite outside a transaction it goes to the reader pool, so reads never queue
/// behind the writer.
macro_rules! on_read {
    ($exec:expr, |$p:ident| $body:expr) => {
        on_exec!(read, $exec, |$p| $body)
    };
}

pub mod activities;
pub mod agenda;
pub mod atelier_invitations;
pub mod ateliers;
mod db;
mod error;
pub mod events;
pub mod forum;
pub mod impact;
pub mod impact_plans;
pub mod invitations;
pub mod jobs;
pub mod knowledge;
pub mod knowledge_attachments;
pub mod knowledge_collections;
pub mod knowledge_reviews;
pub mod knowledge_revisions;
pub mod memberships;
pub mod notifications;
pub mod password_resets;
pub mod profiles;
pub mod reports;
pub mod search;
pub mod sessions;
pub mod settings;
#[cfg(feature = "testing")]
pub mod testing;
pub mod theories;
pub mod throttle;
pub mod users;
pub mod werkplaatsen;

pub use db::{Backend, Db, Exec, SqliteDb, Tx, sqlite_path};
pub use error::StoreError;

/// Result of a store function.
pub type StoreResult<T> = Result<T, StoreError>;
