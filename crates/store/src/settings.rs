//! Platform settings that admins change in the interface (key → text value).

use crate::{Exec, StoreResult};

/// The stored value of a setting, if set.
pub async fn find(exec: impl Into<Exec<'_>>, key: &str) -> StoreResult<Option<String>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT value FROM settings WHERE key = $1"
    )
    .bind(key)
    .fetch_optional(p)
    .await)?)
}

/// Sets (or replaces) a setting.
pub async fn upsert(
    exec: impl Into<Exec<'_>>,
    key: &str,
    value: &str,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
    )
    .bind(key)
    .bind(value)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
