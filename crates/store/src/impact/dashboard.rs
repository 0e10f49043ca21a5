//! What a dashboard is made of, per indicator and never single measurements: the histogram of
//! values per perspective and timepoint (counts, sums and targets follow from it) and the
//! pre–post change (lower, equal, higher) of end rows against their baseline, both read from
//! running totals kept by database triggers, the values and
//! subject attributes a breakdown groups, and the cached figures of the indicator's current
//! data version.

use crate::{Exec, StoreResult};

/// How many subjects had `value` for one indicator at one timepoint from one perspective.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct ValueCount {
    /// Perspective code.
    pub perspective: String,
    /// Timepoint code.
    pub timepoint: String,
    /// The value (none for words).
    pub value: Option<f64>,
    /// Subjects.
    pub n: i64,
}

/// The value histogram of one indicator, from the running totals the triggers of migration
/// 0020 keep with every write to `measurements`.
pub async fn histogram(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<Vec<ValueCount>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ValueCount>(
        "SELECT perspective, timepoint, CASE WHEN has_value THEN value END AS value, n \
         FROM measurement_histogram WHERE indicator_id = $1 AND n > 0"
    )
    .bind(indicator)
    .fetch_all(p)
    .await)?)
}

/// Pre–post change of one indicator from one perspective.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ChangeRow {
    /// Perspective code.
    pub perspective: String,
    /// Subjects whose end value is lower than their baseline.
    pub lower: i64,
    /// Equal.
    pub equal: i64,
    /// Higher.
    pub higher: i64,
}

/// Per perspective: how many subjects ended lower, equal or higher than their baseline (only
/// subjects measured at both), from the running totals.
pub async fn changes(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<Vec<ChangeRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ChangeRow>(
        "SELECT perspective, lower, equal, higher FROM measurement_changes \
         WHERE indicator_id = $1 AND lower + equal + higher > 0 ORDER BY perspective"
    )
    .bind(indicator)
    .fetch_all(p)
    .await)?)
}

/// Every subject's value of one indicator at one timepoint and perspective: (subject, value).
pub async fn values_at(
    exec: impl Into<Exec<'_>>,
    indicator: i64,
    (timepoint, perspective): (&str, &str),
) -> StoreResult<Vec<(i64, f64)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, (i64, f64)>(
        "SELECT subject_id, value FROM measurements WHERE indicator_id = $1 AND perspective = $3 \
         AND timepoint = $2 AND value IS NOT NULL"
    )
    .bind(indicator)
    .bind(timepoint)
    .bind(perspective)
    .fetch_all(p)
    .await)?)
}

/// The breakdown attributes of a theory's subjects: (subject, `name=value` lines), read once
/// per dashboard and grouped in memory (a join per measurement row is the slow way round).
pub async fn attributes(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<(i64, String)>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, (i64, String)>(
            "SELECT id, attributes FROM impact_subjects WHERE theory_id = $1 AND attributes <> ''",
        )
        .bind(theory)
        .fetch_all(p)
        .await
    })?)
}

/// The indicator's data version (raised by every change to what its figures show).
pub async fn data_version(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<i64> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT data_version FROM indicators WHERE id = $1"
    )
    .bind(indicator)
    .fetch_optional(p)
    .await)?
    .unwrap_or(0))
}

/// The cached figures (JSON) of an indicator if they were computed for its current version.
pub async fn cached(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<Option<String>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT d.data FROM impact_dashboards d JOIN indicators i ON i.id = d.indicator_id \
         WHERE d.indicator_id = $1 AND d.data_version = i.data_version"
    )
    .bind(indicator)
    .fetch_optional(p)
    .await)?)
}

/// Keeps figures computed for `version` (a later change makes them unused).
pub async fn cache(
    exec: impl Into<Exec<'_>>,
    indicator: i64,
    version: i64,
    data: &str,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO impact_dashboards (indicator_id, data_version, data) VALUES ($1, $2, $3) \
         ON CONFLICT (indicator_id) DO UPDATE SET data_version = excluded.data_version, \
         data = excluded.data"
    )
    .bind(indicator)
    .bind(version)
    .bind(data)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
