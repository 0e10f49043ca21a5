//! Invitations to an atelier: single use, stored as the SHA-256 of the token.

use crate::{Exec, StoreResult};
use domain::{AtelierId, UserId};

/// An open invitation.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AtelierInvitationRow {
    /// Id.
    pub id: i64,
    /// The atelier.
    pub atelier_id: i64,
    /// Who was invited.
    pub email: String,
    /// Until when it works.
    pub expires_at: i64,
}

/// Stores an invitation.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    email: &str,
    token_hash: &str,
    invited_by: UserId,
    now: i64,
    expires_at: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO atelier_invitations (atelier_id, email, token_hash, invited_by, created_at, \
         expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
    )
    .bind(atelier.0)
    .bind(email)
    .bind(token_hash)
    .bind(invited_by.0)
    .bind(now)
    .bind(expires_at)
    .fetch_one(p)
    .await)?)
}

/// The unused, unexpired invitation with this token hash.
pub async fn find_valid(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    now: i64,
) -> StoreResult<Option<AtelierInvitationRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        AtelierInvitationRow,
    >(
        "SELECT id, atelier_id, email, expires_at FROM atelier_invitations \
         WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2"
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(p)
    .await)?)
}

/// Uses an invitation up; false when it was used or expired meanwhile.
pub async fn update_accepted(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
    user: UserId,
    now: i64,
) -> StoreResult<bool> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "UPDATE atelier_invitations SET accepted_at = $3, accepted_by = $2 \
         WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $3"
    )
    .bind(token_hash)
    .bind(user.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Open invitations of an atelier, newest first.
pub async fn list_open(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    now: i64,
) -> StoreResult<Vec<AtelierInvitationRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        AtelierInvitationRow,
    >(
        "SELECT id, atelier_id, email, expires_at FROM atelier_invitations \
         WHERE atelier_id = $1 AND accepted_at IS NULL AND expires_at > $2 ORDER BY id DESC"
    )
    .bind(atelier.0)
    .bind(now)
    .fetch_all(p)
    .await)?)
}
