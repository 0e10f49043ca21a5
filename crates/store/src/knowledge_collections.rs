//! Collections: ordered groups of knowledge items an atelier's facilitators put together
//! (e.g. "Impact: aan de slag").

use crate::knowledge::{ItemRow, SELECT as ITEM_SELECT};
use crate::{Exec, StoreResult, Tx};
use domain::{AtelierId, KnowledgeId, UserId};

/// A collection as lists and its page show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CollectionRow {
    /// Id.
    pub id: i64,
    /// Owning atelier.
    pub atelier_id: i64,
    /// Its name.
    pub atelier_name: String,
    /// Its werkplaats.
    pub werkplaats_id: i64,
    /// The atelier's visibility (`public` or `members`): a members-only atelier's collections
    /// are for its members.
    pub atelier_visibility: String,
    /// URL part made from the title.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Description (Markdown).
    pub description: String,
    /// Number of items in it (whatever their visibility).
    pub item_count: i64,
}

const SELECT: &str = "SELECT c.id, c.atelier_id, a.name AS atelier_name, a.werkplaats_id, \
    a.visibility AS atelier_visibility, \
    c.slug, c.title, c.description, \
    (SELECT COUNT(*) FROM knowledge_collection_items ci WHERE ci.collection_id = c.id) \
      AS item_count \
    FROM knowledge_collections c JOIN ateliers a ON a.id = c.atelier_id";

/// Stores a new, empty collection; returns its id.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    created_by: UserId,
    (slug, title, description): (&str, &str, &str),
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO knowledge_collections (atelier_id, slug, title, description, created_by, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
    )
    .bind(atelier.0)
    .bind(slug)
    .bind(title)
    .bind(description)
    .bind(created_by.0)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// Changes title and description; false when the collection does not exist.
pub async fn update(
    exec: impl Into<Exec<'_>>,
    id: i64,
    (slug, title, description): (&str, &str, &str),
) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE knowledge_collections SET slug = $2, title = $3, description = $4 WHERE id = $1"
    )
    .bind(id)
    .bind(slug)
    .bind(title)
    .bind(description)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Removes a collection (its items stay in the knowledge base); false when there was none.
pub async fn delete(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<bool> {
    let removed = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM knowledge_collections WHERE id = $1"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(removed == 1)
}

/// One collection.
pub async fn find(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<Option<CollectionRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE c.id = $1"));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, CollectionRow>(sql)
            .bind(id)
            .fetch_optional(p)
            .await
    })?)
}

/// Collections of one atelier, or of all when `None`, by title.
pub async fn list(
    exec: impl Into<Exec<'_>>,
    atelier: Option<AtelierId>,
) -> StoreResult<Vec<CollectionRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE ($1 = 0 OR c.atelier_id = $1) ORDER BY c.title, c.id"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, CollectionRow>(sql)
            .bind(atelier.map_or(0, |a| a.0))
            .fetch_all(p)
            .await
    })?)
}

/// Collections that hold an item, by title.
pub async fn list_for_item(
    exec: impl Into<Exec<'_>>,
    item: KnowledgeId,
) -> StoreResult<Vec<CollectionRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} JOIN knowledge_collection_items ci ON ci.collection_id = c.id \
         WHERE ci.item_id = $1 ORDER BY c.title, c.id"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, CollectionRow>(sql)
            .bind(item.0)
            .fetch_all(p)
            .await
    })?)
}

/// The items of a collection in their order (every status and visibility: callers filter).
pub async fn list_items(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<Vec<ItemRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{ITEM_SELECT} JOIN knowledge_collection_items ci ON ci.item_id = k.id \
         WHERE ci.collection_id = $1 ORDER BY ci.position, k.id"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ItemRow>(
        sql
    )
    .bind(id)
    .fetch_all(p)
    .await)?)
}

/// Adds an item at the end; false when it was already in the collection.
pub async fn add_item(tx: &mut Tx, id: i64, item: KnowledgeId) -> StoreResult<bool> {
    let added = on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "INSERT INTO knowledge_collection_items (collection_id, item_id, position) \
         SELECT $1, $2, COALESCE(MAX(position), 0) + 1 FROM knowledge_collection_items \
         WHERE collection_id = $1 ON CONFLICT DO NOTHING"
    )
    .bind(id)
    .bind(item.0)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(added == 1)
}

/// Takes an item out; false when it was not in the collection.
pub async fn remove_item(
    exec: impl Into<Exec<'_>>,
    id: i64,
    item: KnowledgeId,
) -> StoreResult<bool> {
    let removed = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM knowledge_collection_items WHERE collection_id = $1 AND item_id = $2"
    )
    .bind(id)
    .bind(item.0)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(removed == 1)
}

/// Swaps an item with its neighbour before (`up`) or after it; false when there is none.
pub async fn move_item(tx: &mut Tx, id: i64, item: KnowledgeId, up: bool) -> StoreResult<bool> {
    let positions: Vec<(i64, i64)> = on_read!(Exec::from(&mut *tx), |p| sqlx::query_as(
        "SELECT item_id, position FROM knowledge_collection_items WHERE collection_id = $1 \
         ORDER BY position, item_id"
    )
    .bind(id)
    .fetch_all(p)
    .await)?;
    let Some(at) = positions.iter().position(|(i, _)| *i == item.0) else {
        return Ok(false);
    };
    let other = if up { at.checked_sub(1) } else { Some(at + 1) };
    let Some(&(other_item, other_position)) = other.and_then(|o| positions.get(o)) else {
        return Ok(false);
    };
    let (_, position) = positions[at];
    // Equal positions (never written by `add_item`, but cheap to survive) still swap order.
    let (mine, theirs) = if position == other_position {
        if up {
            (position - 1, position)
        } else {
            (position + 1, position)
        }
    } else {
        (other_position, position)
    };
    for (which, to) in [(item.0, mine), (other_item, theirs)] {
        on_write!(Exec::from(&mut *tx), |p| sqlx::query(
            "UPDATE knowledge_collection_items SET position = $3 \
             WHERE collection_id = $1 AND item_id = $2"
        )
        .bind(id)
        .bind(which)
        .bind(to)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    }
    Ok(true)
}
