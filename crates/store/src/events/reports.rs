//! After a meeting: its anonymised session notes and outcome report (key insights, decisions,
//! follow-up actions), and the knowledge item (verslag) made from it.

use crate::{Exec, StoreResult};

/// An event's report.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct ReportRow {
    /// Notes kept during the session (anonymised).
    pub session_notes: String,
    /// Key insights.
    pub insights: String,
    /// Decisions.
    pub decisions: String,
    /// Follow-up actions.
    pub actions: String,
    /// The verslag made when it was published.
    pub report_item_id: Option<i64>,
    /// Last changed.
    pub updated_at: i64,
}

/// The report, if any was written.
pub async fn find(exec: impl Into<Exec<'_>>, event: i64) -> StoreResult<Option<ReportRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ReportRow>(
        "SELECT session_notes, insights, decisions, actions, report_item_id, updated_at \
         FROM event_reports WHERE event_id = $1"
    )
    .bind(event)
    .fetch_optional(p)
    .await)?)
}

/// Saves the session notes.
pub async fn save_notes(
    exec: impl Into<Exec<'_>>,
    event: i64,
    notes: &str,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO event_reports (event_id, session_notes, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (event_id) DO UPDATE SET session_notes = excluded.session_notes, \
         updated_at = excluded.updated_at"
    )
    .bind(event)
    .bind(notes)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Saves the outcome: (insights, decisions, actions).
pub async fn save_outcome(
    exec: impl Into<Exec<'_>>,
    event: i64,
    (insights, decisions, actions): (&str, &str, &str),
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO event_reports (event_id, insights, decisions, actions, updated_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO UPDATE SET \
         insights = excluded.insights, decisions = excluded.decisions, \
         actions = excluded.actions, updated_at = excluded.updated_at"
    )
    .bind(event)
    .bind(insights)
    .bind(decisions)
    .bind(actions)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Links the verslag made from the report; false when one was linked already (a second,
/// simultaneous publication then rolls back).
pub async fn set_report_item(
    exec: impl Into<Exec<'_>>,
    event: i64,
    item: i64,
) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE event_reports SET report_item_id = $2 \
         WHERE event_id = $1 AND report_item_id IS NULL"
    )
    .bind(event)
    .bind(item)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}
