//! Indicators on the boxes of a theory: stored, changed, listed, deleted (with their
//! measurements), and the ones whose measurement is due, for the owner's reminder mail.

use crate::{Exec, StoreResult};

/// A stored indicator.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct IndicatorRow {
    /// Id.
    pub id: i64,
    /// Its theory.
    pub theory_id: i64,
    /// The box it measures.
    pub node_key: i64,
    /// Short code (imports).
    pub code: String,
    /// Name.
    pub name: String,
    /// What exactly is counted or scored.
    pub definition: String,
    /// For whom.
    pub population: String,
    /// Unit.
    pub unit: String,
    /// Kind code.
    pub kind: String,
    /// Scale minimum.
    pub scale_min: Option<f64>,
    /// Scale maximum.
    pub scale_max: Option<f64>,
    /// Target.
    pub target: Option<f64>,
    /// Higher values are better.
    pub higher_is_better: bool,
    /// Value before the work.
    pub baseline: Option<f64>,
    /// Months between measurements (0: none).
    pub frequency_months: i64,
    /// Who measures it.
    pub owner_id: Option<i64>,
    /// Their name.
    pub owner_name: Option<String>,
    /// When the next measurement is due (unix time).
    pub next_due: Option<i64>,
    /// Breakdown dimensions, comma-separated.
    pub dimensions: String,
    /// Aggregation code.
    pub aggregation: String,
    /// Aggregates shown to the atelier.
    pub shared: bool,
}

/// The fields of an indicator as saved.
#[derive(Debug, Clone)]
pub struct IndicatorFields<'a> {
    /// Box key.
    pub node_key: i64,
    /// Code.
    pub code: &'a str,
    /// Name.
    pub name: &'a str,
    /// Definition.
    pub definition: &'a str,
    /// Population.
    pub population: &'a str,
    /// Unit.
    pub unit: &'a str,
    /// Kind code.
    pub kind: &'a str,
    /// Scale (min, max).
    pub scale: (Option<f64>, Option<f64>),
    /// Target.
    pub target: Option<f64>,
    /// Higher is better.
    pub higher_is_better: bool,
    /// Baseline.
    pub baseline: Option<f64>,
    /// Months between measurements.
    pub frequency_months: i64,
    /// Owner.
    pub owner_id: Option<i64>,
    /// Next due (unix time).
    pub next_due: Option<i64>,
    /// Dimensions, comma-separated.
    pub dimensions: &'a str,
    /// Aggregation code.
    pub aggregation: &'a str,
    /// Shared with the atelier.
    pub shared: bool,
}

pub(super) const SELECT: &str = "SELECT i.id, i.theory_id, i.node_key, i.code, i.name, i.definition, \
     i.population, i.unit, i.kind, i.scale_min, i.scale_max, i.target, i.higher_is_better, \
     i.baseline, i.frequency_months, i.owner_id, u.display_name AS owner_name, i.next_due, \
     i.dimensions, i.aggregation, i.shared \
     FROM indicators i LEFT JOIN users u ON u.id = i.owner_id";

/// Saves a new indicator; `None` when the code is already used in the theory.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    f: &IndicatorFields<'_>,
    now: i64,
) -> StoreResult<Option<i64>> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO indicators (theory_id, node_key, code, name, definition, population, unit, \
         kind, scale_min, scale_max, target, higher_is_better, baseline, frequency_months, \
         owner_id, next_due, dimensions, aggregation, shared, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, \
         $18, $19, $20, $20) ON CONFLICT (theory_id, code) DO NOTHING RETURNING id"
    )
    .bind(theory)
    .bind(f.node_key)
    .bind(f.code)
    .bind(f.name)
    .bind(f.definition)
    .bind(f.population)
    .bind(f.unit)
    .bind(f.kind)
    .bind(f.scale.0)
    .bind(f.scale.1)
    .bind(f.target)
    .bind(f.higher_is_better)
    .bind(f.baseline)
    .bind(f.frequency_months)
    .bind(f.owner_id)
    .bind(f.next_due)
    .bind(f.dimensions)
    .bind(f.aggregation)
    .bind(f.shared)
    .bind(now)
    .fetch_optional(p)
    .await)?)
}

/// Changes an indicator of `theory`; false when it is gone or the code is taken.
pub async fn update(
    exec: impl Into<Exec<'_>>,
    (theory, id): (i64, i64),
    f: &IndicatorFields<'_>,
    now: i64,
) -> StoreResult<bool> {
    let result = on_write!(exec.into(), |p| {
        sqlx::query(
        "UPDATE indicators SET node_key = $3, code = $4, name = $5, definition = $6, \
         population = $7, unit = $8, kind = $9, scale_min = $10, scale_max = $11, target = $12, \
         higher_is_better = $13, baseline = $14, frequency_months = $15, owner_id = $16, \
         next_due = $17, reminded = FALSE, dimensions = $18, aggregation = $19, shared = $20, \
         data_version = data_version + 1, updated_at = $21 WHERE theory_id = $1 AND id = $2 AND NOT EXISTS \
         (SELECT 1 FROM indicators o WHERE o.theory_id = $1 AND o.code = $4 AND o.id <> $2)"
    )
    .bind(theory)
    .bind(id)
    .bind(f.node_key)
    .bind(f.code)
    .bind(f.name)
    .bind(f.definition)
    .bind(f.population)
    .bind(f.unit)
    .bind(f.kind)
    .bind(f.scale.0)
    .bind(f.scale.1)
    .bind(f.target)
    .bind(f.higher_is_better)
    .bind(f.baseline)
    .bind(f.frequency_months)
    .bind(f.owner_id)
    .bind(f.next_due)
    .bind(f.dimensions)
    .bind(f.aggregation)
    .bind(f.shared)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected())
    })?;
    Ok(result == 1)
}

/// The indicators of a theory, in code order.
pub async fn list(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<IndicatorRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE i.theory_id = $1 ORDER BY i.code"));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, IndicatorRow>(sql)
            .bind(theory)
            .fetch_all(p)
            .await
    })?)
}

/// Deletes an indicator of `theory` with its measurements; false when it did not exist.
pub async fn delete(exec: impl Into<Exec<'_>>, theory: i64, id: i64) -> StoreResult<bool> {
    let result = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM indicators WHERE theory_id = $1 AND id = $2"
    )
    .bind(theory)
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(result == 1)
}

/// An indicator whose measurement is due, with its owner's address and language.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DueIndicator {
    /// Id.
    pub id: i64,
    /// Its theory.
    pub theory_id: i64,
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Months between measurements.
    pub frequency_months: i64,
    /// When it was due.
    pub next_due: i64,
    /// The owner's address.
    pub email: String,
    /// The owner's language.
    pub locale: String,
}

/// Indicators whose measurement was due before `now` and whose owner was not reminded yet.
pub async fn due(exec: impl Into<Exec<'_>>, now: i64) -> StoreResult<Vec<DueIndicator>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, DueIndicator>(
            "SELECT i.id, i.theory_id, i.code, i.name, i.frequency_months, i.next_due, u.email, \
         u.locale FROM indicators i JOIN users u ON u.id = i.owner_id \
         WHERE i.next_due <= $1 AND NOT i.reminded ORDER BY i.next_due, i.id LIMIT 200",
        )
        .bind(now)
        .fetch_all(p)
        .await
    })?)
}

/// Marks the owner reminded, so the mail goes once per due date.
pub async fn mark_reminded(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE indicators SET reminded = TRUE WHERE id = $1"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Moves the next due date on (after a measurement round) and clears the reminder.
pub async fn reschedule(exec: impl Into<Exec<'_>>, id: i64, next_due: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE indicators SET next_due = $2, reminded = FALSE WHERE id = $1"
    )
    .bind(id)
    .bind(next_due)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
