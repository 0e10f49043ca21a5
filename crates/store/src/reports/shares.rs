//! Share links of a published report: a secret token for a reader without an account. Only
//! the token's hash is kept; revoking keeps the row so the team sees who had a link.

use crate::{Exec, StoreResult};

/// A share link.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ShareRow {
    /// Id.
    pub id: i64,
    /// The report.
    pub report_id: i64,
    /// Who it was made for.
    pub label: String,
    /// Made.
    pub created_at: i64,
    /// Revoked (none while it works).
    pub revoked_at: Option<i64>,
}

/// Adds a link; returns its id.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    report: i64,
    (token_hash, label): (&str, &str),
    (by, now): (i64, i64),
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO report_shares (report_id, token_hash, label, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(report)
    .bind(token_hash)
    .bind(label)
    .bind(by)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// The links of a report, oldest first.
pub async fn list(exec: impl Into<Exec<'_>>, report: i64) -> StoreResult<Vec<ShareRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ShareRow>(
        "SELECT id, report_id, label, created_at, revoked_at FROM report_shares \
         WHERE report_id = $1 ORDER BY id"
    )
    .bind(report)
    .fetch_all(p)
    .await)?)
}

/// Revokes a link of `report`; false when there is no such working link.
pub async fn revoke(
    exec: impl Into<Exec<'_>>,
    (report, id): (i64, i64),
    now: i64,
) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE report_shares SET revoked_at = $3 \
         WHERE id = $1 AND report_id = $2 AND revoked_at IS NULL"
    )
    .bind(id)
    .bind(report)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The link with this token hash, revoked or not (the caller tells a revoked link apart).
pub async fn find_by_hash(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
) -> StoreResult<Option<ShareRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ShareRow>(
        "SELECT id, report_id, label, created_at, revoked_at FROM report_shares \
         WHERE token_hash = $1"
    )
    .bind(token_hash)
    .fetch_optional(p)
    .await)?)
}
