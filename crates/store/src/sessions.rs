//! Log-in sessions. Only the SHA-256 of a session token is stored, so a copy of the database
//! does not hand out live sessions.

use crate::{Exec, StoreResult};
use domain::UserId;

/// Stores a new session.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    user: UserId,
    now: i64,
    expires_at: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) \
         VALUES ($1, $2, $3, $3, $4)"
    )
    .bind(token_hash)
    .bind(user.0)
    .bind(now)
    .bind(expires_at)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// A live session's user and when it was last seen; `None` when unknown or expired.
pub async fn find_by_token_hash(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    now: i64,
) -> StoreResult<Option<(UserId, i64)>> {
    let row: Option<(i64, i64)> = on_read!(exec.into(), |p| sqlx::query_as(
        "SELECT user_id, last_seen_at FROM sessions WHERE token_hash = $1 AND expires_at > $2"
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(p)
    .await)?;
    Ok(row.map(|(user, seen)| (UserId(user), seen)))
}

/// Extends a session that is in use (sliding expiry).
pub async fn update_seen(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    now: i64,
    expires_at: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1"
    )
    .bind(token_hash)
    .bind(now)
    .bind(expires_at)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Ends one session (log out).
pub async fn delete(exec: impl Into<Exec<'_>>, token_hash: &str) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM sessions WHERE token_hash = $1"
    )
    .bind(token_hash)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Ends every session of a user except `keep` (after a password change); returns how many.
pub async fn delete_for_user_except(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    keep: Option<&str>,
) -> StoreResult<u64> {
    let keep = keep.unwrap_or("");
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2"
    )
    .bind(user.0)
    .bind(keep)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?)
}

/// Removes expired sessions; returns how many.
pub async fn delete_expired(exec: impl Into<Exec<'_>>, now: i64) -> StoreResult<u64> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM sessions WHERE expires_at <= $1"
    )
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?)
}
