//! A theory's value calculation (SROI): its settings (investment, discount rate) and its valued
//! outcomes, each with the estimates and their basis.

use crate::{Exec, StoreResult};

/// The settings of a value calculation.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct ValuationRow {
    /// Euros.
    pub investment: f64,
    /// Share a year (0.035).
    pub discount_rate: f64,
    /// What the investment consists of.
    pub note: String,
}

/// A valued outcome.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct ValuedOutcomeRow {
    /// Id.
    pub id: i64,
    /// What changed, for whom.
    pub name: String,
    /// People or units.
    pub quantity: f64,
    /// Euros per unit per year.
    pub proxy: f64,
    /// Where the proxy comes from.
    pub proxy_source: String,
    /// Share (0–1).
    pub deadweight: f64,
    /// Share (0–1).
    pub displacement: f64,
    /// Share (0–1).
    pub attribution: f64,
    /// Share (0–1).
    pub drop_off: f64,
    /// Years.
    pub duration: i64,
    /// How the estimates were made.
    pub basis: String,
}

/// Saves the settings of a theory's calculation (new or changed).
pub async fn save_settings(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    v: &ValuationRow,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO impact_valuations (theory_id, investment, discount_rate, note, updated_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (theory_id) DO UPDATE SET \
         investment = excluded.investment, discount_rate = excluded.discount_rate, \
         note = excluded.note, updated_at = excluded.updated_at"
    )
    .bind(theory)
    .bind(v.investment)
    .bind(v.discount_rate)
    .bind(v.note.as_str())
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The settings of a theory's calculation, if it has one.
pub async fn settings(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Option<ValuationRow>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, ValuationRow>(
            "SELECT investment, discount_rate, note FROM impact_valuations WHERE theory_id = $1",
        )
        .bind(theory)
        .fetch_optional(p)
        .await
    })?)
}

/// Adds a valued outcome (its id ignored); returns the id.
pub async fn add_outcome(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    o: &ValuedOutcomeRow,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO valued_outcomes (theory_id, name, quantity, proxy, proxy_source, \
         deadweight, displacement, attribution, drop_off, duration, basis, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id"
    )
    .bind(theory)
    .bind(o.name.as_str())
    .bind(o.quantity)
    .bind(o.proxy)
    .bind(o.proxy_source.as_str())
    .bind(o.deadweight)
    .bind(o.displacement)
    .bind(o.attribution)
    .bind(o.drop_off)
    .bind(o.duration)
    .bind(o.basis.as_str())
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// The valued outcomes of a theory, in the order they were added.
pub async fn outcomes(
    exec: impl Into<Exec<'_>>,
    theory: i64,
) -> StoreResult<Vec<ValuedOutcomeRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        ValuedOutcomeRow,
    >(
        "SELECT id, name, quantity, proxy, proxy_source, deadweight, displacement, attribution, \
         drop_off, duration, basis FROM valued_outcomes WHERE theory_id = $1 ORDER BY id"
    )
    .bind(theory)
    .fetch_all(p)
    .await)?)
}

/// Deletes a valued outcome of a theory.
pub async fn delete_outcome(exec: impl Into<Exec<'_>>, theory: i64, id: i64) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM valued_outcomes WHERE theory_id = $1 AND id = $2"
    )
    .bind(theory)
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n > 0)
}
