//! Moderation: flags members raise on posts, and the log of every moderation action (who,
//! when, what and why).

use crate::{Exec, StoreResult};
use domain::UserId;

/// An open flag as the moderators' queue shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FlagRow {
    /// Id.
    pub id: i64,
    /// The flagged post.
    pub post_id: i64,
    /// Its thread.
    pub thread_id: i64,
    /// The thread's title.
    pub thread_title: String,
    /// The category's atelier (none: werkplaats-wide).
    pub atelier_id: Option<i64>,
    /// Who flagged it.
    pub flagged_by: Option<String>,
    /// Why.
    pub reason: String,
    /// When.
    pub created_at: i64,
    /// The post's text.
    pub body: String,
    /// The post is hidden already.
    pub hidden: bool,
}

/// A line of the moderation log.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LogRow {
    /// Who.
    pub actor_name: Option<String>,
    /// `hide`, `restore`, `lock`, `unlock`, `move`, `dismiss`.
    pub action: String,
    /// The post concerned (if any).
    pub post_id: Option<i64>,
    /// Why.
    pub reason: String,
    /// When.
    pub created_at: i64,
}

/// Records a flag; returns its id.
pub async fn insert_flag(
    exec: impl Into<Exec<'_>>,
    post: i64,
    user: UserId,
    reason: &str,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO forum_flags (post_id, user_id, reason, created_at) VALUES ($1, $2, $3, $4) \
         RETURNING id"
    )
    .bind(post)
    .bind(user.0)
    .bind(reason)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// Open flags, oldest first (callers keep those the moderator may see).
pub async fn list_open_flags(exec: impl Into<Exec<'_>>) -> StoreResult<Vec<FlagRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, FlagRow>(
        "SELECT f.id, f.post_id, p.thread_id, t.title AS thread_title, c.atelier_id, \
         u.display_name AS flagged_by, f.reason, f.created_at, p.body, p.hidden \
         FROM forum_flags f JOIN forum_posts p ON p.id = f.post_id \
         JOIN forum_threads t ON t.id = p.thread_id \
         JOIN forum_categories c ON c.id = t.category_id \
         LEFT JOIN users u ON u.id = f.user_id \
         WHERE f.resolved_at IS NULL ORDER BY f.created_at, f.id"
    )
    .fetch_all(p)
    .await)?)
}

/// Closes every open flag on a post; returns how many.
pub async fn resolve_flags(
    exec: impl Into<Exec<'_>>,
    post: i64,
    by: UserId,
    now: i64,
) -> StoreResult<u64> {
    Ok(on_write!(exec.into(), |p| sqlx::query(
        "UPDATE forum_flags SET resolved_at = $3, resolved_by = $2 \
         WHERE post_id = $1 AND resolved_at IS NULL"
    )
    .bind(post)
    .bind(by.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?)
}

/// What a moderation action concerns.
#[derive(Debug, Clone, Copy)]
pub struct LogEntry<'a> {
    /// Who.
    pub actor: UserId,
    /// The action code.
    pub action: &'a str,
    /// The thread.
    pub thread: i64,
    /// The post (for hide, restore, dismiss).
    pub post: Option<i64>,
    /// Why.
    pub reason: &'a str,
}

/// Writes a line in the moderation log.
pub async fn insert_log(
    exec: impl Into<Exec<'_>>,
    entry: LogEntry<'_>,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO forum_moderation_log (actor_id, action, thread_id, post_id, reason, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(entry.actor.0)
    .bind(entry.action)
    .bind(entry.thread)
    .bind(entry.post)
    .bind(entry.reason)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// A thread's moderation log, newest first.
pub async fn list_log(exec: impl Into<Exec<'_>>, thread: i64) -> StoreResult<Vec<LogRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, LogRow>(
        "SELECT u.display_name AS actor_name, l.action, l.post_id, l.reason, l.created_at \
         FROM forum_moderation_log l LEFT JOIN users u ON u.id = l.actor_id \
         WHERE l.thread_id = $1 ORDER BY l.id DESC"
    )
    .bind(thread)
    .fetch_all(p)
    .await)?)
}
