//! Attempt counters per key and fixed time window, in the database so that several app
//! instances share them.

use crate::{Exec, StoreResult};

/// Counts one attempt for `key` in the window starting at `window_start`; returns the count.
pub async fn hit(exec: impl Into<Exec<'_>>, key: &str, window_start: i64) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO throttle (key, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (key, window_start) DO UPDATE SET hits = throttle.hits + 1 RETURNING hits"
    )
    .bind(key)
    .bind(window_start)
    .fetch_one(p)
    .await)?)
}

/// Attempts counted for `key` in the window starting at `window_start`.
pub async fn count(exec: impl Into<Exec<'_>>, key: &str, window_start: i64) -> StoreResult<i64> {
    let hits: Option<i64> = on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT hits FROM throttle WHERE key = $1 AND window_start = $2"
    )
    .bind(key)
    .bind(window_start)
    .fetch_optional(p)
    .await)?;
    Ok(hits.unwrap_or(0))
}

/// Forgets the attempts for `key` (a successful log-in clears its failures).
pub async fn delete(exec: impl Into<Exec<'_>>, key: &str) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM throttle WHERE key = $1"
    )
    .bind(key)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Removes windows that started before `before`.
pub async fn delete_older_than(exec: impl Into<Exec<'_>>, before: i64) -> StoreResult<u64> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM throttle WHERE window_start < $1"
    )
    .bind(before)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?)
}
