//! Password-reset tokens: single use, short-lived, stored as SHA-256 only.

use crate::{Exec, StoreResult};
use domain::UserId;

/// Stores a new reset token for a user.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    user: UserId,
    now: i64,
    expires_at: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4)"
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

/// The user of a token that is unused and not expired, without using it up (to show the form).
pub async fn find_valid(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    now: i64,
) -> StoreResult<Option<UserId>> {
    let user: Option<i64> = on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT user_id FROM password_resets \
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2"
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(p)
    .await)?;
    Ok(user.map(UserId))
}

/// Marks a valid token used and returns its user; a second call finds nothing. One statement,
/// so two simultaneous submissions cannot both succeed.
pub async fn update_used(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    now: i64,
) -> StoreResult<Option<UserId>> {
    let user: Option<i64> = on_write!(exec.into(), |p| sqlx::query_scalar(
        "UPDATE password_resets SET used_at = $2 \
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id"
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(p)
    .await)?;
    Ok(user.map(UserId))
}

/// Voids every other open token of a user (after a reset, older mails stop working).
pub async fn delete_for_user(exec: impl Into<Exec<'_>>, user: UserId) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM password_resets WHERE user_id = $1 AND used_at IS NULL"
    )
    .bind(user.0)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
