//! Invitations to register, for when registration is by invitation only.

use crate::{Exec, StoreResult};
use domain::UserId;

/// An invitation that has not been used yet.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InvitationRow {
    /// Id.
    pub id: i64,
    /// Address the invitation was sent to.
    pub email: String,
    /// When it stops working.
    pub expires_at: i64,
}

/// Stores an invitation.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    email: &str,
    invited_by: UserId,
    now: i64,
    expires_at: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO invitations (token_hash, email, invited_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(token_hash)
    .bind(email)
    .bind(invited_by.0)
    .bind(now)
    .bind(expires_at)
    .fetch_one(p)
    .await)?)
}

/// The open invitation with this token, if it is unused and not expired.
pub async fn find_valid(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    now: i64,
) -> StoreResult<Option<InvitationRow>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, InvitationRow>(
            "SELECT id, email, expires_at FROM invitations \
         WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(p)
        .await
    })?)
}

/// Uses up an invitation; `false` when it was already used or expired in the meantime.
pub async fn update_accepted(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    now: i64,
) -> StoreResult<bool> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "UPDATE invitations SET accepted_at = $2 \
         WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2"
    )
    .bind(token_hash)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Open invitations, newest first (for the admin page).
pub async fn list_open(exec: impl Into<Exec<'_>>, now: i64) -> StoreResult<Vec<InvitationRow>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, InvitationRow>(
            "SELECT id, email, expires_at FROM invitations \
         WHERE accepted_at IS NULL AND expires_at > $1 ORDER BY id DESC LIMIT 100",
        )
        .bind(now)
        .fetch_all(p)
        .await
    })?)
}
