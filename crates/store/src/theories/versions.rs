//! Saved versions of a theory, numbered 1, 2, … per theory, to compare later.

use crate::{Exec, StoreResult, Tx};
use domain::UserId;

/// A saved version.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct VersionRow {
    /// Its number within the theory.
    pub number: i64,
    /// JSON of the model then.
    pub model: String,
    /// What the team noted.
    pub note: String,
    /// Who saved it.
    pub created_by_name: Option<String>,
    /// When.
    pub created_at: i64,
}

/// Saves the model as the next version; returns its number. The theory row is locked first so
/// two members saving at once get numbers one after the other.
pub async fn insert(
    tx: &mut Tx,
    theory: i64,
    (model, note): (&str, &str),
    by: UserId,
    now: i64,
) -> StoreResult<i64> {
    on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "UPDATE theories SET updated_at = updated_at WHERE id = $1"
    )
    .bind(theory)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    let number: i64 = on_read!(Exec::from(&mut *tx), |p| {
        sqlx::query_scalar(
        "SELECT CAST(COALESCE(MAX(number), 0) + 1 AS BIGINT) FROM theory_versions WHERE theory_id = $1"
    )
    .bind(theory)
    .fetch_one(p)
    .await
    })?;
    on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "INSERT INTO theory_versions (theory_id, number, model, note, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(theory)
    .bind(number)
    .bind(model)
    .bind(note)
    .bind(by.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(number)
}

const SELECT: &str = "SELECT v.number, v.model, v.note, u.display_name AS created_by_name, v.created_at \
     FROM theory_versions v LEFT JOIN users u ON u.id = v.created_by";

/// The versions of a theory, newest first.
pub async fn list(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<VersionRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE v.theory_id = $1 ORDER BY v.number DESC"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, VersionRow>(
        sql
    )
    .bind(theory)
    .fetch_all(p)
    .await)?)
}

/// One version.
pub async fn find(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    number: i64,
) -> StoreResult<Option<VersionRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE v.theory_id = $1 AND v.number = $2"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, VersionRow>(
        sql
    )
    .bind(theory)
    .bind(number)
    .fetch_optional(p)
    .await)?)
}
