//! Files attached to knowledge items: the record of each file; the bytes live under the data
//! folder, named by `stored_name`.

use crate::{Exec, StoreResult};
use domain::{KnowledgeId, UserId};

/// An attachment as pages list it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttachmentRow {
    /// Id.
    pub id: i64,
    /// The item it belongs to.
    pub item_id: i64,
    /// The sanitised name shown and offered on download.
    pub file_name: String,
    /// The content type it is served with.
    pub content_type: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// The random name of the file in the data folder.
    pub stored_name: String,
    /// When it was added.
    pub created_at: i64,
}

/// What is recorded about a new attachment.
#[derive(Debug, Clone, Copy)]
pub struct NewAttachment<'a> {
    /// The item.
    pub item: KnowledgeId,
    /// Sanitised file name.
    pub file_name: &'a str,
    /// Content type.
    pub content_type: &'a str,
    /// Size in bytes.
    pub size_bytes: i64,
    /// Random name in the data folder.
    pub stored_name: &'a str,
    /// Who added it.
    pub uploaded_by: UserId,
    /// When.
    pub now: i64,
}

/// Records an attachment; returns its id.
pub async fn insert(exec: impl Into<Exec<'_>>, new: NewAttachment<'_>) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO knowledge_attachments (item_id, file_name, content_type, size_bytes, \
         stored_name, uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
    )
    .bind(new.item.0)
    .bind(new.file_name)
    .bind(new.content_type)
    .bind(new.size_bytes)
    .bind(new.stored_name)
    .bind(new.uploaded_by.0)
    .bind(new.now)
    .fetch_one(p)
    .await)?)
}

const SELECT: &str = "SELECT id, item_id, file_name, content_type, size_bytes, stored_name, \
    created_at FROM knowledge_attachments";

/// An item's attachments, in the order they were added.
pub async fn list_by_item(
    exec: impl Into<Exec<'_>>,
    item: KnowledgeId,
) -> StoreResult<Vec<AttachmentRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE item_id = $1 ORDER BY id"));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, AttachmentRow>(sql)
            .bind(item.0)
            .fetch_all(p)
            .await
    })?)
}

/// One attachment of an item (none when it belongs to another item).
pub async fn find(
    exec: impl Into<Exec<'_>>,
    item: KnowledgeId,
    id: i64,
) -> StoreResult<Option<AttachmentRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE item_id = $1 AND id = $2"));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, AttachmentRow>(sql)
            .bind(item.0)
            .bind(id)
            .fetch_optional(p)
            .await
    })?)
}

/// Removes an attachment's record; false when there was none.
pub async fn delete(exec: impl Into<Exec<'_>>, item: KnowledgeId, id: i64) -> StoreResult<bool> {
    let removed = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM knowledge_attachments WHERE item_id = $1 AND id = $2"
    )
    .bind(item.0)
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(removed == 1)
}
