//! Reports: drafts composed from live data, published ones frozen as a JSON snapshot, and new
//! versions that follow a published one. Share links are in [`shares`].

pub mod atelier;
pub mod shares;

use crate::{Exec, StoreResult};

/// A report row.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReportRow {
    /// Id.
    pub id: i64,
    /// `impact` or `atelier`.
    pub kind: String,
    /// The impact model reported on.
    pub theory_id: Option<i64>,
    /// The atelier reported on.
    pub atelier_id: Option<i64>,
    /// The impact plan that opens the report.
    pub plan_id: Option<i64>,
    /// Template code.
    pub template: String,
    /// Title.
    pub title: String,
    /// First day (YYYY-MM-DD).
    pub period_from: String,
    /// Last day (YYYY-MM-DD).
    pub period_to: String,
    /// JSON array of section layouts.
    pub layout: String,
    /// Version in its line (1, 2, …).
    pub version: i64,
    /// The report this version follows.
    pub previous_id: Option<i64>,
    /// Frozen data (published reports only).
    pub snapshot: Option<String>,
    /// When it was published.
    pub published_at: Option<i64>,
    /// Created.
    pub created_at: i64,
    /// Last changed.
    pub updated_at: i64,
}

/// What a report's settings are.
#[derive(Debug, Clone, Copy)]
pub struct ReportFields<'a> {
    /// The impact plan that opens the report.
    pub plan: Option<i64>,
    /// Template code.
    pub template: &'a str,
    /// Title.
    pub title: &'a str,
    /// First day.
    pub from: &'a str,
    /// Last day.
    pub to: &'a str,
    /// JSON array of section layouts.
    pub layout: &'a str,
}

/// Who or what a report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A theory's impact model.
    Theory(i64),
    /// An atelier.
    Atelier(i64),
}

const SELECT: &str = "SELECT id, kind, theory_id, atelier_id, plan_id, template, title, \
     period_from, period_to, layout, version, previous_id, snapshot, published_at, created_at, \
     updated_at FROM reports";

/// Saves a new draft (version 1, or the next version after `previous`); returns its id.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    subject: Subject,
    fields: ReportFields<'_>,
    (previous, version): (Option<i64>, i64),
    (by, now): (i64, i64),
) -> StoreResult<i64> {
    let (kind, theory, atelier) = match subject {
        Subject::Theory(id) => ("impact", Some(id), None),
        Subject::Atelier(id) => ("atelier", None, Some(id)),
    };
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO reports (kind, theory_id, atelier_id, plan_id, template, title, \
         period_from, period_to, layout, version, previous_id, created_by, created_at, \
         updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) \
         RETURNING id"
    )
    .bind(kind)
    .bind(theory)
    .bind(atelier)
    .bind(fields.plan)
    .bind(fields.template)
    .bind(fields.title)
    .bind(fields.from)
    .bind(fields.to)
    .bind(fields.layout)
    .bind(version)
    .bind(previous)
    .bind(by)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// Changes a draft's settings; false when there is no such draft (a published report is
/// never changed).
pub async fn update(
    exec: impl Into<Exec<'_>>,
    id: i64,
    fields: ReportFields<'_>,
    now: i64,
) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE reports SET plan_id = $2, template = $3, title = $4, period_from = $5, \
         period_to = $6, layout = $7, updated_at = $8 WHERE id = $1 AND snapshot IS NULL"
    )
    .bind(id)
    .bind(fields.plan)
    .bind(fields.template)
    .bind(fields.title)
    .bind(fields.from)
    .bind(fields.to)
    .bind(fields.layout)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Freezes a draft with its composed data; false when it is not a draft (already published).
pub async fn publish(
    exec: impl Into<Exec<'_>>,
    id: i64,
    snapshot: &str,
    (by, now): (i64, i64),
) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE reports SET snapshot = $2, published_at = $3, published_by = $4, \
         updated_at = $3 WHERE id = $1 AND snapshot IS NULL"
    )
    .bind(id)
    .bind(snapshot)
    .bind(now)
    .bind(by)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The report with `id`.
pub async fn find(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<Option<ReportRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE id = $1"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ReportRow>(
        sql
    )
    .bind(id)
    .fetch_optional(p)
    .await)?)
}

/// The reports about `subject`, newest first.
pub async fn list(exec: impl Into<Exec<'_>>, subject: Subject) -> StoreResult<Vec<ReportRow>> {
    let (column, id) = match subject {
        Subject::Theory(id) => ("theory_id", id),
        Subject::Atelier(id) => ("atelier_id", id),
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE {column} = $1 ORDER BY created_at DESC, id DESC"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ReportRow>(
        sql
    )
    .bind(id)
    .fetch_all(p)
    .await)?)
}

/// Deletes a draft; false when there is no such draft (published reports are kept).
pub async fn delete_draft(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM reports WHERE id = $1 AND snapshot IS NULL"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The version a new report after `id` gets: one more than the highest in its line so far.
pub async fn next_version(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<i64> {
    let n: Option<i64> = on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT MAX(version) FROM reports WHERE id = $1 OR previous_id = $1"
    )
    .bind(id)
    .fetch_one(p)
    .await)?;
    Ok(n.unwrap_or(0) + 1)
}
