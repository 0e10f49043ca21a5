//! What an atelier sees of its practices' impact models: the indicators their teams chose to
//! share, and their grouped counts over only the people who agreed to sharing. Never a single
//! measurement; the minimum cell size is applied by the caller.

use super::dashboard::{ChangeRow, ValueCount};
use super::indicators::{IndicatorRow, SELECT};
use crate::{Exec, StoreResult};

/// The shared indicators of the theories linked to an atelier, by code and theory.
pub async fn indicators(exec: impl Into<Exec<'_>>, atelier: i64) -> StoreResult<Vec<IndicatorRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} JOIN theories t ON t.id = i.theory_id \
         WHERE t.atelier_id = $1 AND i.shared ORDER BY i.code, t.title, i.id"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, IndicatorRow>(sql)
            .bind(atelier)
            .fetch_all(p)
            .await
    })?)
}

/// The titles of the theories linked to an atelier: (id, title).
pub async fn practices(exec: impl Into<Exec<'_>>, atelier: i64) -> StoreResult<Vec<(i64, String)>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, (i64, String)>(
            "SELECT id, title FROM theories WHERE atelier_id = $1 ORDER BY title",
        )
        .bind(atelier)
        .fetch_all(p)
        .await
    })?)
}

/// The condition that a measurement's subject agreed to sharing (and did not withdraw).
const AGREED: &str = "EXISTS (SELECT 1 FROM subject_consents c WHERE c.subject_id = m.subject_id \
     AND c.purpose = 'sharing' AND c.withdrawn_at IS NULL)";

/// The value histogram of one indicator over the people who agreed to sharing.
pub async fn histogram(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<Vec<ValueCount>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT m.perspective, m.timepoint, m.value, COUNT(*) AS n FROM measurements m \
         WHERE m.indicator_id = $1 AND {AGREED} GROUP BY m.perspective, m.timepoint, m.value"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ValueCount>(
        sql
    )
    .bind(indicator)
    .fetch_all(p)
    .await)?)
}

/// The pre–post change of one indicator over the people who agreed to sharing.
pub async fn changes(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<Vec<ChangeRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT m.perspective, \
         CAST(SUM(CASE WHEN m.value < m.baseline_value THEN 1 ELSE 0 END) AS BIGINT) AS lower, \
         CAST(SUM(CASE WHEN m.value = m.baseline_value THEN 1 ELSE 0 END) AS BIGINT) AS equal, \
         CAST(SUM(CASE WHEN m.value > m.baseline_value THEN 1 ELSE 0 END) AS BIGINT) AS higher \
         FROM measurements m WHERE m.indicator_id = $1 AND m.timepoint = 'end' \
           AND m.value IS NOT NULL AND m.baseline_value IS NOT NULL AND {AGREED} \
         GROUP BY m.perspective"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ChangeRow>(
        sql
    )
    .bind(indicator)
    .fetch_all(p)
    .await)?)
}
