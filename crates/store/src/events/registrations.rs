//! Registrations and the waiting list. Every change of who holds a place runs in one
//! transaction that first locks the event row (`lock_event`), so two cancellations at the same
//! moment never promote two people into one freed place.

use crate::{Exec, StoreResult, Tx};
use domain::UserId;

/// A member's registration for an event.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RegistrationRow {
    /// Status code.
    pub status: String,
    /// An offered place is held until then.
    pub offered_until: Option<i64>,
    /// Since when the status holds (the waiting list's order).
    pub status_since: i64,
    /// Was there.
    pub checked_in: bool,
}

/// A registration with the person (member or guest), for organisers.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttendeeRow {
    /// The registration.
    pub id: i64,
    /// Member (none: a guest without an account).
    pub user_id: Option<i64>,
    /// Name.
    pub display_name: String,
    /// E-mail address.
    pub email: String,
    /// Organisation.
    pub organisation: String,
    /// Background code.
    pub background: String,
    /// Status code.
    pub status: String,
    /// Offer held until.
    pub offered_until: Option<i64>,
    /// Since when.
    pub status_since: i64,
    /// Was there.
    pub checked_in: bool,
}

/// Locks the event's row until the transaction ends (a no-op write: on PostgreSQL a row lock,
/// on SQLite the database's write lock).
pub async fn lock_event(tx: &mut Tx, event: i64) -> StoreResult<bool> {
    let locked = on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "UPDATE events SET updated_at = updated_at WHERE id = $1"
    )
    .bind(event)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(locked == 1)
}

/// A member's registration, if any.
pub async fn find(
    exec: impl Into<Exec<'_>>,
    event: i64,
    user: UserId,
) -> StoreResult<Option<RegistrationRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        RegistrationRow,
    >(
        "SELECT status, offered_until, status_since, checked_in FROM event_registrations \
         WHERE event_id = $1 AND user_id = $2"
    )
    .bind(event)
    .bind(user.0)
    .fetch_optional(p)
    .await)?)
}

/// Sets a member's status (registering them when new).
pub async fn set(
    exec: impl Into<Exec<'_>>,
    event: i64,
    user: UserId,
    status: &str,
    offered_until: Option<i64>,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO event_registrations (event_id, user_id, status, offered_until, status_since) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id, user_id) DO UPDATE SET \
         status = excluded.status, offered_until = excluded.offered_until, \
         status_since = excluded.status_since"
    )
    .bind(event)
    .bind(user.0)
    .bind(status)
    .bind(offered_until)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Places held: going and offered.
pub async fn count_taken(exec: impl Into<Exec<'_>>, event: i64) -> StoreResult<i64> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM event_registrations WHERE event_id = $1 \
         AND status IN ('going', 'offered')"
    )
    .bind(event)
    .fetch_one(p)
    .await)?)
}

/// The first registration on the waiting list.
pub async fn first_waiting(exec: impl Into<Exec<'_>>, event: i64) -> StoreResult<Option<i64>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT id FROM event_registrations WHERE event_id = $1 AND status = 'waiting' \
         ORDER BY status_since, id LIMIT 1"
    )
    .bind(event)
    .fetch_optional(p)
    .await)?)
}

/// Everyone registered for an event: going first, then offered, waiting (in order), maybe and
/// not going; by name within each.
pub async fn list(exec: impl Into<Exec<'_>>, event: i64) -> StoreResult<Vec<AttendeeRow>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, AttendeeRow>(
            "SELECT r.id, r.user_id, COALESCE(u.display_name, r.guest_name, '') AS display_name, \
         COALESCE(u.email, r.guest_email, '') AS email, COALESCE(u.organisation, '') AS organisation, \
         COALESCE(u.background, 'guest') AS background, r.status, \
         r.offered_until, r.status_since, r.checked_in \
         FROM event_registrations r LEFT JOIN users u ON u.id = r.user_id \
         WHERE r.event_id = $1 AND r.status <> 'pending' \
         ORDER BY CASE r.status WHEN 'going' THEN 0 WHEN 'offered' THEN 1 WHEN 'waiting' THEN 2 \
         WHEN 'maybe' THEN 3 ELSE 4 END, \
         CASE WHEN r.status = 'waiting' THEN r.status_since ELSE 0 END, display_name, r.id",
        )
        .bind(event)
        .fetch_all(p)
        .await
    })?)
}

/// Offers that ran out before `now`: (event, registration).
pub async fn expired_offers(exec: impl Into<Exec<'_>>, now: i64) -> StoreResult<Vec<(i64, i64)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, (i64, i64)>(
        "SELECT r.event_id, r.id FROM event_registrations r JOIN events e ON e.id = r.event_id \
         WHERE r.status = 'offered' AND r.offered_until < $1 \
         AND e.cancelled = FALSE AND e.starts_at > $1 ORDER BY r.offered_until"
    )
    .bind(now)
    .fetch_all(p)
    .await)?)
}

/// Records whether someone came; false when the registration is not this event's.
pub async fn set_checked_in(
    exec: impl Into<Exec<'_>>,
    event: i64,
    registration: i64,
    came: bool,
) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE event_registrations SET checked_in = $3 WHERE event_id = $1 AND id = $2"
    )
    .bind(event)
    .bind(registration)
    .bind(came)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Sets a registration's status by its id.
pub async fn set_by_id(
    exec: impl Into<Exec<'_>>,
    id: i64,
    status: &str,
    offered_until: Option<i64>,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE event_registrations SET status = $2, offered_until = $3, status_since = $4 \
         WHERE id = $1"
    )
    .bind(id)
    .bind(status)
    .bind(offered_until)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Who a registration is for: (member, e-mail, locale or none for a guest).
pub async fn recipient(
    exec: impl Into<Exec<'_>>,
    id: i64,
) -> StoreResult<Option<(Option<i64>, String, Option<String>)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        (Option<i64>, String, Option<String>),
    >(
        "SELECT r.user_id, COALESCE(u.email, r.guest_email, ''), u.locale \
         FROM event_registrations r LEFT JOIN users u ON u.id = r.user_id WHERE r.id = $1"
    )
    .bind(id)
    .fetch_optional(p)
    .await)?)
}

/// Registrations of people coming to events that start between `from` and `to`, not yet
/// reminded, not cancelled, leaving out members who turned reminders off: (registration, event).
pub async fn due_reminders(
    exec: impl Into<Exec<'_>>,
    from: i64,
    to: i64,
) -> StoreResult<Vec<(i64, i64)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, (i64, i64)>(
        "SELECT r.id, r.event_id FROM event_registrations r JOIN events e ON e.id = r.event_id \
         WHERE r.status = 'going' AND r.reminded_at IS NULL AND e.cancelled = FALSE \
         AND e.starts_at > $1 AND e.starts_at <= $2 \
         AND NOT EXISTS (SELECT 1 FROM notification_settings s \
                         WHERE s.user_id = r.user_id AND s.event_reminders = FALSE) \
         ORDER BY e.starts_at, r.id"
    )
    .bind(from)
    .bind(to)
    .fetch_all(p)
    .await)?)
}

/// Notes that a registration got its reminder.
pub async fn mark_reminded(exec: impl Into<Exec<'_>>, id: i64, now: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE event_registrations SET reminded_at = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Closes the waiting list of a cancelled event: waiting and offered become not going.
pub async fn close_waiting_list(
    exec: impl Into<Exec<'_>>,
    event: i64,
    now: i64,
) -> StoreResult<u64> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "UPDATE event_registrations SET status = 'not_going', offered_until = NULL, \
         status_since = $2 WHERE event_id = $1 AND status IN ('waiting', 'offered')"
    )
    .bind(event)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?)
}
