//! Read markers: the last post a member has seen in a thread, so lists show what is new and a
//! thread shows where they left off.

use crate::{Exec, StoreResult};
use domain::UserId;

/// Notes that `user` has seen `thread` up to `post` (a marker only moves forward).
pub async fn mark_read(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    thread: i64,
    post: i64,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO forum_reads (user_id, thread_id, last_read_post_id, read_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, thread_id) DO UPDATE SET \
         last_read_post_id = CASE WHEN excluded.last_read_post_id > \
         forum_reads.last_read_post_id THEN excluded.last_read_post_id \
         ELSE forum_reads.last_read_post_id END, read_at = excluded.read_at"
    )
    .bind(user.0)
    .bind(thread)
    .bind(post)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The last post `user` has seen in `thread` (0: never opened).
pub async fn last_read(exec: impl Into<Exec<'_>>, user: UserId, thread: i64) -> StoreResult<i64> {
    let found: Option<i64> = on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT last_read_post_id FROM forum_reads WHERE user_id = $1 AND thread_id = $2"
    )
    .bind(user.0)
    .bind(thread)
    .fetch_optional(p)
    .await)?;
    Ok(found.unwrap_or(0))
}

/// For each thread of a category with (visible) posts by others that `user` has not seen:
/// (thread, how many, the first of them).
pub async fn unread_in_category(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    category: i64,
) -> StoreResult<Vec<(i64, i64, i64)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as(
        "SELECT p.thread_id, COUNT(*), MIN(p.id) FROM forum_posts p \
         JOIN forum_threads t ON t.id = p.thread_id \
         LEFT JOIN forum_reads r ON r.thread_id = p.thread_id AND r.user_id = $1 \
         WHERE t.category_id = $2 AND p.id > COALESCE(r.last_read_post_id, 0) AND NOT p.hidden \
         AND (p.author_id IS NULL OR p.author_id <> $1) GROUP BY p.thread_id"
    )
    .bind(user.0)
    .bind(category)
    .fetch_all(p)
    .await)?)
}
