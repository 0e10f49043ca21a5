//! The grouped counts a dashboard is made of (never single measurements): per indicator,
//! timepoint and perspective the number of subjects, the sum and how many met the target; the
//! pre–post change (lower, equal, higher); breakdowns by a subject attribute; and the cached
//! dashboard of the theory's current data version.

use crate::{Exec, StoreResult};

/// Counts of one indicator at one timepoint from one perspective.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct TimepointRow {
    /// Indicator id.
    pub indicator_id: i64,
    /// Perspective code.
    pub perspective: String,
    /// Timepoint code.
    pub timepoint: String,
    /// Subjects measured.
    pub n: i64,
    /// Sum of the values.
    pub total: f64,
    /// How many met the target.
    pub reached: i64,
}

/// Per indicator, timepoint and perspective: subjects, sum, target met.
pub async fn timepoints(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<TimepointRow>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, TimepointRow>(
            "SELECT m.indicator_id, m.perspective, m.timepoint, COUNT(*) AS n, \
         CAST(COALESCE(SUM(m.value), 0) AS DOUBLE PRECISION) AS total, \
         CAST(COALESCE(SUM(CASE WHEN i.target IS NULL OR m.value IS NULL THEN 0 \
           WHEN i.higher_is_better AND m.value >= i.target THEN 1 \
           WHEN NOT i.higher_is_better AND m.value <= i.target THEN 1 ELSE 0 END), 0) AS BIGINT) \
           AS reached \
         FROM indicators i JOIN measurements m ON m.indicator_id = i.id \
         WHERE i.theory_id = $1 GROUP BY m.indicator_id, m.perspective, m.timepoint",
        )
        .bind(theory)
        .fetch_all(p)
        .await
    })?)
}

/// Pre–post change of one indicator from one perspective.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ChangeRow {
    /// Indicator id.
    pub indicator_id: i64,
    /// Perspective code.
    pub perspective: String,
    /// Subjects whose end value is lower than their baseline.
    pub lower: i64,
    /// Equal.
    pub equal: i64,
    /// Higher.
    pub higher: i64,
}

/// Per indicator and perspective: how many subjects ended lower, equal or higher than their
/// baseline (only subjects measured at both).
pub async fn changes(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<ChangeRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ChangeRow>(
        "SELECT b.indicator_id, b.perspective, \
         CAST(SUM(CASE WHEN e.value < b.value THEN 1 ELSE 0 END) AS BIGINT) AS lower, \
         CAST(SUM(CASE WHEN e.value = b.value THEN 1 ELSE 0 END) AS BIGINT) AS equal, \
         CAST(SUM(CASE WHEN e.value > b.value THEN 1 ELSE 0 END) AS BIGINT) AS higher \
         FROM indicators i JOIN measurements b ON b.indicator_id = i.id \
         JOIN measurements e ON e.indicator_id = b.indicator_id AND e.subject_id = b.subject_id \
           AND e.perspective = b.perspective AND e.timepoint = 'end' \
         WHERE i.theory_id = $1 AND b.timepoint = 'baseline' AND b.value IS NOT NULL \
           AND e.value IS NOT NULL \
         GROUP BY b.indicator_id, b.perspective"
    )
    .bind(theory)
    .fetch_all(p)
    .await)?)
}

/// One indicator's values at one timepoint and perspective, grouped by a subject attribute:
/// (attribute value, subjects, sum).
pub async fn breakdown(
    exec: impl Into<Exec<'_>>,
    indicator: i64,
    (timepoint, perspective): (&str, &str),
    dimension: &str,
) -> StoreResult<Vec<(String, i64, f64)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        (String, i64, f64),
    >(
        "SELECT a.value, COUNT(*), CAST(SUM(m.value) AS DOUBLE PRECISION) FROM measurements m \
         JOIN subject_attributes a ON a.subject_id = m.subject_id AND a.name = $4 \
         WHERE m.indicator_id = $1 AND m.timepoint = $2 AND m.perspective = $3 \
           AND m.value IS NOT NULL \
         GROUP BY a.value ORDER BY a.value"
    )
    .bind(indicator)
    .bind(timepoint)
    .bind(perspective)
    .bind(dimension)
    .fetch_all(p)
    .await)?)
}

/// The theory's data version (raised by every change to its measurements).
pub async fn data_version(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<i64> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT data_version FROM theories WHERE id = $1"
    )
    .bind(theory)
    .fetch_optional(p)
    .await)?
    .unwrap_or(0))
}

/// The cached dashboard (JSON) if it was computed for the current data version.
pub async fn cached(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Option<String>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT d.data FROM impact_dashboards d JOIN theories t ON t.id = d.theory_id \
         WHERE d.theory_id = $1 AND d.data_version = t.data_version"
    )
    .bind(theory)
    .fetch_optional(p)
    .await)?)
}

/// Keeps a dashboard computed for `version` (a later change makes it unused).
pub async fn cache(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    version: i64,
    data: &str,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO impact_dashboards (theory_id, data_version, data) VALUES ($1, $2, $3) \
         ON CONFLICT (theory_id) DO UPDATE SET data_version = excluded.data_version, \
         data = excluded.data"
    )
    .bind(theory)
    .bind(version)
    .bind(data)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
