//! In-app notifications (mentions, replies, watched threads and categories), each member's
//! digest setting and the unsubscribe token every digest carries.

use crate::{Exec, StoreResult};
use domain::UserId;

/// A notification as the list and the digest show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotificationRow {
    /// Id.
    pub id: i64,
    /// `mention`, `reply`, `watched_thread` or `watched_category`.
    pub kind: String,
    /// The thread.
    pub thread_id: Option<i64>,
    /// Its title.
    pub thread_title: Option<String>,
    /// The post.
    pub post_id: Option<i64>,
    /// Who wrote it.
    pub actor_name: Option<String>,
    /// When.
    pub created_at: i64,
    /// When the member saw it in the app.
    pub read_at: Option<i64>,
}

/// One notification to store.
#[derive(Debug, Clone, Copy)]
pub struct NewNotification<'a> {
    /// For whom.
    pub user: i64,
    /// Kind code.
    pub kind: &'a str,
    /// Thread.
    pub thread: i64,
    /// Post.
    pub post: i64,
    /// Who caused it.
    pub actor: UserId,
}

/// Stores a notification.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    new: NewNotification<'_>,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO notifications (user_id, kind, thread_id, post_id, actor_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(new.user)
    .bind(new.kind)
    .bind(new.thread)
    .bind(new.post)
    .bind(new.actor.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

const SELECT: &str = "SELECT n.id, n.kind, n.thread_id, t.title AS thread_title, n.post_id, \
    u.display_name AS actor_name, n.created_at, n.read_at FROM notifications n \
    LEFT JOIN forum_threads t ON t.id = n.thread_id LEFT JOIN users u ON u.id = n.actor_id";

/// A member's latest notifications, newest first.
pub async fn list_for_user(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    limit: i64,
) -> StoreResult<Vec<NotificationRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT $2"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        NotificationRow,
    >(sql)
    .bind(user.0)
    .bind(limit)
    .fetch_all(p)
    .await)?)
}

/// How many notifications the member has not seen.
pub async fn count_unread(exec: impl Into<Exec<'_>>, user: UserId) -> StoreResult<i64> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL"
    )
    .bind(user.0)
    .fetch_one(p)
    .await)?)
}

/// Marks every notification of the member as seen.
pub async fn mark_all_read(exec: impl Into<Exec<'_>>, user: UserId, now: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL"
    )
    .bind(user.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Notifications not yet in a digest (and not seen in the app), oldest first.
pub async fn pending_digest(
    exec: impl Into<Exec<'_>>,
    user: UserId,
) -> StoreResult<Vec<NotificationRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE n.user_id = $1 AND n.digested_at IS NULL AND n.read_at IS NULL \
         ORDER BY n.created_at, n.id"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        NotificationRow,
    >(sql)
    .bind(user.0)
    .fetch_all(p)
    .await)?)
}

/// Marks the member's pending notifications up to `up_to` (the last one put in the digest)
/// as sent, and when; later ones wait for the next digest.
pub async fn mark_digested(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    up_to: i64,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE notifications SET digested_at = $2 WHERE user_id = $1 AND digested_at IS NULL \
         AND id <= $3"
    )
    .bind(user.0)
    .bind(now)
    .bind(up_to)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// A member's digest frequency (`off` when never set).
pub async fn digest_of(exec: impl Into<Exec<'_>>, user: UserId) -> StoreResult<String> {
    let found: Option<String> = on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT digest FROM notification_settings WHERE user_id = $1"
    )
    .bind(user.0)
    .fetch_optional(p)
    .await)?;
    Ok(found.unwrap_or_else(|| "off".to_owned()))
}

/// Sets a member's digest frequency.
pub async fn set_digest(exec: impl Into<Exec<'_>>, user: UserId, digest: &str) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO notification_settings (user_id, digest) VALUES ($1, $2) \
         ON CONFLICT (user_id) DO UPDATE SET digest = excluded.digest"
    )
    .bind(user.0)
    .bind(digest)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Whether the member wants a reminder a day before events they registered for (default on).
pub async fn event_reminders_of(exec: impl Into<Exec<'_>>, user: UserId) -> StoreResult<bool> {
    let found: Option<bool> = on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT event_reminders FROM notification_settings WHERE user_id = $1"
    )
    .bind(user.0)
    .fetch_optional(p)
    .await)?;
    Ok(found.unwrap_or(true))
}

/// Turns event reminders on or off for a member.
pub async fn set_event_reminders(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    on: bool,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO notification_settings (user_id, event_reminders) VALUES ($1, $2) \
         ON CONFLICT (user_id) DO UPDATE SET event_reminders = excluded.event_reminders"
    )
    .bind(user.0)
    .bind(on)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Records the hash of the unsubscribe token a digest carries (each digest its own).
pub async fn add_unsubscribe_token(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    token_hash: &str,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO digest_unsubscribe_tokens (token_hash, user_id, created_at) \
         VALUES ($1, $2, $3)"
    )
    .bind(token_hash)
    .bind(user.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Turns digests off for whoever holds this unsubscribe token; false when no one does.
pub async fn unsubscribe(exec: impl Into<Exec<'_>>, token_hash: &str) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE notification_settings SET digest = 'off' WHERE user_id = \
         (SELECT user_id FROM digest_unsubscribe_tokens WHERE token_hash = $1)"
    )
    .bind(token_hash)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Forgets unsubscribe tokens made before `before`; returns how many.
pub async fn delete_unsubscribe_tokens_before(
    exec: impl Into<Exec<'_>>,
    before: i64,
) -> StoreResult<u64> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM digest_unsubscribe_tokens WHERE created_at < $1"
    )
    .bind(before)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?)
}

/// Members whose digest is due: (user, e-mail, locale, frequency), for `daily` those last sent
/// before `day_ago`, for `weekly` before `week_ago` (or never).
pub async fn due_digests(
    exec: impl Into<Exec<'_>>,
    day_ago: i64,
    week_ago: i64,
) -> StoreResult<Vec<(i64, String, String, String)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as(
        "SELECT s.user_id, u.email, u.locale, s.digest FROM notification_settings s \
         JOIN users u ON u.id = s.user_id WHERE \
         (s.digest = 'daily' AND COALESCE(s.last_digest_at, 0) <= $1) OR \
         (s.digest = 'weekly' AND COALESCE(s.last_digest_at, 0) <= $2) ORDER BY s.user_id"
    )
    .bind(day_ago)
    .bind(week_ago)
    .fetch_all(p)
    .await)?)
}

/// Notes when a member's digest was last considered (sent or empty).
pub async fn set_last_digest(exec: impl Into<Exec<'_>>, user: UserId, now: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE notification_settings SET last_digest_at = $2 WHERE user_id = $1"
    )
    .bind(user.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
