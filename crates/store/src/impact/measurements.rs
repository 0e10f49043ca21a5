//! Measurements per subject, indicator, timepoint and perspective: saved one by one or many at
//! once (an import, in the caller's transaction), listed per subject, exported, deleted; and
//! staged imports, the upload as read, kept until it is committed or dropped.

use crate::{Exec, StoreResult, Tx};
use std::collections::{HashMap, HashSet};

/// One measurement to save.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMeasurement {
    /// Indicator id.
    pub indicator: i64,
    /// Subject id.
    pub subject: i64,
    /// Timepoint code.
    pub timepoint: &'static str,
    /// `YYYY-MM-DD`.
    pub measured_on: String,
    /// Perspective code.
    pub perspective: &'static str,
    /// Number (none for words).
    pub value: Option<f64>,
    /// Words of a qualitative answer.
    pub answer: String,
    /// Comment on the value.
    pub comment: String,
}

/// A stored measurement with its indicator and subject.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct MeasurementRow {
    /// Id.
    pub id: i64,
    /// Indicator id.
    pub indicator_id: i64,
    /// Indicator code.
    pub code: String,
    /// Subject pseudonym.
    pub pseudonym: String,
    /// Timepoint code.
    pub timepoint: String,
    /// Date.
    pub measured_on: String,
    /// Perspective code.
    pub perspective: String,
    /// Number.
    pub value: Option<f64>,
    /// Words.
    pub answer: String,
    /// Comment.
    pub comment: String,
}

/// Rows per INSERT statement (well under SQLite's limit of bound values).
const CHUNK: usize = 400;

/// Saves measurements in the caller's transaction; `false` (nothing is kept once the caller
/// rolls back) when one of them already exists.
pub async fn insert_many(
    tx: &mut Tx,
    rows: &[NewMeasurement],
    by: i64,
    now: i64,
) -> StoreResult<bool> {
    // An end row whose baseline comes in the same batch gets it at once; only pairs split
    // over batches need the update afterwards (a full file of baselines and ends needs none).
    let key = |r: &NewMeasurement| (r.indicator, r.subject, r.perspective);
    let baselines: HashMap<(i64, i64, &str), Option<f64>> = rows
        .iter()
        .filter(|r| r.timepoint == "baseline")
        .map(|r| (key(r), r.value))
        .collect();
    let ends: HashSet<(i64, i64, &str)> = rows
        .iter()
        .filter(|r| r.timepoint == "end")
        .map(key)
        .collect();
    for chunk in rows.chunks(CHUNK) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| {
                let b = i * 9;
                let places: Vec<String> = (3..12).map(|k| format!("${}", b + k)).collect();
                format!("({}, $1, $2)", places.join(", "))
            })
            .collect();
        let sql = sqlx::AssertSqlSafe(format!(
            "INSERT INTO measurements (indicator_id, subject_id, timepoint, measured_on, \
             perspective, value, answer, comment, baseline_value, created_by, created_at) \
             VALUES {} ON CONFLICT (indicator_id, subject_id, timepoint, perspective) DO NOTHING",
            values.join(", ")
        ));
        let inserted = on_write!(Exec::from(&mut *tx), |p| {
            let mut q = sqlx::query(sql).bind(by).bind(now);
            for r in chunk {
                q = q
                    .bind(r.indicator)
                    .bind(r.subject)
                    .bind(r.timepoint)
                    .bind(r.measured_on.as_str())
                    .bind(r.perspective)
                    .bind(r.value)
                    .bind(r.answer.as_str())
                    .bind(r.comment.as_str())
                    .bind(if r.timepoint == "end" {
                        baselines.get(&key(r)).copied().flatten()
                    } else {
                        None
                    });
            }
            q.execute(p).await.map(|r| r.rows_affected())
        })?;
        if inserted != chunk.len() as u64 {
            return Ok(false);
        }
    }
    let mut touched: Vec<(i64, Vec<i64>)> = Vec::new();
    for r in rows {
        let split = match r.timepoint {
            "baseline" => !ends.contains(&key(r)),
            "end" => !baselines.contains_key(&key(r)),
            _ => false,
        };
        match touched.iter_mut().find(|(i, _)| *i == r.indicator) {
            Some((_, subjects)) if split => subjects.push(r.subject),
            Some(_) => {}
            None => touched.push((
                r.indicator,
                if split { vec![r.subject] } else { Vec::new() },
            )),
        }
    }
    for (indicator, mut subjects) in touched {
        subjects.sort_unstable();
        subjects.dedup();
        if !subjects.is_empty() {
            link_baselines(tx, indicator, &subjects).await?;
        }
        super::touch_indicator(&mut *tx, indicator).await?;
    }
    Ok(true)
}

/// Copies each subject's baseline value onto their end measurement of `indicator` (or clears
/// it when there is no baseline), so the pre–post change reads end rows only.
async fn link_baselines(tx: &mut Tx, indicator: i64, subjects: &[i64]) -> StoreResult<()> {
    for chunk in subjects.chunks(CHUNK) {
        let list: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = sqlx::AssertSqlSafe(format!(
            "UPDATE measurements SET baseline_value = (SELECT b.value FROM measurements b              WHERE b.indicator_id = measurements.indicator_id                AND b.subject_id = measurements.subject_id                AND b.perspective = measurements.perspective AND b.timepoint = 'baseline')              WHERE indicator_id = $1 AND timepoint = 'end' AND subject_id IN ({})",
            list.join(", ")
        ));
        on_write!(Exec::from(&mut *tx), |p| {
            let mut q = sqlx::query(sql).bind(indicator);
            for s in chunk {
                q = q.bind(*s);
            }
            q.execute(p).await.map(|r| r.rows_affected())
        })?;
    }
    Ok(())
}

const SELECT: &str = "SELECT m.id, m.indicator_id, i.code, s.pseudonym, m.timepoint, \
     m.measured_on, m.perspective, m.value, m.answer, m.comment FROM measurements m \
     JOIN indicators i ON i.id = m.indicator_id JOIN impact_subjects s ON s.id = m.subject_id";

/// The measurements of one subject, by indicator, timepoint and perspective.
pub async fn for_subject(
    exec: impl Into<Exec<'_>>,
    subject: i64,
) -> StoreResult<Vec<MeasurementRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE m.subject_id = $1 ORDER BY i.code, m.measured_on, m.perspective"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        MeasurementRow,
    >(sql)
    .bind(subject)
    .fetch_all(p)
    .await)?)
}

/// Every measurement of a theory for export, by pseudonym, indicator and date.
pub async fn for_theory(
    exec: impl Into<Exec<'_>>,
    theory: i64,
) -> StoreResult<Vec<MeasurementRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE i.theory_id = $1 ORDER BY s.pseudonym, i.code, m.measured_on, m.perspective"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        MeasurementRow,
    >(sql)
    .bind(theory)
    .fetch_all(p)
    .await)?)
}

/// What is already recorded in a theory: (indicator, subject, timepoint, perspective).
pub async fn keys(
    exec: impl Into<Exec<'_>>,
    theory: i64,
) -> StoreResult<Vec<(i64, i64, String, String)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        (i64, i64, String, String),
    >(
        "SELECT m.indicator_id, m.subject_id, m.timepoint, m.perspective FROM measurements m \
         JOIN indicators i ON i.id = m.indicator_id WHERE i.theory_id = $1"
    )
    .bind(theory)
    .fetch_all(p)
    .await)?)
}

/// Deletes one measurement of a subject (in the caller's transaction, with the baseline link
/// of its end row and the indicator's version); false when it was not there.
pub async fn delete(tx: &mut Tx, subject: i64, id: i64) -> StoreResult<bool> {
    let indicator: Option<i64> = on_write!(Exec::from(&mut *tx), |p| sqlx::query_scalar(
        "DELETE FROM measurements WHERE subject_id = $1 AND id = $2 RETURNING indicator_id"
    )
    .bind(subject)
    .bind(id)
    .fetch_optional(p)
    .await)?;
    let Some(indicator) = indicator else {
        return Ok(false);
    };
    link_baselines(tx, indicator, &[subject]).await?;
    super::touch_indicator(&mut *tx, indicator).await?;
    Ok(true)
}

/// Keeps an upload (its cells as JSON) for preview and correction; returns its id.
pub async fn stage_import(
    exec: impl Into<Exec<'_>>,
    (theory, user): (i64, i64),
    file_name: &str,
    cells: &str,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO impact_imports (theory_id, user_id, file_name, cells, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(theory)
    .bind(user)
    .bind(file_name)
    .bind(cells)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// A staged upload of this user for this theory, kept since `not_before` or later:
/// (file name, cells JSON).
pub async fn staged_import(
    exec: impl Into<Exec<'_>>,
    (theory, user): (i64, i64),
    id: i64,
    not_before: i64,
) -> StoreResult<Option<(String, String)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        (String, String),
    >(
        "SELECT file_name, cells FROM impact_imports WHERE id = $1 AND theory_id = $2 \
         AND user_id = $3 AND created_at >= $4"
    )
    .bind(id)
    .bind(theory)
    .bind(user)
    .bind(not_before)
    .fetch_optional(p)
    .await)?)
}

/// Drops every staged upload of a theory (after a consent withdrawal: uploads may hold the
/// person's values, and cannot be filtered per pseudonym cheaply).
pub async fn drop_imports_of(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM impact_imports WHERE theory_id = $1"
    )
    .bind(theory)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// True when every one of `subjects` still has consent for evaluation. On PostgreSQL the
/// consent rows are locked for share, so a withdrawal waits for the caller's transaction (and
/// then deletes what it saved) or the caller sees the withdrawal; SQLite has one writer.
pub async fn consent_stands(tx: &mut Tx, subjects: &[i64]) -> StoreResult<bool> {
    let mut distinct = subjects.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let lock = if Exec::from(&mut *tx).is_sqlite() {
        ""
    } else {
        " FOR SHARE"
    };
    for chunk in distinct.chunks(CHUNK) {
        let list: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 1)).collect();
        let sql = sqlx::AssertSqlSafe(format!(
            "SELECT subject_id FROM subject_consents WHERE purpose = 'evaluation' \
             AND withdrawn_at IS NULL AND subject_id IN ({}){lock}",
            list.join(", ")
        ));
        let found: Vec<i64> = on_read!(Exec::from(&mut *tx), |p| {
            let mut q = sqlx::query_scalar(sql);
            for s in chunk {
                q = q.bind(*s);
            }
            q.fetch_all(p).await
        })?;
        if found.len() != chunk.len() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Drops a staged upload (after commit or when abandoned), and any older than `before`.
pub async fn drop_import(exec: impl Into<Exec<'_>>, id: i64, before: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM impact_imports WHERE id = $1 OR created_at < $2"
    )
    .bind(id)
    .bind(before)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
