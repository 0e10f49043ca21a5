//! A report's figures over a period: the same shapes the dashboard reads (value histogram,
//! pre–post change, values for breakdowns) but computed from the measurements taken in the
//! period, of people who agreed to being counted in a report. Read once when a report is
//! composed, so they are plain grouped queries rather than running totals.

use super::dashboard::{ChangeRow, ValueCount};
use crate::{Exec, StoreResult};

/// The filter every query here shares: in the period, with an active report consent.
const IN_REPORT: &str = "m.measured_on >= $2 AND m.measured_on <= $3 AND EXISTS (\
     SELECT 1 FROM subject_consents c WHERE c.subject_id = m.subject_id \
     AND c.purpose = 'report' AND c.withdrawn_at IS NULL)";

/// The value histogram of one indicator over a period.
pub async fn histogram(
    exec: impl Into<Exec<'_>>,
    indicator: i64,
    (from, to): (&str, &str),
) -> StoreResult<Vec<ValueCount>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT m.perspective, m.timepoint, m.value, COUNT(*) AS n FROM measurements m \
         WHERE m.indicator_id = $1 AND {IN_REPORT} \
         GROUP BY m.perspective, m.timepoint, m.value"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ValueCount>(
        sql
    )
    .bind(indicator)
    .bind(from)
    .bind(to)
    .fetch_all(p)
    .await)?)
}

/// Per perspective: end rows in the period lower, equal or higher than their baseline.
pub async fn changes(
    exec: impl Into<Exec<'_>>,
    indicator: i64,
    (from, to): (&str, &str),
) -> StoreResult<Vec<ChangeRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT m.perspective, \
         COALESCE(SUM(CASE WHEN m.value < m.baseline_value THEN 1 ELSE 0 END), 0) AS lower, \
         COALESCE(SUM(CASE WHEN m.value = m.baseline_value THEN 1 ELSE 0 END), 0) AS equal, \
         COALESCE(SUM(CASE WHEN m.value > m.baseline_value THEN 1 ELSE 0 END), 0) AS higher \
         FROM measurements m WHERE m.indicator_id = $1 AND m.timepoint = 'end' \
         AND m.value IS NOT NULL AND m.baseline_value IS NOT NULL AND {IN_REPORT} \
         GROUP BY m.perspective ORDER BY m.perspective"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ChangeRow>(
        sql
    )
    .bind(indicator)
    .bind(from)
    .bind(to)
    .fetch_all(p)
    .await)?)
}

/// Every counted person's value at one timepoint and perspective: (subject, value).
pub async fn values_at(
    exec: impl Into<Exec<'_>>,
    indicator: i64,
    (timepoint, perspective): (&str, &str),
    (from, to): (&str, &str),
) -> StoreResult<Vec<(i64, f64)>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT m.subject_id, m.value FROM measurements m WHERE m.indicator_id = $1 \
         AND m.timepoint = $4 AND m.perspective = $5 AND m.value IS NOT NULL AND {IN_REPORT}"
    ));
    let rows: Vec<(i64, Option<f64>)> = on_read!(exec.into(), |p| sqlx::query_as(sql)
        .bind(indicator)
        .bind(from)
        .bind(to)
        .bind(timepoint)
        .bind(perspective)
        .fetch_all(p)
        .await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(s, v)| Some((s, v?)))
        .collect())
}

/// How many different people of the theory were measured in the period (and may be counted).
pub async fn reached(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    (from, to): (&str, &str),
) -> StoreResult<i64> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(DISTINCT m.subject_id) FROM measurements m \
         JOIN indicators i ON i.id = m.indicator_id WHERE i.theory_id = $1 AND {IN_REPORT}"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(sql)
        .bind(theory)
        .bind(from)
        .bind(to)
        .fetch_one(p)
        .await)?)
}

/// The latest comments on one indicator's values in the period, newest first: (date, text).
pub async fn comments(
    exec: impl Into<Exec<'_>>,
    indicator: i64,
    (from, to): (&str, &str),
    limit: i64,
) -> StoreResult<Vec<(String, String)>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT m.measured_on, m.comment FROM measurements m WHERE m.indicator_id = $1 \
         AND m.comment <> '' AND {IN_REPORT} ORDER BY m.measured_on DESC, m.id DESC LIMIT $4"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as(sql)
        .bind(indicator)
        .bind(from)
        .bind(to)
        .bind(limit)
        .fetch_all(p)
        .await)?)
}
