//! Instruments of scale indicators: their items (with a criterion per level), the GAS goals of
//! a person, and scorings: one measurement of the indicator with an item score per item or
//! goal under it, saved together in the caller's transaction.

use super::measurements::{self, NewMeasurement};
use crate::{Exec, StoreResult, Tx};

/// A stored instrument.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InstrumentRow {
    /// Id.
    pub id: i64,
    /// The indicator it scores.
    pub indicator_id: i64,
    /// Kind code.
    pub kind: String,
    /// Lowest level.
    pub level_min: i64,
    /// Highest level.
    pub level_max: i64,
    /// Scoring code.
    pub scoring: String,
    /// Likert anchors, one per line.
    pub anchors: String,
    /// Instructions.
    pub instructions: String,
}

/// An item of an instrument.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ItemRow {
    /// Id.
    pub id: i64,
    /// Label (statement, domain, ladder, dimension).
    pub label: String,
    /// Criterion per level, one per line.
    pub criteria: String,
}

/// A person's GAS goal.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct GoalRow {
    /// Id.
    pub id: i64,
    /// The goal.
    pub goal: String,
    /// Weight.
    pub weight: f64,
    /// The expected outcome (level 0).
    pub expected: String,
}

/// One item or goal score of a scoring.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct ScoreRow {
    /// The measurement it belongs to.
    pub measurement_id: i64,
    /// Timepoint code.
    pub timepoint: String,
    /// Date.
    pub measured_on: String,
    /// Perspective code.
    pub perspective: String,
    /// The indicator's value of the scoring.
    pub total: Option<f64>,
    /// The item, for an item score.
    pub item_id: Option<i64>,
    /// The goal, for a GAS score.
    pub goal_id: Option<i64>,
    /// The level chosen.
    pub score: f64,
}

/// Saves an instrument for an indicator; `None` when the indicator has one already.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    i: &InstrumentRow,
    now: i64,
) -> StoreResult<Option<i64>> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO impact_instruments (indicator_id, kind, level_min, level_max, scoring, \
         anchors, instructions, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (indicator_id) DO NOTHING RETURNING id"
    )
    .bind(i.indicator_id)
    .bind(i.kind.as_str())
    .bind(i.level_min)
    .bind(i.level_max)
    .bind(i.scoring.as_str())
    .bind(i.anchors.as_str())
    .bind(i.instructions.as_str())
    .bind(now)
    .fetch_optional(p)
    .await)?)
}

const SELECT: &str = "SELECT n.id, n.indicator_id, n.kind, n.level_min, n.level_max, \
     n.scoring, n.anchors, n.instructions FROM impact_instruments n \
     JOIN indicators i ON i.id = n.indicator_id WHERE i.theory_id = $1";

/// The instruments of a theory, in the order of their indicators' codes.
pub async fn list(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<InstrumentRow>> {
    let sql = format!("{SELECT} ORDER BY i.code");
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, InstrumentRow>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(theory)
            .fetch_all(p)
            .await
    })?)
}

/// One instrument of a theory.
pub async fn find(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    id: i64,
) -> StoreResult<Option<InstrumentRow>> {
    let sql = format!("{SELECT} AND n.id = $2");
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, InstrumentRow>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(theory)
            .bind(id)
            .fetch_optional(p)
            .await
    })?)
}

/// Deletes an instrument of a theory (the measurements it made stay as the indicator's values).
pub async fn delete(exec: impl Into<Exec<'_>>, theory: i64, id: i64) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM impact_instruments WHERE id = $2 AND indicator_id IN \
         (SELECT id FROM indicators WHERE theory_id = $1)"
    )
    .bind(theory)
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n > 0)
}

/// The items of an instrument, in order.
pub async fn items(exec: impl Into<Exec<'_>>, instrument: i64) -> StoreResult<Vec<ItemRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ItemRow>(
        "SELECT id, label, criteria FROM instrument_items WHERE instrument_id = $1 \
         ORDER BY position, id"
    )
    .bind(instrument)
    .fetch_all(p)
    .await)?)
}

/// Adds an item at the end; returns its id.
pub async fn add_item(
    exec: impl Into<Exec<'_>>,
    instrument: i64,
    label: &str,
    criteria: &str,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO instrument_items (instrument_id, position, label, criteria) VALUES ($1, \
         (SELECT COALESCE(MAX(position), 0) + 1 FROM instrument_items WHERE instrument_id = $1), \
         $2, $3) RETURNING id"
    )
    .bind(instrument)
    .bind(label)
    .bind(criteria)
    .fetch_one(p)
    .await)?)
}

/// Deletes an item that was never scored; `false` when it was (or is not the instrument's).
pub async fn delete_item(
    exec: impl Into<Exec<'_>>,
    instrument: i64,
    item: i64,
) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM instrument_items WHERE id = $2 AND instrument_id = $1 \
         AND NOT EXISTS (SELECT 1 FROM item_scores s WHERE s.item_id = $2)"
    )
    .bind(instrument)
    .bind(item)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n > 0)
}

/// A person's goals for a GAS instrument, in order.
pub async fn goals(
    exec: impl Into<Exec<'_>>,
    instrument: i64,
    subject: i64,
) -> StoreResult<Vec<GoalRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, GoalRow>(
        "SELECT id, goal, weight, expected FROM gas_goals \
         WHERE instrument_id = $1 AND subject_id = $2 ORDER BY id"
    )
    .bind(instrument)
    .bind(subject)
    .fetch_all(p)
    .await)?)
}

/// Adds a goal for a person; returns its id.
pub async fn add_goal(
    exec: impl Into<Exec<'_>>,
    (instrument, subject): (i64, i64),
    (goal, weight, expected): (&str, f64, &str),
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO gas_goals (instrument_id, subject_id, goal, weight, expected, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
    )
    .bind(instrument)
    .bind(subject)
    .bind(goal)
    .bind(weight)
    .bind(expected)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// Deletes a person's goal that was never scored.
pub async fn delete_goal(
    exec: impl Into<Exec<'_>>,
    (instrument, subject): (i64, i64),
    goal: i64,
) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM gas_goals WHERE id = $3 AND instrument_id = $1 AND subject_id = $2 \
         AND NOT EXISTS (SELECT 1 FROM item_scores s WHERE s.goal_id = $3)"
    )
    .bind(instrument)
    .bind(subject)
    .bind(goal)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n > 0)
}

/// A score of an item (`Some(item), None`) or a goal (`None, Some(goal)`).
pub type NewScore = (Option<i64>, Option<i64>, f64);

/// Saves a scoring in the caller's transaction: the measurement and its item scores. `false`
/// when the indicator already has a value for that person, moment and perspective.
pub async fn save_scoring(
    tx: &mut Tx,
    measurement: &NewMeasurement,
    scores: &[NewScore],
    by: i64,
    now: i64,
) -> StoreResult<bool> {
    if !measurements::insert_many(tx, std::slice::from_ref(measurement), by, now).await? {
        return Ok(false);
    }
    let id: i64 = on_read!(Exec::from(&mut *tx), |p| sqlx::query_scalar(
        "SELECT id FROM measurements WHERE indicator_id = $1 AND subject_id = $2 \
         AND timepoint = $3 AND perspective = $4"
    )
    .bind(measurement.indicator)
    .bind(measurement.subject)
    .bind(measurement.timepoint)
    .bind(measurement.perspective)
    .fetch_one(p)
    .await)?;
    for (item, goal, score) in scores {
        on_write!(Exec::from(&mut *tx), |p| sqlx::query(
            "INSERT INTO item_scores (measurement_id, item_id, goal_id, score) \
             VALUES ($1, $2, $3, $4)"
        )
        .bind(id)
        .bind(*item)
        .bind(*goal)
        .bind(*score)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    }
    Ok(true)
}

/// Every item and goal score of a person on an instrument, by timepoint and perspective.
pub async fn scores(
    exec: impl Into<Exec<'_>>,
    instrument: &InstrumentRow,
    subject: i64,
) -> StoreResult<Vec<ScoreRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ScoreRow>(
        "SELECT m.id AS measurement_id, m.timepoint, m.measured_on, m.perspective, \
         m.value AS total, s.item_id, s.goal_id, s.score FROM measurements m \
         JOIN item_scores s ON s.measurement_id = m.id \
         WHERE m.indicator_id = $1 AND m.subject_id = $2 \
         ORDER BY m.measured_on, m.perspective, s.id"
    )
    .bind(instrument.indicator_id)
    .bind(subject)
    .fetch_all(p)
    .await)?)
}
