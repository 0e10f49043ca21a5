//! Guests of public events: people without an account who register with their name and e-mail
//! address and confirm with the secret link in a mail (only its hash is stored). Their data is
//! deleted 30 days after the event unless they asked to stay informed.

use crate::{Exec, StoreResult};

/// A guest's registration.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct GuestRow {
    /// The registration.
    pub id: i64,
    /// Event.
    pub event_id: i64,
    /// Name as given.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Status code (`pending` until the link is used).
    pub status: String,
    /// An offered place is held until then.
    pub offered_until: Option<i64>,
    /// Asked to hear about later events.
    pub keep_informed: bool,
}

/// Registers a guest as pending with the hash of their link; the same address for the same
/// event gets a new link instead of a second registration (name and choices stay as the
/// address's owner gave them). Returns the registration's id.
pub async fn upsert(
    exec: impl Into<Exec<'_>>,
    event: i64,
    (name, email): (&str, &str),
    token_hash: &str,
    keep_informed: bool,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO event_registrations (event_id, guest_name, guest_email, guest_token_hash, \
         keep_informed, status, status_since) VALUES ($1, $2, $3, $4, $5, 'pending', $6) \
         ON CONFLICT (event_id, guest_email) DO UPDATE SET \
         guest_token_hash = excluded.guest_token_hash RETURNING id"
    )
    .bind(event)
    .bind(name)
    .bind(email)
    .bind(token_hash)
    .bind(keep_informed)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// The guest registration a link opens.
pub async fn find_by_token(
    exec: impl Into<Exec<'_>>,
    token_hash: &str,
) -> StoreResult<Option<GuestRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, GuestRow>(
        "SELECT id, event_id, COALESCE(guest_name, '') AS name, \
         COALESCE(guest_email, '') AS email, status, offered_until, keep_informed \
         FROM event_registrations WHERE guest_token_hash = $1 AND user_id IS NULL"
    )
    .bind(token_hash)
    .fetch_optional(p)
    .await)?)
}

/// Gives a guest registration a new link (for a mail that offers a freed place).
pub async fn set_token(exec: impl Into<Exec<'_>>, id: i64, token_hash: &str) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE event_registrations SET guest_token_hash = $2 WHERE id = $1 AND user_id IS NULL"
    )
    .bind(id)
    .bind(token_hash)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Deletes the guests of events that ended before `before`, except confirmed guests who asked
/// to stay informed; returns how many.
pub async fn delete_after_events_ended_before(
    exec: impl Into<Exec<'_>>,
    before: i64,
) -> StoreResult<u64> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM event_registrations WHERE user_id IS NULL \
         AND (keep_informed = FALSE OR status = 'pending') \
         AND event_id IN (SELECT id FROM events WHERE ends_at < $1)"
    )
    .bind(before)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?)
}

/// A guest withdraws the wish to stay informed (when they cancel).
pub async fn forget_keep_informed(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE event_registrations SET keep_informed = FALSE WHERE id = $1 AND user_id IS NULL"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
