//! What an atelier report is made of, over a period (Unix seconds, both ends included): members
//! and meeting attendance by professional background, meetings with their outcome reports,
//! knowledge products published and how often they were taken into collections, activities
//! per member (for the give/take aggregate, never shown per person), and stage changes.

use crate::{Exec, StoreResult};

/// A meeting in the period with how many came and what it yielded.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct MeetingRow {
    /// Event id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// `meeting`, `intervision` or `public`.
    pub kind: String,
    /// Start (Unix seconds).
    pub starts_at: i64,
    /// Registered as going.
    pub going: i64,
    /// Checked in at the door.
    pub checked_in: i64,
    /// Key insights from the published outcome report (empty otherwise).
    pub insights: String,
    /// Decisions.
    pub decisions: String,
    /// Follow-up actions.
    pub actions: String,
}

/// A knowledge product published in the period.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct ProductRow {
    /// Item id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Kind code.
    pub kind: String,
    /// Published (Unix seconds).
    pub published_at: i64,
    /// Collections (of any atelier) it is part of: reuse beyond its own page.
    pub collections: i64,
}

/// Active members per background: (background, count).
pub async fn members_by_background(
    exec: impl Into<Exec<'_>>,
    atelier: i64,
) -> StoreResult<Vec<(String, i64)>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, (String, i64)>(
            "SELECT u.background, COUNT(*) FROM atelier_members m JOIN users u ON u.id = m.user_id \
         WHERE m.atelier_id = $1 AND m.status = 'active' GROUP BY u.background \
         ORDER BY u.background",
        )
        .bind(atelier)
        .fetch_all(p)
        .await
    })?)
}

/// The atelier's meetings in the period that were not cancelled, oldest first. What a meeting
/// yielded is only taken from an outcome report the participants published (as a verslag),
/// and never from an intervision session, whose reflections stay with those present.
pub async fn meetings(
    exec: impl Into<Exec<'_>>,
    atelier: i64,
    (from, to): (i64, i64),
) -> StoreResult<Vec<MeetingRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, MeetingRow>(
        "SELECT e.id, e.title, e.kind, e.starts_at, \
         (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id \
          AND r.status = 'going') AS going, \
         (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id \
          AND r.checked_in = TRUE) AS checked_in, \
         CASE WHEN o.report_item_id IS NOT NULL AND e.kind <> 'intervision' \
          THEN o.insights ELSE '' END AS insights, \
         CASE WHEN o.report_item_id IS NOT NULL AND e.kind <> 'intervision' \
          THEN o.decisions ELSE '' END AS decisions, \
         CASE WHEN o.report_item_id IS NOT NULL AND e.kind <> 'intervision' \
          THEN o.actions ELSE '' END AS actions \
         FROM events e LEFT JOIN event_reports o ON o.event_id = e.id \
         WHERE e.atelier_id = $1 AND e.cancelled = FALSE AND e.starts_at >= $2 \
         AND e.starts_at <= $3 ORDER BY e.starts_at, e.id"
    )
    .bind(atelier)
    .bind(from)
    .bind(to)
    .fetch_all(p)
    .await)?)
}

/// Members who came to the period's meetings, per background: (background, attendances).
/// Someone counts as having come when checked in, or registered as going where nobody was
/// checked in at that meeting.
pub async fn attendance_by_background(
    exec: impl Into<Exec<'_>>,
    atelier: i64,
    (from, to): (i64, i64),
) -> StoreResult<Vec<(String, i64)>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, (String, i64)>(
            "SELECT u.background, COUNT(*) FROM event_registrations r \
         JOIN events e ON e.id = r.event_id JOIN users u ON u.id = r.user_id \
         WHERE e.atelier_id = $1 AND e.cancelled = FALSE AND e.starts_at >= $2 \
         AND e.starts_at <= $3 AND (r.checked_in = TRUE OR (r.status = 'going' AND NOT EXISTS \
         (SELECT 1 FROM event_registrations c WHERE c.event_id = e.id AND c.checked_in = TRUE))) \
         GROUP BY u.background ORDER BY u.background",
        )
        .bind(atelier)
        .bind(from)
        .bind(to)
        .fetch_all(p)
        .await
    })?)
}

/// Knowledge products of the atelier published in the period, oldest first.
pub async fn products(
    exec: impl Into<Exec<'_>>,
    atelier: i64,
    (from, to): (i64, i64),
) -> StoreResult<Vec<ProductRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ProductRow>(
        "SELECT k.id, k.title, k.kind, k.published_at, \
         (SELECT COUNT(*) FROM knowledge_collection_items c WHERE c.item_id = k.id) \
         AS collections FROM knowledge_items k WHERE k.atelier_id = $1 \
         AND k.status = 'published' AND k.published_at >= $2 AND k.published_at <= $3 \
         ORDER BY k.published_at, k.id"
    )
    .bind(atelier)
    .bind(from)
    .bind(to)
    .fetch_all(p)
    .await)?)
}

/// Activities in the period per member and kind: (member, kind code, count). Only ever
/// summed into an aggregate; never shown per member.
pub async fn activities(
    exec: impl Into<Exec<'_>>,
    atelier: i64,
    (from, to): (i64, i64),
) -> StoreResult<Vec<(i64, String, i64)>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, (i64, String, i64)>(
        "SELECT user_id, kind, COUNT(*) FROM activities WHERE atelier_id = $1 AND user_id IS NOT NULL \
         AND created_at >= $2 AND created_at <= $3 GROUP BY user_id, kind"
    )
    .bind(atelier)
    .bind(from)
    .bind(to)
    .fetch_all(p)
    .await
    })?)
}

/// Stage changes in the period, oldest first: (stage code, reason, when).
pub async fn stage_changes(
    exec: impl Into<Exec<'_>>,
    atelier: i64,
    (from, to): (i64, i64),
) -> StoreResult<Vec<(String, String, i64)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        (String, String, i64),
    >(
        "SELECT stage, reason, changed_at FROM atelier_stage_history WHERE atelier_id = $1 \
         AND changed_at >= $2 AND changed_at <= $3 ORDER BY changed_at, id"
    )
    .bind(atelier)
    .bind(from)
    .bind(to)
    .fetch_all(p)
    .await)?)
}
