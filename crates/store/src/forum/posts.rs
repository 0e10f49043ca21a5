//! Forum posts: written once per form (a double submit finds the first), edited with their
//! history kept, hidden by moderators, appreciated by readers.

use crate::{Exec, StoreResult, Tx};
use domain::UserId;

/// A post as a thread page shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PostRow {
    /// Id.
    pub id: i64,
    /// Thread.
    pub thread_id: i64,
    /// Author (none when the account is gone).
    pub author_id: Option<i64>,
    /// Their name.
    pub author_name: Option<String>,
    /// Markdown.
    pub body: String,
    /// Written.
    pub created_at: i64,
    /// Last edited.
    pub edited_at: Option<i64>,
    /// Hidden by a moderator.
    pub hidden: bool,
    /// How many found it valuable.
    pub appreciations: i64,
}

/// An earlier version of a post.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EditRow {
    /// Who changed it.
    pub editor_name: Option<String>,
    /// The text before the change (empty when shielded from this reader).
    pub previous_body: String,
    /// Shielded: the earlier text looks like client data and this reader is neither its author
    /// nor a moderator.
    #[sqlx(skip)]
    pub shielded: bool,
    /// When.
    pub edited_at: i64,
}

const SELECT: &str = "SELECT p.id, p.thread_id, p.author_id, u.display_name AS author_name, \
    p.body, p.created_at, p.edited_at, p.hidden, \
    (SELECT COUNT(*) FROM forum_appreciations a WHERE a.post_id = p.id) AS appreciations \
    FROM forum_posts p LEFT JOIN users u ON u.id = p.author_id";

/// Stores a post and counts it in its thread. The same author sending the same form twice
/// (`submission_key`) gets the first post back: returns (id, newly written).
pub async fn insert(
    tx: &mut Tx,
    thread: i64,
    author: UserId,
    body: &str,
    submission_key: &str,
    now: i64,
) -> StoreResult<(i64, bool)> {
    let written: Option<i64> = on_write!(Exec::from(&mut *tx), |p| sqlx::query_scalar(
        "INSERT INTO forum_posts (thread_id, author_id, body, created_at, submission_key) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (author_id, submission_key) DO NOTHING \
         RETURNING id"
    )
    .bind(thread)
    .bind(author.0)
    .bind(body)
    .bind(now)
    .bind(submission_key)
    .fetch_optional(p)
    .await)?;
    if let Some(id) = written {
        super::threads::count_post(tx, thread, now).await?;
        return Ok((id, true));
    }
    let first: i64 = on_read!(Exec::from(&mut *tx), |p| sqlx::query_scalar(
        "SELECT id FROM forum_posts WHERE author_id = $1 AND submission_key = $2"
    )
    .bind(author.0)
    .bind(submission_key)
    .fetch_one(p)
    .await)?;
    Ok((first, false))
}

/// The post an author already wrote with this form key, if any.
pub async fn find_by_submission(
    exec: impl Into<Exec<'_>>,
    author: UserId,
    submission_key: &str,
) -> StoreResult<Option<i64>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT id FROM forum_posts WHERE author_id = $1 AND submission_key = $2"
    )
    .bind(author.0)
    .bind(submission_key)
    .fetch_optional(p)
    .await)?)
}

/// One post.
pub async fn find(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<Option<PostRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE p.id = $1"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, PostRow>(
        sql
    )
    .bind(id)
    .fetch_optional(p)
    .await)?)
}

/// A page of a thread's posts, oldest first.
pub async fn list_by_thread(
    exec: impl Into<Exec<'_>>,
    thread: i64,
    limit: i64,
    offset: i64,
) -> StoreResult<Vec<PostRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE p.thread_id = $1 ORDER BY p.id LIMIT $2 OFFSET $3"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, PostRow>(
        sql
    )
    .bind(thread)
    .bind(limit)
    .bind(offset)
    .fetch_all(p)
    .await)?)
}

/// A post's place in its thread (1 for the first post): which page it is on never changes.
pub async fn position(exec: impl Into<Exec<'_>>, thread: i64, post: i64) -> StoreResult<i64> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM forum_posts WHERE thread_id = $1 AND id <= $2"
    )
    .bind(thread)
    .bind(post)
    .fetch_one(p)
    .await)?)
}

/// Replaces a post's text, keeping the old text in its history.
pub async fn update_body(
    tx: &mut Tx,
    post: i64,
    editor: UserId,
    body: &str,
    now: i64,
) -> StoreResult<()> {
    on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "INSERT INTO forum_post_edits (post_id, editor_id, previous_body, edited_at) \
         SELECT id, $2, body, $3 FROM forum_posts WHERE id = $1"
    )
    .bind(post)
    .bind(editor.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "UPDATE forum_posts SET body = $2, edited_at = $3 WHERE id = $1"
    )
    .bind(post)
    .bind(body)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The earlier versions of a post, newest first.
pub async fn list_edits(exec: impl Into<Exec<'_>>, post: i64) -> StoreResult<Vec<EditRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, EditRow>(
        "SELECT u.display_name AS editor_name, e.previous_body, e.edited_at \
         FROM forum_post_edits e LEFT JOIN users u ON u.id = e.editor_id \
         WHERE e.post_id = $1 ORDER BY e.id DESC"
    )
    .bind(post)
    .fetch_all(p)
    .await)?)
}

/// Hides or restores a post; false when it does not exist.
pub async fn set_hidden(exec: impl Into<Exec<'_>>, post: i64, hidden: bool) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE forum_posts SET hidden = $2 WHERE id = $1"
    )
    .bind(post)
    .bind(hidden)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Records that `user` finds a post valuable; false when they already did.
pub async fn appreciate(
    exec: impl Into<Exec<'_>>,
    post: i64,
    user: UserId,
    now: i64,
) -> StoreResult<bool> {
    let added = on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO forum_appreciations (post_id, user_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING"
    )
    .bind(post)
    .bind(user.0)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(added == 1)
}
