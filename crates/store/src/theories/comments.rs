//! Comments on a box (`node:{key}`) or a link (`link:{from}-{to}`) of a theory.

use crate::{Exec, StoreResult};
use domain::UserId;

/// A comment with its author's name.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CommentRow {
    /// Id.
    pub id: i64,
    /// What it is about.
    pub target: String,
    /// Who wrote it (gone when the account was removed).
    pub author_name: Option<String>,
    /// Text.
    pub body: String,
    /// When.
    pub created_at: i64,
}

/// Adds a comment; returns its id.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    (target, body): (&str, &str),
    author: UserId,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO theory_comments (theory_id, target, author_id, body, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(theory)
    .bind(target)
    .bind(author.0)
    .bind(body)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// The comments of a theory, oldest first.
pub async fn list(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<CommentRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, CommentRow>(
        "SELECT c.id, c.target, u.display_name AS author_name, c.body, c.created_at \
         FROM theory_comments c LEFT JOIN users u ON u.id = c.author_id \
         WHERE c.theory_id = $1 ORDER BY c.created_at, c.id"
    )
    .bind(theory)
    .fetch_all(p)
    .await)?)
}
