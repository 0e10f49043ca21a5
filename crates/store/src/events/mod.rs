//! Events: the event itself with its atelier and place counts, its organisers; registrations
//! and the waiting list in `registrations`, guests without an account in `guests`; personal
//! calendar feeds in `feeds`.

pub mod feeds;
pub mod guests;
pub mod registrations;
pub mod reports;

use crate::{Exec, StoreResult};
use domain::UserId;

/// An event as lists, its page and feeds show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    /// Id.
    pub id: i64,
    /// Werkplaats.
    pub werkplaats_id: i64,
    /// Atelier (none: werkplaats-wide).
    pub atelier_id: Option<i64>,
    /// Its name.
    pub atelier_name: Option<String>,
    /// Its URL part.
    pub atelier_slug: Option<String>,
    /// Its visibility code.
    pub atelier_visibility: Option<String>,
    /// Kind code.
    pub kind: String,
    /// Mode code.
    pub mode: String,
    /// Title.
    pub title: String,
    /// URL part.
    pub slug: String,
    /// Markdown.
    pub description: String,
    /// Start (UTC).
    pub starts_at: i64,
    /// End (UTC).
    pub ends_at: i64,
    /// Where.
    pub location: String,
    /// Online link (for registered people only).
    pub online_url: String,
    /// Places (none: unlimited).
    pub capacity: Option<i64>,
    /// Registration closes.
    pub registration_deadline: i64,
    /// Cancelled.
    pub cancelled: bool,
    /// Created.
    pub created_at: i64,
    /// Last changed.
    pub updated_at: i64,
    /// Places held (going and offered).
    pub taken: i64,
    /// On the waiting list.
    pub waiting: i64,
    /// The intervision format chosen for a session.
    pub intervision_format: Option<String>,
}

/// The fields of an event.
#[derive(Debug, Clone, Copy)]
pub struct EventFields<'a> {
    /// Atelier.
    pub atelier: Option<i64>,
    /// Kind code.
    pub kind: &'a str,
    /// Mode code.
    pub mode: &'a str,
    /// Title.
    pub title: &'a str,
    /// URL part.
    pub slug: &'a str,
    /// Markdown.
    pub description: &'a str,
    /// Start.
    pub starts_at: i64,
    /// End.
    pub ends_at: i64,
    /// Where.
    pub location: &'a str,
    /// Online link.
    pub online_url: &'a str,
    /// Places.
    pub capacity: Option<i64>,
    /// Registration closes.
    pub registration_deadline: i64,
}

const SELECT: &str = "SELECT e.id, e.werkplaats_id, e.atelier_id, a.name AS atelier_name, \
    a.slug AS atelier_slug, a.visibility AS atelier_visibility, e.kind, e.mode, e.title, e.slug, \
    e.description, e.starts_at, e.ends_at, e.location, e.online_url, e.capacity, \
    e.registration_deadline, e.cancelled, e.created_at, e.updated_at, \
    (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id \
     AND r.status IN ('going', 'offered')) AS taken, \
    (SELECT COUNT(*) FROM event_registrations r WHERE r.event_id = e.id \
     AND r.status = 'waiting') AS waiting, e.intervision_format \
    FROM events e LEFT JOIN ateliers a ON a.id = e.atelier_id";

/// Stores an event; returns its id.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    werkplaats: i64,
    fields: EventFields<'_>,
    author: UserId,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO events (werkplaats_id, atelier_id, kind, mode, title, slug, description, \
         starts_at, ends_at, location, online_url, capacity, registration_deadline, created_by, \
         created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) \
         RETURNING id"
    )
    .bind(werkplaats)
    .bind(fields.atelier)
    .bind(fields.kind)
    .bind(fields.mode)
    .bind(fields.title)
    .bind(fields.slug)
    .bind(fields.description)
    .bind(fields.starts_at)
    .bind(fields.ends_at)
    .bind(fields.location)
    .bind(fields.online_url)
    .bind(fields.capacity)
    .bind(fields.registration_deadline)
    .bind(author.0)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// Changes an event (the atelier stays); false when it does not exist.
pub async fn update(
    exec: impl Into<Exec<'_>>,
    id: i64,
    fields: EventFields<'_>,
    now: i64,
) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE events SET kind = $2, mode = $3, title = $4, slug = $5, description = $6, \
         starts_at = $7, ends_at = $8, location = $9, online_url = $10, capacity = $11, \
         registration_deadline = $12, updated_at = $13 WHERE id = $1"
    )
    .bind(id)
    .bind(fields.kind)
    .bind(fields.mode)
    .bind(fields.title)
    .bind(fields.slug)
    .bind(fields.description)
    .bind(fields.starts_at)
    .bind(fields.ends_at)
    .bind(fields.location)
    .bind(fields.online_url)
    .bind(fields.capacity)
    .bind(fields.registration_deadline)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Cancels an event (it stays visible, marked cancelled, and feeds say so).
pub async fn cancel(exec: impl Into<Exec<'_>>, id: i64, now: i64) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE events SET cancelled = TRUE, updated_at = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// One event.
pub async fn find(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<Option<EventRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE e.id = $1"));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, EventRow>(sql)
            .bind(id)
            .fetch_optional(p)
            .await
    })?)
}

/// Events of a werkplaats ending after `from`, soonest first (at most `limit`).
pub async fn list_from(
    exec: impl Into<Exec<'_>>,
    werkplaats: i64,
    from: i64,
    limit: i64,
) -> StoreResult<Vec<EventRow>> {
    list_between(exec, werkplaats, (from, i64::MAX), limit).await
}

/// Events of a werkplaats ending after `from` and starting before `until`, soonest first (at
/// most `limit`): a month of the calendar reads only that month.
pub async fn list_between(
    exec: impl Into<Exec<'_>>,
    werkplaats: i64,
    (from, until): (i64, i64),
    limit: i64,
) -> StoreResult<Vec<EventRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE e.werkplaats_id = $1 AND e.ends_at >= $2 AND e.starts_at < $4 \
         ORDER BY e.starts_at, e.id LIMIT $3"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, EventRow>(sql)
            .bind(werkplaats)
            .bind(from)
            .bind(limit)
            .bind(until)
            .fetch_all(p)
            .await
    })?)
}

/// Which events a calendar list may need, narrowed in the query so a reader's list does not
/// read every event of the werkplaats: public events always; those of public ateliers and
/// the werkplaats-wide ones when asked; and those of the given ateliers. The caller still
/// applies its exact rules to what comes back.
#[derive(Debug, Clone, Copy)]
pub struct Among<'a> {
    /// Every event of a public atelier.
    pub public_ateliers: bool,
    /// Every event without an atelier.
    pub werkplaats_wide: bool,
    /// Every event of these ateliers.
    pub ateliers: &'a [i64],
}

/// Like [`list_between`], only the events `among` lets through.
pub async fn list_between_among(
    exec: impl Into<Exec<'_>>,
    werkplaats: i64,
    (from, until): (i64, i64),
    limit: i64,
    among: Among<'_>,
) -> StoreResult<Vec<EventRow>> {
    // The ids are integers, so writing them into the statement is safe; an empty list is FALSE.
    let ateliers = if among.ateliers.is_empty() {
        "FALSE".to_owned()
    } else {
        let ids: Vec<String> = among.ateliers.iter().map(i64::to_string).collect();
        format!("e.atelier_id IN ({})", ids.join(", "))
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE e.werkplaats_id = $1 AND e.ends_at >= $2 AND e.starts_at < $4 \
         AND (e.kind = 'public' OR ($5 AND a.visibility = 'public') \
              OR ($6 AND e.atelier_id IS NULL) OR {ateliers}) \
         ORDER BY e.starts_at, e.id LIMIT $3"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, EventRow>(sql)
            .bind(werkplaats)
            .bind(from)
            .bind(limit)
            .bind(until)
            .bind(among.public_ateliers)
            .bind(among.werkplaats_wide)
            .fetch_all(p)
            .await
    })?)
}

/// An atelier's events starting from `from`, soonest first (at most `limit`).
pub async fn list_by_atelier(
    exec: impl Into<Exec<'_>>,
    atelier: i64,
    from: i64,
    limit: i64,
) -> StoreResult<Vec<EventRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE e.atelier_id = $1 AND e.ends_at >= $2 ORDER BY e.starts_at, e.id LIMIT $3"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, EventRow>(sql)
            .bind(atelier)
            .bind(from)
            .bind(limit)
            .fetch_all(p)
            .await
    })?)
}

/// The events a member registered for (going, maybe, waiting or offered), soonest first.
pub async fn list_registered(
    exec: impl Into<Exec<'_>>,
    user: UserId,
) -> StoreResult<Vec<EventRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE e.id IN (SELECT event_id FROM event_registrations \
         WHERE user_id = $1 AND status <> 'not_going') ORDER BY e.starts_at, e.id"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, EventRow>(sql)
            .bind(user.0)
            .fetch_all(p)
            .await
    })?)
}

/// Adds an organiser.
pub async fn add_organiser(exec: impl Into<Exec<'_>>, event: i64, user: UserId) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO event_organisers (event_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
    )
    .bind(event)
    .bind(user.0)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// An event's organisers as (id, name), by name.
pub async fn organisers(exec: impl Into<Exec<'_>>, event: i64) -> StoreResult<Vec<(i64, String)>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, (i64, String)>(
            "SELECT u.id, u.display_name FROM event_organisers o JOIN users u ON u.id = o.user_id \
         WHERE o.event_id = $1 ORDER BY u.display_name, u.id",
        )
        .bind(event)
        .fetch_all(p)
        .await
    })?)
}

/// Chooses (or clears) the intervision format of a session.
pub async fn set_intervision_format(
    exec: impl Into<Exec<'_>>,
    id: i64,
    format: Option<&str>,
) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE events SET intervision_format = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(format)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Puts an event in a series (the id of the series' first event).
pub async fn set_series(exec: impl Into<Exec<'_>>, id: i64, series: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE events SET series_id = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(series)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The dates of the series an event belongs to as (id, slug, start, cancelled), in order;
/// empty for an event on its own.
pub async fn list_series(
    exec: impl Into<Exec<'_>>,
    id: i64,
) -> StoreResult<Vec<(i64, String, i64, bool)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        (i64, String, i64, bool),
    >(
        "SELECT e.id, e.slug, e.starts_at, e.cancelled FROM events e \
         WHERE e.series_id IS NOT NULL \
         AND e.series_id = (SELECT series_id FROM events WHERE id = $1) \
         ORDER BY e.starts_at, e.id"
    )
    .bind(id)
    .fetch_all(p)
    .await)?)
}
