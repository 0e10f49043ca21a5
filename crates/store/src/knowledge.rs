//! Knowledge items: their current content, status, themes and published revisions.

use crate::{Exec, StoreResult};
use domain::knowledge::KnowledgeContent;
use domain::{AtelierId, KnowledgeId, UserId};

/// An item as pages show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ItemRow {
    /// Id.
    pub id: i64,
    /// Owning atelier.
    pub atelier_id: i64,
    /// The atelier's name.
    pub atelier_name: String,
    /// The atelier's URL part.
    pub atelier_slug: String,
    /// The werkplaats of the atelier.
    pub werkplaats_id: i64,
    /// Who started it (none when the account is gone).
    pub created_by: Option<i64>,
    /// Their name, if they want to be named with contributions.
    pub created_by_name: Option<String>,
    /// Status code.
    pub status: String,
    /// URL part made from the title.
    pub slug: String,
    /// Kind code.
    pub kind: String,
    /// Visibility code.
    pub visibility: String,
    /// Language code.
    pub language: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Markdown body.
    pub body: String,
    /// Target group.
    pub target_group: String,
    /// Authors.
    pub authors: String,
    /// Organisations.
    pub organisations: String,
    /// Licence.
    pub licence: String,
    /// Tags, separated by `|`.
    pub tags: String,
    /// Purpose.
    pub purpose: String,
    /// Duration.
    pub duration: String,
    /// Group size.
    pub group_size: String,
    /// Materials.
    pub materials: String,
    /// Created.
    pub created_at: i64,
    /// Last change.
    pub updated_at: i64,
    /// First published.
    pub published_at: Option<i64>,
}

impl ItemRow {
    /// The tags as a list.
    pub fn tag_list(&self) -> Vec<String> {
        self.tags
            .split('|')
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// The stored content with the given themes.
    pub fn content(&self, themes: Vec<i64>) -> KnowledgeContent {
        KnowledgeContent {
            kind: self.kind.clone(),
            visibility: self.visibility.clone(),
            language: self.language.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            body: self.body.clone(),
            target_group: self.target_group.clone(),
            authors: self.authors.clone(),
            organisations: self.organisations.clone(),
            licence: self.licence.clone(),
            tags: self.tag_list(),
            themes,
            purpose: self.purpose.clone(),
            duration: self.duration.clone(),
            group_size: self.group_size.clone(),
            materials: self.materials.clone(),
        }
    }
}

/// The columns of an `ItemRow`, for other modules that list items.
pub(crate) const SELECT: &str = "SELECT k.id, k.atelier_id, a.name AS atelier_name, a.slug AS atelier_slug, \
    a.werkplaats_id, k.created_by, \
    CASE WHEN u.attribute_by_name THEN u.display_name END AS created_by_name, \
    k.status, k.slug, k.kind, k.visibility, k.language, k.title, k.summary, k.body, \
    k.target_group, k.authors, k.organisations, k.licence, k.tags, k.purpose, k.duration, \
    k.group_size, k.materials, k.created_at, k.updated_at, k.published_at \
    FROM knowledge_items k JOIN ateliers a ON a.id = k.atelier_id \
    LEFT JOIN users u ON u.id = k.created_by";

fn joined_tags(content: &KnowledgeContent) -> String {
    content.tags.join("|")
}

/// Stores a new draft; returns its id.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    created_by: UserId,
    slug: &str,
    content: &KnowledgeContent,
    now: i64,
) -> StoreResult<KnowledgeId> {
    let c = content;
    let id: i64 = on_write!(exec.into(), |p| {
        sqlx::query_scalar(
        "INSERT INTO knowledge_items (atelier_id, created_by, slug, kind, visibility, language, \
         title, summary, body, target_group, authors, organisations, licence, tags, purpose, \
         duration, group_size, materials, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, \
         $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19) RETURNING id"
    )
    .bind(atelier.0)
    .bind(created_by.0)
    .bind(slug)
    .bind(&c.kind)
    .bind(&c.visibility)
    .bind(&c.language)
    .bind(&c.title)
    .bind(&c.summary)
    .bind(&c.body)
    .bind(&c.target_group)
    .bind(&c.authors)
    .bind(&c.organisations)
    .bind(&c.licence)
    .bind(joined_tags(c))
    .bind(&c.purpose)
    .bind(&c.duration)
    .bind(&c.group_size)
    .bind(&c.materials)
    .bind(now)
    .fetch_one(p)
    .await
    })?;
    Ok(KnowledgeId(id))
}

/// Replaces an item's content (themes apart); false when it does not exist.
pub async fn update_content(
    exec: impl Into<Exec<'_>>,
    id: KnowledgeId,
    slug: &str,
    content: &KnowledgeContent,
    now: i64,
) -> StoreResult<bool> {
    let c = content;
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE knowledge_items SET slug = $2, kind = $3, visibility = $4, language = $5, \
         title = $6, summary = $7, body = $8, target_group = $9, authors = $10, \
         organisations = $11, licence = $12, tags = $13, purpose = $14, duration = $15, \
         group_size = $16, materials = $17, updated_at = $18 WHERE id = $1"
    )
    .bind(id.0)
    .bind(slug)
    .bind(&c.kind)
    .bind(&c.visibility)
    .bind(&c.language)
    .bind(&c.title)
    .bind(&c.summary)
    .bind(&c.body)
    .bind(&c.target_group)
    .bind(&c.authors)
    .bind(&c.organisations)
    .bind(&c.licence)
    .bind(joined_tags(c))
    .bind(&c.purpose)
    .bind(&c.duration)
    .bind(&c.group_size)
    .bind(&c.materials)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Sets the status; `published_at` is kept once set.
pub async fn update_status(
    exec: impl Into<Exec<'_>>,
    id: KnowledgeId,
    status: &str,
    now: i64,
) -> StoreResult<bool> {
    let changed = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE knowledge_items SET status = $2, updated_at = $3, \
         published_at = CASE WHEN $2 = 'published' AND published_at IS NULL THEN $3 \
         ELSE published_at END WHERE id = $1"
    )
    .bind(id.0)
    .bind(status)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// One item.
pub async fn find(exec: impl Into<Exec<'_>>, id: KnowledgeId) -> StoreResult<Option<ItemRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE k.id = $1"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ItemRow>(
        sql
    )
    .bind(id.0)
    .fetch_optional(p)
    .await)?)
}

/// Items in the given statuses, newest change first: of one atelier, or of all when `None`.
pub async fn list_by_status(
    exec: impl Into<Exec<'_>>,
    atelier: Option<AtelierId>,
    statuses: &[&str],
    limit: i64,
) -> StoreResult<Vec<ItemRow>> {
    let wanted: Vec<String> = statuses
        .iter()
        .map(|s| format!("'{}'", s.replace('\'', "")))
        .collect();
    // One atelier's items are read in order from `knowledge_items_listing`; a condition
    // like `$1 = 0 OR atelier_id = $1` would keep the planner from using it.
    let of_atelier = if atelier.is_some() {
        "k.atelier_id = $1"
    } else {
        "$1 = 0"
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE {of_atelier} AND k.status IN ({}) \
         ORDER BY k.updated_at DESC, k.id DESC LIMIT $2",
        wanted.join(", ")
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ItemRow>(
        sql
    )
    .bind(atelier.map_or(0, |a| a.0))
    .bind(limit)
    .fetch_all(p)
    .await)?)
}

/// An atelier's newest published items with one of the given visibilities (at most `limit`),
/// read in order from `knowledge_items_listing`: an atelier's home page shows what its visitor
/// may read without reading what they may not.
pub async fn list_published_by_atelier(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    visibilities: &[&str],
    limit: i64,
) -> StoreResult<Vec<ItemRow>> {
    // Visibility codes are fixed words; quotes are dropped so nothing else can get in.
    let wanted: Vec<String> = visibilities
        .iter()
        .map(|v| format!("'{}'", v.replace('\'', "")))
        .collect();
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE k.atelier_id = $1 AND k.status = 'published' AND k.visibility IN ({}) \
         ORDER BY k.updated_at DESC, k.id DESC LIMIT $2",
        wanted.join(", ")
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ItemRow>(
        sql
    )
    .bind(atelier.0)
    .bind(limit)
    .fetch_all(p)
    .await)?)
}

/// Published items of one kind across all ateliers, newest first (at most `limit`).
pub async fn list_published_of_kind(
    exec: impl Into<Exec<'_>>,
    kind: &str,
    limit: i64,
) -> StoreResult<Vec<ItemRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE k.kind = $1 AND k.status = 'published' \
         ORDER BY k.published_at DESC, k.id DESC LIMIT $2"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ItemRow>(
        sql
    )
    .bind(kind)
    .bind(limit)
    .fetch_all(p)
    .await)?)
}

/// Drafts and items in review that `user` started or was asked to review, newest first.
pub async fn list_work_of(exec: impl Into<Exec<'_>>, user: UserId) -> StoreResult<Vec<ItemRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE k.status IN ('draft', 'review') AND (k.created_by = $1 OR EXISTS \
         (SELECT 1 FROM knowledge_reviewers r WHERE r.item_id = k.id AND r.user_id = $1)) \
         ORDER BY k.updated_at DESC, k.id DESC"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ItemRow>(
        sql
    )
    .bind(user.0)
    .fetch_all(p)
    .await)?)
}

/// Replaces an item's themes.
pub async fn set_themes(tx: &mut crate::Tx, id: KnowledgeId, themes: &[i64]) -> StoreResult<()> {
    on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "DELETE FROM knowledge_item_themes WHERE item_id = $1"
    )
    .bind(id.0)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    for theme in themes {
        on_write!(Exec::from(&mut *tx), |p| sqlx::query(
            "INSERT INTO knowledge_item_themes (item_id, theme_id) VALUES ($1, $2)"
        )
        .bind(id.0)
        .bind(theme)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// An item's themes as (id, name), by name.
pub async fn list_themes(
    exec: impl Into<Exec<'_>>,
    id: KnowledgeId,
) -> StoreResult<Vec<(i64, String)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as(
        "SELECT t.id, t.name FROM knowledge_item_themes kt JOIN themes t ON t.id = kt.theme_id \
         WHERE kt.item_id = $1 ORDER BY t.name"
    )
    .bind(id.0)
    .fetch_all(p)
    .await)?)
}
