//! The effect register (every effect with its De Waele facets and the basis for the judgement
//! of deadweight and contribution) and outcome descriptions from outcome harvesting.

use crate::{Exec, StoreResult};

/// A stored effect.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct EffectRow {
    /// Id.
    pub id: i64,
    /// Source code.
    pub source: String,
    /// The story it comes from.
    pub story_id: Option<i64>,
    /// The indicator it comes from.
    pub indicator_id: Option<i64>,
    /// The outcome description it comes from.
    pub outcome_id: Option<i64>,
    /// Theory box.
    pub node_key: Option<i64>,
    /// What changed, for whom.
    pub description: String,
    /// Positive.
    pub positive: bool,
    /// Intended.
    pub intended: bool,
    /// Direct.
    pub direct: bool,
    /// Via whom.
    pub via_whom: String,
    /// Timing code.
    pub timing: String,
    /// What would have happened anyway.
    pub anyway: String,
    /// Contribution of others.
    pub others: String,
    /// The basis for both judgements.
    pub basis: String,
}

/// Saves an effect (the row's id is ignored); returns its id.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    e: &EffectRow,
    by: i64,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO impact_effects (theory_id, source, story_id, indicator_id, outcome_id, \
         node_key, description, positive, intended, direct, via_whom, timing, anyway, others, \
         basis, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, \
         $12, $13, $14, $15, $16, $17) RETURNING id"
    )
    .bind(theory)
    .bind(e.source.as_str())
    .bind(e.story_id)
    .bind(e.indicator_id)
    .bind(e.outcome_id)
    .bind(e.node_key)
    .bind(e.description.as_str())
    .bind(e.positive)
    .bind(e.intended)
    .bind(e.direct)
    .bind(e.via_whom.as_str())
    .bind(e.timing.as_str())
    .bind(e.anyway.as_str())
    .bind(e.others.as_str())
    .bind(e.basis.as_str())
    .bind(by)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// The effects of a theory, oldest first.
pub async fn list(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<EffectRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, EffectRow>(
        "SELECT id, source, story_id, indicator_id, outcome_id, node_key, description, positive, \
         intended, direct, via_whom, timing, anyway, others, basis FROM impact_effects \
         WHERE theory_id = $1 ORDER BY id"
    )
    .bind(theory)
    .fetch_all(p)
    .await)?)
}

/// Deletes an effect of `theory`; false when it did not exist.
pub async fn delete(exec: impl Into<Exec<'_>>, theory: i64, id: i64) -> StoreResult<bool> {
    let r = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM impact_effects WHERE theory_id = $1 AND id = $2"
    )
    .bind(theory)
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(r == 1)
}

/// An outcome description (outcome harvesting).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct OutcomeRow {
    /// Id.
    pub id: i64,
    /// Who changed.
    pub social_actor: String,
    /// What changed.
    pub change: String,
    /// When and where.
    pub when_where: String,
    /// Why it matters.
    pub significance: String,
    /// What the work did that plausibly influenced it.
    pub contribution: String,
    /// Who confirmed it, and whether they agreed.
    pub substantiation: String,
    /// Foreseen in the theory.
    pub anticipated: bool,
}

/// Saves an outcome description (the row's id is ignored); returns its id.
pub async fn insert_outcome(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    o: &OutcomeRow,
    by: i64,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO outcome_descriptions (theory_id, social_actor, change, when_where, \
         significance, contribution, substantiation, anticipated, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id"
    )
    .bind(theory)
    .bind(o.social_actor.as_str())
    .bind(o.change.as_str())
    .bind(o.when_where.as_str())
    .bind(o.significance.as_str())
    .bind(o.contribution.as_str())
    .bind(o.substantiation.as_str())
    .bind(o.anticipated)
    .bind(by)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// The outcome descriptions of a theory, oldest first.
pub async fn outcomes(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<OutcomeRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, OutcomeRow>(
        "SELECT id, social_actor, change, when_where, significance, contribution, \
         substantiation, anticipated FROM outcome_descriptions WHERE theory_id = $1 ORDER BY id"
    )
    .bind(theory)
    .fetch_all(p)
    .await)?)
}
