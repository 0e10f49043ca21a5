//! Who belongs to which atelier: role, status of a join request, degree of participation.

use crate::{Exec, StoreResult};
use domain::{AtelierId, UserId};

/// A membership (or a request for one) as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MembershipRow {
    /// Atelier.
    pub atelier_id: i64,
    /// Member.
    pub user_id: i64,
    /// Member's display name.
    pub display_name: String,
    /// Member's organisation.
    pub organisation: String,
    /// Member's background code.
    pub background: String,
    /// Role code.
    pub role: String,
    /// Status code.
    pub status: String,
    /// Takes part in meetings.
    pub joins_meetings: bool,
    /// Comes to public events.
    pub joins_public_events: bool,
    /// Takes part online.
    pub joins_online: bool,
    /// The word sent with a join request.
    pub request_message: String,
    /// The facilitator's word with the decision.
    pub decision_message: String,
    /// When asked or joined.
    pub requested_at: i64,
}

/// A membership to store.
pub struct NewMembership<'a> {
    /// Atelier.
    pub atelier: AtelierId,
    /// Member.
    pub user: UserId,
    /// Role code.
    pub role: &'a str,
    /// Status code.
    pub status: &'a str,
    /// Meetings.
    pub meetings: bool,
    /// Public events.
    pub public_events: bool,
    /// Online.
    pub online: bool,
    /// Word with the request.
    pub request_message: &'a str,
}

const SELECT: &str = "SELECT m.atelier_id, m.user_id, u.display_name, u.organisation, u.background, \
    m.role, m.status, m.joins_meetings, m.joins_public_events, m.joins_online, m.request_message, \
    m.decision_message, m.requested_at FROM atelier_members m JOIN users u ON u.id = m.user_id";

/// Stores a membership or a request, replacing an earlier declined request of the same person.
pub async fn upsert(exec: impl Into<Exec<'_>>, m: &NewMembership<'_>, now: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO atelier_members (atelier_id, user_id, role, status, joins_meetings, \
         joins_public_events, joins_online, request_message, requested_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
         ON CONFLICT (atelier_id, user_id) DO UPDATE SET role = excluded.role, \
         status = excluded.status, joins_meetings = excluded.joins_meetings, \
         joins_public_events = excluded.joins_public_events, joins_online = excluded.joins_online, \
         request_message = excluded.request_message, decision_message = '', \
         requested_at = excluded.requested_at, decided_at = NULL, decided_by = NULL"
    )
    .bind(m.atelier.0)
    .bind(m.user.0)
    .bind(m.role)
    .bind(m.status)
    .bind(m.meetings)
    .bind(m.public_events)
    .bind(m.online)
    .bind(m.request_message)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// One person's membership of one atelier (any status).
pub async fn find(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    user: UserId,
) -> StoreResult<Option<MembershipRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE m.atelier_id = $1 AND m.user_id = $2"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, MembershipRow>(sql)
            .bind(atelier.0)
            .bind(user.0)
            .fetch_optional(p)
            .await
    })?)
}

/// The memberships of an atelier with a given status, by name.
pub async fn list_by_atelier(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    status: &str,
) -> StoreResult<Vec<MembershipRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE m.atelier_id = $1 AND m.status = $2 ORDER BY u.display_name, u.id"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, MembershipRow>(sql)
            .bind(atelier.0)
            .bind(status)
            .fetch_all(p)
            .await
    })?)
}

/// The first `limit` members of an atelier with a status: those who lead it first
/// (coordinators, then facilitators), then by name. An atelier's home page shows these.
pub async fn list_first_by_atelier(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    status: &str,
    limit: i64,
) -> StoreResult<Vec<MembershipRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE m.atelier_id = $1 AND m.status = $2 \
         ORDER BY CASE m.role WHEN 'coordinator' THEN 0 WHEN 'facilitator' THEN 1 ELSE 2 END, \
         u.display_name, u.id LIMIT $3"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, MembershipRow>(sql)
            .bind(atelier.0)
            .bind(status)
            .bind(limit)
            .fetch_all(p)
            .await
    })?)
}

/// How many members of an atelier have a status.
pub async fn count_by_atelier(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    status: &str,
) -> StoreResult<i64> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM atelier_members WHERE atelier_id = $1 AND status = $2"
    )
    .bind(atelier.0)
    .bind(status)
    .fetch_one(p)
    .await)?)
}

/// A person's memberships with a given status, in every atelier.
pub async fn list_by_user(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    status: &str,
) -> StoreResult<Vec<MembershipRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE m.user_id = $1 AND m.status = $2 ORDER BY m.atelier_id"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, MembershipRow>(sql)
            .bind(user.0)
            .bind(status)
            .fetch_all(p)
            .await
    })?)
}

/// Decides a pending request: sets the status and the facilitator's message. Returns false
/// when there was no pending request (already decided, withdrawn).
pub async fn update_decision(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    user: UserId,
    status: &str,
    message: &str,
    decided_by: UserId,
    now: i64,
) -> StoreResult<bool> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "UPDATE atelier_members SET status = $3, decision_message = $4, decided_by = $5, \
         decided_at = $6 WHERE atelier_id = $1 AND user_id = $2 AND status = 'requested'"
    )
    .bind(atelier.0)
    .bind(user.0)
    .bind(status)
    .bind(message)
    .bind(decided_by.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Ends a membership (leaving) or withdraws a request.
pub async fn delete(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    user: UserId,
) -> StoreResult<bool> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM atelier_members WHERE atelier_id = $1 AND user_id = $2"
    )
    .bind(atelier.0)
    .bind(user.0)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1))?)
}

/// Active members per atelier of a werkplaats: (atelier id, count).
pub async fn count_active_by_werkplaats(
    exec: impl Into<Exec<'_>>,
    werkplaats: domain::WerkplaatsId,
) -> StoreResult<Vec<(i64, i64)>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, (i64, i64)>(
        "SELECT m.atelier_id, COUNT(*) FROM atelier_members m JOIN ateliers a ON a.id = m.atelier_id \
         WHERE a.werkplaats_id = $1 AND m.status = 'active' GROUP BY m.atelier_id"
    )
    .bind(werkplaats.0)
    .fetch_all(p)
    .await
    })?)
}

/// True when `user` belongs to the werkplaats: listed as its member, or active in one of its
/// ateliers (the same rule the search index applies to `werkplaats` visibility).
pub async fn is_in_werkplaats(
    exec: impl Into<Exec<'_>>,
    werkplaats: domain::WerkplaatsId,
    user: UserId,
) -> StoreResult<bool> {
    let count: i64 = on_read!(exec.into(), |p| {
        sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM werkplaats_members WHERE werkplaats_id = $1 AND user_id = $2) \
         + (SELECT COUNT(*) FROM atelier_members am JOIN ateliers a ON a.id = am.atelier_id \
            WHERE a.werkplaats_id = $1 AND am.user_id = $2 AND am.status = 'active')"
    )
    .bind(werkplaats.0)
    .bind(user.0)
    .fetch_one(p)
    .await
    })?;
    Ok(count > 0)
}

/// What `user` belongs to, for reading: (werkplaatsen, ateliers). Werkplaatsen are those they
/// are listed in plus those of their active ateliers (the rule of `is_in_werkplaats`).
pub async fn list_scope(
    exec: impl Into<Exec<'_>>,
    user: UserId,
) -> StoreResult<(Vec<i64>, Vec<i64>)> {
    let rows: Vec<(String, i64)> = on_read!(exec.into(), |p| sqlx::query_as(
        "SELECT 'w', werkplaats_id FROM werkplaats_members WHERE user_id = $1 \
         UNION SELECT 'w', a.werkplaats_id FROM atelier_members am \
           JOIN ateliers a ON a.id = am.atelier_id WHERE am.user_id = $1 AND am.status = 'active' \
         UNION SELECT 'a', atelier_id FROM atelier_members WHERE user_id = $1 AND status = 'active'"
    )
    .bind(user.0)
    .fetch_all(p)
    .await)?;
    let pick = |kind: &str| {
        let mut ids: Vec<i64> = rows
            .iter()
            .filter(|(k, _)| k == kind)
            .map(|(_, id)| *id)
            .collect();
        ids.sort_unstable();
        ids
    };
    Ok((pick("w"), pick("a")))
}
