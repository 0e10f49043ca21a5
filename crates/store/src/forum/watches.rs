//! Watching: members follow threads (their own and those they replied to, automatically) and
//! categories, and hear of new posts there.

use crate::{Exec, StoreResult};
use domain::UserId;

/// Starts or stops watching a thread.
pub async fn set_thread(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    thread: i64,
    on: bool,
) -> StoreResult<()> {
    let sql = if on {
        "INSERT INTO forum_thread_watches (user_id, thread_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
    } else {
        "DELETE FROM forum_thread_watches WHERE user_id = $1 AND thread_id = $2"
    };
    on_write!(exec.into(), |p| sqlx::query(sql)
        .bind(user.0)
        .bind(thread)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Starts or stops watching a category.
pub async fn set_category(
    exec: impl Into<Exec<'_>>,
    user: UserId,
    category: i64,
    on: bool,
) -> StoreResult<()> {
    let sql = if on {
        "INSERT INTO forum_category_watches (user_id, category_id) VALUES ($1, $2) \
         ON CONFLICT DO NOTHING"
    } else {
        "DELETE FROM forum_category_watches WHERE user_id = $1 AND category_id = $2"
    };
    on_write!(exec.into(), |p| sqlx::query(sql)
        .bind(user.0)
        .bind(category)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Who watches a thread.
pub async fn thread_watchers(exec: impl Into<Exec<'_>>, thread: i64) -> StoreResult<Vec<i64>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT user_id FROM forum_thread_watches WHERE thread_id = $1 ORDER BY user_id"
    )
    .bind(thread)
    .fetch_all(p)
    .await)?)
}

/// Who watches a category.
pub async fn category_watchers(exec: impl Into<Exec<'_>>, category: i64) -> StoreResult<Vec<i64>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT user_id FROM forum_category_watches WHERE category_id = $1 ORDER BY user_id"
    )
    .bind(category)
    .fetch_all(p)
    .await)?)
}
