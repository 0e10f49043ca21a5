//! The job queue: side effects (mail, purges) that run after the request, with retries.

use crate::{Exec, StoreResult, Tx};

/// A job a worker has claimed.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JobRow {
    /// Id.
    pub id: i64,
    /// What to do (`mail`, `purge`, …).
    pub kind: String,
    /// JSON arguments.
    pub payload: String,
    /// Attempts so far, including this one.
    pub attempts: i64,
    /// Attempts allowed before the job is given up.
    pub max_attempts: i64,
}

/// Queues a job to run at `run_at`.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    kind: &str,
    payload: &str,
    run_at: i64,
    max_attempts: i64,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO jobs (kind, payload, run_at, max_attempts, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(kind)
    .bind(payload)
    .bind(run_at)
    .bind(max_attempts)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// Claims the next due job for `lease_secs`: no other worker gets it until then. A worker that
/// dies leaves the lease to expire, and the job runs again.
///
/// The one place where the dialects differ: PostgreSQL adds `FOR UPDATE SKIP LOCKED` so that
/// several instances claim different jobs; SQLite has a single writer, so no lock is needed.
pub async fn claim_next(tx: &mut Tx, now: i64, lease_secs: i64) -> StoreResult<Option<JobRow>> {
    const SQLITE: &str = "UPDATE jobs SET locked_until = $1, attempts = attempts + 1 \
        WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND failed_at IS NULL \
        AND run_at <= $2 AND (locked_until IS NULL OR locked_until < $2) \
        ORDER BY run_at, id LIMIT 1) \
        RETURNING id, kind, payload, attempts, max_attempts";
    const POSTGRES: &str = "UPDATE jobs SET locked_until = $1, attempts = attempts + 1 \
        WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND failed_at IS NULL \
        AND run_at <= $2 AND (locked_until IS NULL OR locked_until < $2) \
        ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
        RETURNING id, kind, payload, attempts, max_attempts";
    let until = now + lease_secs;
    Ok(match tx {
        Tx::Sqlite(t) => {
            sqlx::query_as::<_, JobRow>(SQLITE)
                .bind(until)
                .bind(now)
                .fetch_optional(&mut **t)
                .await?
        }
        Tx::Pg(t) => {
            sqlx::query_as::<_, JobRow>(POSTGRES)
                .bind(until)
                .bind(now)
                .fetch_optional(&mut **t)
                .await?
        }
    })
}

/// Marks a job done.
pub async fn update_done(exec: impl Into<Exec<'_>>, id: i64, now: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE jobs SET done_at = $2, locked_until = NULL, last_error = NULL WHERE id = $1"
    )
    .bind(id)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Schedules another attempt at `run_at`, remembering why this one failed.
pub async fn update_retry(
    exec: impl Into<Exec<'_>>,
    id: i64,
    run_at: i64,
    error: &str,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE jobs SET run_at = $2, locked_until = NULL, last_error = $3 WHERE id = $1"
    )
    .bind(id)
    .bind(run_at)
    .bind(error)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Gives a job up after its last attempt.
pub async fn update_failed(
    exec: impl Into<Exec<'_>>,
    id: i64,
    now: i64,
    error: &str,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE jobs SET failed_at = $2, locked_until = NULL, last_error = $3 WHERE id = $1"
    )
    .bind(id)
    .bind(now)
    .bind(error)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// A job's state for tests and the admin: (attempts, done, failed, last error).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JobStatus {
    /// Attempts so far.
    pub attempts: i64,
    /// When it succeeded.
    pub done_at: Option<i64>,
    /// When it was given up.
    pub failed_at: Option<i64>,
    /// The last error.
    pub last_error: Option<String>,
    /// When it runs next.
    pub run_at: i64,
}

/// The state of one job.
pub async fn find_status(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<Option<JobStatus>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, JobStatus>(
        "SELECT attempts, done_at, failed_at, last_error, run_at FROM jobs WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(p)
    .await)?)
}

/// Removes finished jobs older than `before`.
pub async fn delete_finished_before(exec: impl Into<Exec<'_>>, before: i64) -> StoreResult<u64> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM jobs WHERE (done_at IS NOT NULL AND done_at < $1) \
         OR (failed_at IS NOT NULL AND failed_at < $1)"
    )
    .bind(before)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?)
}
