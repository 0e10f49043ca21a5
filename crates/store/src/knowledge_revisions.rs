//! Published revisions of knowledge items: numbered snapshots with author, time and message.

use crate::{Exec, StoreResult};
use domain::{KnowledgeId, UserId};

/// A revision.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RevisionRow {
    /// Number within the item (1, 2, …).
    pub number: i64,
    /// Who made it (none when the account is gone or does not want to be named).
    pub author_name: Option<String>,
    /// What changed.
    pub message: String,
    /// The content as JSON (`domain::knowledge::KnowledgeContent`).
    pub content: String,
    /// When.
    pub created_at: i64,
}

/// Stores the next revision of an item; returns its number.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    item: KnowledgeId,
    author: UserId,
    message: &str,
    content_json: &str,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| {
        sqlx::query_scalar(
        "INSERT INTO knowledge_revisions (item_id, number, author_id, message, content, created_at) \
         SELECT $1, COALESCE(MAX(number), 0) + 1, $2, $3, $4, $5 FROM knowledge_revisions \
         WHERE item_id = $1 RETURNING number"
    )
    .bind(item.0)
    .bind(author.0)
    .bind(message)
    .bind(content_json)
    .bind(now)
    .fetch_one(p)
    .await
    })?)
}

const SELECT: &str = "SELECT r.number, \
    CASE WHEN u.attribute_by_name THEN u.display_name END AS author_name, r.message, r.content, \
    r.created_at FROM knowledge_revisions r LEFT JOIN users u ON u.id = r.author_id";

/// An item's revisions, newest first.
pub async fn list_by_item(
    exec: impl Into<Exec<'_>>,
    item: KnowledgeId,
) -> StoreResult<Vec<RevisionRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE r.item_id = $1 ORDER BY r.number DESC"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, RevisionRow>(sql)
            .bind(item.0)
            .fetch_all(p)
            .await
    })?)
}

/// One revision.
pub async fn find(
    exec: impl Into<Exec<'_>>,
    item: KnowledgeId,
    number: i64,
) -> StoreResult<Option<RevisionRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE r.item_id = $1 AND r.number = $2"));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, RevisionRow>(sql)
            .bind(item.0)
            .bind(number)
            .fetch_optional(p)
            .await
    })?)
}
