//! Agenda topics of an atelier and who supports them.

use crate::{Exec, StoreResult};
use domain::{AtelierId, UserId};

/// A topic with its support.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TopicRow {
    /// Id.
    pub id: i64,
    /// Atelier.
    pub atelier_id: i64,
    /// Title.
    pub title: String,
    /// Why.
    pub description: String,
    /// Status code.
    pub status: String,
    /// When scheduled, or why closed.
    pub status_note: String,
    /// Who proposed it: the name, or none when the account is gone or its owner chose not to
    /// be named with contributions.
    pub proposed_by_name: Option<String>,
    /// How many members support it.
    pub supporters: i64,
    /// 1 when the viewer supports it.
    pub mine: i64,
}

/// Stores a proposed topic.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    proposed_by: UserId,
    title: &str,
    description: &str,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO agenda_topics (atelier_id, proposed_by, title, description, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(atelier.0)
    .bind(proposed_by.0)
    .bind(title)
    .bind(description)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

const SELECT: &str = "SELECT t.id, t.atelier_id, t.title, t.description, t.status, t.status_note, \
    CASE WHEN u.attribute_by_name THEN u.display_name END AS proposed_by_name, \
    (SELECT COUNT(*) FROM agenda_supports s WHERE s.topic_id = t.id) AS supporters, \
    (SELECT COUNT(*) FROM agenda_supports s WHERE s.topic_id = t.id AND s.user_id = $2) AS mine \
    FROM agenda_topics t LEFT JOIN users u ON u.id = t.proposed_by";

/// The topics of an atelier, most supported first, as `viewer` sees them (0: nobody).
pub async fn list_by_atelier(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    viewer: i64,
) -> StoreResult<Vec<TopicRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE t.atelier_id = $1 ORDER BY supporters DESC, t.created_at, t.id"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, TopicRow>(
        sql
    )
    .bind(atelier.0)
    .bind(viewer)
    .fetch_all(p)
    .await)?)
}

/// One topic of an atelier.
pub async fn find(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    topic: i64,
) -> StoreResult<Option<TopicRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE t.atelier_id = $1 AND t.id = $3"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, TopicRow>(
        sql
    )
    .bind(atelier.0)
    .bind(0_i64)
    .bind(topic)
    .fetch_optional(p)
    .await)?)
}

/// Adds support (idempotent).
pub async fn insert_support(
    exec: impl Into<Exec<'_>>,
    topic: i64,
    user: UserId,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO agenda_supports (topic_id, user_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING"
    )
    .bind(topic)
    .bind(user.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Withdraws support; true when there was support to withdraw.
pub async fn delete_support(
    exec: impl Into<Exec<'_>>,
    topic: i64,
    user: UserId,
) -> StoreResult<bool> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM agenda_supports WHERE topic_id = $1 AND user_id = $2"
    )
    .bind(topic)
    .bind(user.0)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Schedules or closes a proposed topic; false when it was no longer proposed.
pub async fn update_status(
    exec: impl Into<Exec<'_>>,
    topic: i64,
    status: &str,
    note: &str,
    decided_by: UserId,
    now: i64,
) -> StoreResult<bool> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "UPDATE agenda_topics SET status = $2, status_note = $3, decided_by = $4, decided_at = $5 \
         WHERE id = $1 AND status = 'proposed'"
    )
    .bind(topic)
    .bind(status)
    .bind(note)
    .bind(decided_by.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Schedules a topic into a meeting (also one scheduled before without a meeting); false when
/// it was closed or belongs to another atelier.
pub async fn schedule_into_event(
    exec: impl Into<Exec<'_>>,
    (atelier, topic): (AtelierId, i64),
    event: i64,
    note: &str,
    decided_by: UserId,
    now: i64,
) -> StoreResult<bool> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "UPDATE agenda_topics SET status = 'scheduled', event_id = $3, status_note = $4, \
         decided_by = $5, decided_at = $6 \
         WHERE id = $1 AND atelier_id = $2 AND status IN ('proposed', 'scheduled')"
    )
    .bind(topic)
    .bind(atelier.0)
    .bind(event)
    .bind(note)
    .bind(decided_by.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// The topics scheduled into a meeting as (id, title, description), oldest first.
pub async fn list_for_event(
    exec: impl Into<Exec<'_>>,
    event: i64,
) -> StoreResult<Vec<(i64, String, String)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        (i64, String, String),
    >(
        "SELECT id, title, description FROM agenda_topics WHERE event_id = $1 ORDER BY id"
    )
    .bind(event)
    .fetch_all(p)
    .await)?)
}
