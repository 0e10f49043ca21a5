//! Personal calendar feeds: one secret token per member, replaceable at any time.

use crate::{Exec, StoreResult};
use domain::UserId;

/// The member's feed token, if they made one.
pub async fn token_of(exec: impl Into<Exec<'_>>, user: UserId) -> StoreResult<Option<String>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT token FROM calendar_feeds WHERE user_id = $1"
    )
    .bind(user.0)
    .fetch_optional(p)
    .await)?)
}

/// Sets (or replaces) the member's feed token; the old address stops working.
pub async fn set_token(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    token: &str,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id) DO UPDATE SET token = excluded.token, \
         created_at = excluded.created_at"
    )
    .bind(user.0)
    .bind(token)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Whose feed this token opens.
pub async fn user_by_token(exec: impl Into<Exec<'_>>, token: &str) -> StoreResult<Option<i64>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT user_id FROM calendar_feeds WHERE token = $1"
    )
    .bind(token)
    .fetch_optional(p)
    .await)?)
}
