//! Reviews of knowledge items: who was asked, and the comments (with a verdict) in the review.

use crate::{Exec, StoreResult, Tx};
use domain::{KnowledgeId, UserId};

/// A review comment.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CommentRow {
    /// Id.
    pub id: i64,
    /// Who wrote it (none when the account is gone).
    pub author_name: Option<String>,
    /// `comment`, `approve` or `changes`.
    pub verdict: String,
    /// The text.
    pub body: String,
    /// When.
    pub created_at: i64,
}

/// Replaces the reviewers of an item.
pub async fn set_reviewers(
    tx: &mut Tx,
    item: KnowledgeId,
    reviewers: &[UserId],
    now: i64,
) -> StoreResult<()> {
    on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "DELETE FROM knowledge_reviewers WHERE item_id = $1"
    )
    .bind(item.0)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    for user in reviewers {
        on_write!(Exec::from(&mut *tx), |p| sqlx::query(
            "INSERT INTO knowledge_reviewers (item_id, user_id, asked_at) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING"
        )
        .bind(item.0)
        .bind(user.0)
        .bind(now)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// The reviewers of an item as (id, name, e-mail, locale), by name.
pub async fn list_reviewers(
    exec: impl Into<Exec<'_>>,
    item: KnowledgeId,
) -> StoreResult<Vec<(i64, String, String, String)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as(
        "SELECT u.id, u.display_name, u.email, u.locale FROM knowledge_reviewers r \
         JOIN users u ON u.id = r.user_id WHERE r.item_id = $1 ORDER BY u.display_name, u.id"
    )
    .bind(item.0)
    .fetch_all(p)
    .await)?)
}

/// True when `user` was asked to review `item`.
pub async fn is_reviewer(
    exec: impl Into<Exec<'_>>,
    item: KnowledgeId,
    user: UserId,
) -> StoreResult<bool> {
    let found: Option<i64> = on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT CAST(1 AS BIGINT) FROM knowledge_reviewers WHERE item_id = $1 AND user_id = $2"
    )
    .bind(item.0)
    .bind(user.0)
    .fetch_optional(p)
    .await)?;
    Ok(found.is_some())
}

/// Stores a review comment.
pub async fn insert_comment(
    exec: impl Into<Exec<'_>>,
    item: KnowledgeId,
    author: UserId,
    verdict: &str,
    body: &str,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO knowledge_comments (item_id, author_id, verdict, body, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(item.0)
    .bind(author.0)
    .bind(verdict)
    .bind(body)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// The comments on an item, oldest first.
pub async fn list_comments(
    exec: impl Into<Exec<'_>>,
    item: KnowledgeId,
) -> StoreResult<Vec<CommentRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, CommentRow>(
        "SELECT c.id, u.display_name AS author_name, c.verdict, c.body, c.created_at \
         FROM knowledge_comments c LEFT JOIN users u ON u.id = c.author_id \
         WHERE c.item_id = $1 ORDER BY c.created_at, c.id"
    )
    .bind(item.0)
    .fetch_all(p)
    .await)?)
}
