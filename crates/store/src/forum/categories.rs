//! Forum categories: per atelier, and one werkplaats-wide (no atelier).

use crate::{Exec, StoreResult};
use domain::{AtelierId, WerkplaatsId};

/// A category as lists show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CategoryRow {
    /// Id.
    pub id: i64,
    /// Werkplaats.
    pub werkplaats_id: i64,
    /// Atelier (none: werkplaats-wide).
    pub atelier_id: Option<i64>,
    /// The atelier's name.
    pub atelier_name: Option<String>,
    /// The atelier's visibility (`public`: visitors may read its forum).
    pub atelier_visibility: Option<String>,
    /// URL part.
    pub slug: String,
    /// Name.
    pub name: String,
    /// What belongs here.
    pub description: String,
    /// Threads in it.
    pub thread_count: i64,
    /// Latest post in any of its threads.
    pub last_post_at: Option<i64>,
}

/// What a new category needs.
#[derive(Debug, Clone, Copy)]
pub struct NewCategory<'a> {
    /// Werkplaats.
    pub werkplaats: WerkplaatsId,
    /// Atelier (none: werkplaats-wide).
    pub atelier: Option<AtelierId>,
    /// URL part.
    pub slug: &'a str,
    /// Name.
    pub name: &'a str,
    /// Description.
    pub description: &'a str,
    /// Place in the list.
    pub position: i64,
}

/// Stores a category; returns its id.
pub async fn insert(exec: impl Into<Exec<'_>>, new: NewCategory<'_>, now: i64) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO forum_categories (werkplaats_id, atelier_id, slug, name, description, \
         position, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
    )
    .bind(new.werkplaats.0)
    .bind(new.atelier.map(|a| a.0))
    .bind(new.slug)
    .bind(new.name)
    .bind(new.description)
    .bind(new.position)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

const SELECT: &str = "SELECT c.id, c.werkplaats_id, c.atelier_id, a.name AS atelier_name, \
    a.visibility AS atelier_visibility, c.slug, \
    c.name, c.description, \
    (SELECT COUNT(*) FROM forum_threads t WHERE t.category_id = c.id) AS thread_count, \
    (SELECT MAX(t.last_post_at) FROM forum_threads t WHERE t.category_id = c.id) AS last_post_at \
    FROM forum_categories c LEFT JOIN ateliers a ON a.id = c.atelier_id";

/// One category.
pub async fn find(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<Option<CategoryRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE c.id = $1"));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, CategoryRow>(sql)
            .bind(id)
            .fetch_optional(p)
            .await
    })?)
}

/// Every category: werkplaats-wide ones first, then by atelier name and position.
pub async fn list(exec: impl Into<Exec<'_>>) -> StoreResult<Vec<CategoryRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} ORDER BY CASE WHEN c.atelier_id IS NULL THEN 0 ELSE 1 END, a.name, \
         c.position, c.id"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, CategoryRow>(sql).fetch_all(p).await
    })?)
}

/// The (id, name) of the categories of some ateliers, or of every category when `ateliers` is
/// `None`, in the forum's order: what a thread can be moved to, without counting threads.
pub async fn names_in(
    exec: impl Into<Exec<'_>>,
    ateliers: Option<&[i64]>,
) -> StoreResult<Vec<(i64, String)>> {
    // The ids are integers, so writing them into the statement is safe; an empty list is FALSE.
    let filter = match ateliers {
        None => "TRUE".to_owned(),
        Some([]) => "FALSE".to_owned(),
        Some(ids) => {
            let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
            format!("c.atelier_id IN ({})", ids.join(", "))
        }
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT c.id, c.name FROM forum_categories c LEFT JOIN ateliers a ON a.id = c.atelier_id \
         WHERE {filter} \
         ORDER BY CASE WHEN c.atelier_id IS NULL THEN 0 ELSE 1 END, a.name, c.position, c.id"
    ));
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, (i64, String)>(sql).fetch_all(p).await
    })?)
}

/// Renames a category and changes its description; false when it does not exist.
pub async fn update(
    exec: impl Into<Exec<'_>>,
    id: i64,
    (slug, name, description): (&str, &str, &str),
) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE forum_categories SET slug = $2, name = $3, description = $4 WHERE id = $1"
    )
    .bind(id)
    .bind(slug)
    .bind(name)
    .bind(description)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Sets a category's place in its atelier's list.
pub async fn set_position(exec: impl Into<Exec<'_>>, id: i64, position: i64) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE forum_categories SET position = $2 WHERE id = $1"
    )
    .bind(id)
    .bind(position)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Removes a category that holds no threads; false when it has threads or does not exist.
pub async fn delete_empty(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<bool> {
    let removed = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM forum_categories WHERE id = $1 AND NOT EXISTS \
         (SELECT 1 FROM forum_threads t WHERE t.category_id = $1)"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(removed == 1)
}
