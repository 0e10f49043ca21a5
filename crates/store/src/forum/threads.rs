//! Forum threads: title, kind, category, state (locked, helpful answer) and the counters the
//! lists sort by (kept up to date by `posts::insert`).

use crate::{Exec, StoreResult, Tx};
use domain::UserId;

/// A thread as lists and its page show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ThreadRow {
    /// Id.
    pub id: i64,
    /// Category.
    pub category_id: i64,
    /// Its name.
    pub category_name: String,
    /// The category's atelier (none: werkplaats-wide).
    pub atelier_id: Option<i64>,
    /// The category's werkplaats.
    pub werkplaats_id: i64,
    /// Kind code.
    pub kind: String,
    /// Title.
    pub title: String,
    /// URL part.
    pub slug: String,
    /// Who started it (none when the account is gone).
    pub created_by: Option<i64>,
    /// Their name.
    pub created_by_name: Option<String>,
    /// Started.
    pub created_at: i64,
    /// Latest post.
    pub last_post_at: i64,
    /// Posts in it.
    pub post_count: i64,
    /// No more replies (except by moderators).
    pub locked: bool,
    /// The answer marked helpful (practice questions).
    pub helpful_post_id: Option<i64>,
    /// The knowledge item harvested from it.
    pub harvested_item_id: Option<i64>,
}

const SELECT: &str = "SELECT t.id, t.category_id, c.name AS category_name, c.atelier_id, \
    c.werkplaats_id, t.kind, t.title, t.slug, t.created_by, u.display_name AS created_by_name, \
    t.created_at, t.last_post_at, t.post_count, t.locked, t.helpful_post_id, t.harvested_item_id \
    FROM forum_threads t JOIN forum_categories c ON c.id = t.category_id \
    LEFT JOIN users u ON u.id = t.created_by";

/// Stores a new, empty thread; returns its id (its first post follows in the same
/// transaction).
pub async fn insert(
    tx: &mut Tx,
    category: i64,
    (kind, title, slug): (&str, &str, &str),
    author: UserId,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(Exec::from(&mut *tx), |p| sqlx::query_scalar(
        "INSERT INTO forum_threads (category_id, kind, title, slug, created_by, created_at, \
         last_post_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id"
    )
    .bind(category)
    .bind(kind)
    .bind(title)
    .bind(slug)
    .bind(author.0)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// One thread.
pub async fn find(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<Option<ThreadRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE t.id = $1"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ThreadRow>(
        sql
    )
    .bind(id)
    .fetch_optional(p)
    .await)?)
}

/// A category's threads, latest activity first.
pub async fn list_by_category(
    exec: impl Into<Exec<'_>>,
    category: i64,
    limit: i64,
    offset: i64,
) -> StoreResult<Vec<ThreadRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE t.category_id = $1 ORDER BY t.last_post_at DESC, t.id DESC \
         LIMIT $2 OFFSET $3"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ThreadRow>(
        sql
    )
    .bind(category)
    .bind(limit)
    .bind(offset)
    .fetch_all(p)
    .await)?)
}

/// Locks or unlocks a thread; false when it does not exist.
pub async fn set_locked(exec: impl Into<Exec<'_>>, id: i64, locked: bool) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE forum_threads SET locked = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(locked)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Marks (or clears) the helpful answer; false when the thread does not exist.
pub async fn set_helpful(
    exec: impl Into<Exec<'_>>,
    id: i64,
    post: Option<i64>,
) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE forum_threads SET helpful_post_id = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(post)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Moves a thread to another category; false when it does not exist.
pub async fn set_category(exec: impl Into<Exec<'_>>, id: i64, category: i64) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE forum_threads SET category_id = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(category)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Links a thread to the knowledge item harvested from it.
pub async fn set_harvested(exec: impl Into<Exec<'_>>, id: i64, item: i64) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE forum_threads SET harvested_item_id = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(item)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Counts a new post: one more, and the latest activity now.
pub(crate) async fn count_post(tx: &mut Tx, id: i64, now: i64) -> StoreResult<()> {
    on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "UPDATE forum_threads SET post_count = post_count + 1, last_post_at = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
