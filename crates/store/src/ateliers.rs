//! Leerateliers, themes and their links, and the history of an atelier's stage.

use crate::{Exec, StoreResult};
use domain::{AtelierId, ThemeId, UserId, WerkplaatsId};

/// A new atelier.
pub struct NewAtelier<'a> {
    /// Its werkplaats.
    pub werkplaats: WerkplaatsId,
    /// URL part, unique in the werkplaats.
    pub slug: &'a str,
    /// Name.
    pub name: &'a str,
    /// What the atelier is about.
    pub description: &'a str,
    /// The shared knowledge question (kennisvraag).
    pub knowledge_question: &'a str,
    /// Visibility code.
    pub visibility: &'a str,
    /// Join policy code.
    pub join_policy: &'a str,
    /// Stage code.
    pub stage: &'a str,
}

/// An atelier row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AtelierRow {
    /// Id.
    pub id: i64,
    /// Werkplaats id.
    pub werkplaats_id: i64,
    /// URL part.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Kennisvraag.
    pub knowledge_question: String,
    /// Visibility code.
    pub visibility: String,
    /// Join policy code.
    pub join_policy: String,
    /// Stage code.
    pub stage: String,
}

/// A theme row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ThemeRow {
    /// Id.
    pub id: i64,
    /// URL part.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
}

/// A change of stage.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StageChangeRow {
    /// Stage code.
    pub stage: String,
    /// Why.
    pub reason: String,
    /// Who changed it (name; empty when the account is gone).
    pub changed_by_name: Option<String>,
    /// When (unix seconds).
    pub changed_at: i64,
}

const COLUMNS: &str = "id, werkplaats_id, slug, name, description, knowledge_question, visibility, \
    join_policy, stage";

/// Stores an atelier.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    atelier: &NewAtelier<'_>,
    now: i64,
) -> StoreResult<AtelierId> {
    let id: i64 = on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO ateliers (werkplaats_id, slug, name, description, knowledge_question, \
         visibility, join_policy, stage, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id"
    )
    .bind(atelier.werkplaats.0)
    .bind(atelier.slug)
    .bind(atelier.name)
    .bind(atelier.description)
    .bind(atelier.knowledge_question)
    .bind(atelier.visibility)
    .bind(atelier.join_policy)
    .bind(atelier.stage)
    .bind(now)
    .fetch_one(p)
    .await)?;
    Ok(AtelierId(id))
}

/// One atelier.
pub async fn find_by_id(
    exec: impl Into<Exec<'_>>,
    id: AtelierId,
) -> StoreResult<Option<AtelierRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM ateliers WHERE id = $1"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, AtelierRow>(
        sql
    )
    .bind(id.0)
    .fetch_optional(p)
    .await)?)
}

/// The ateliers of a werkplaats, by name.
pub async fn list_by_werkplaats(
    exec: impl Into<Exec<'_>>,
    werkplaats: WerkplaatsId,
) -> StoreResult<Vec<AtelierRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM ateliers WHERE werkplaats_id = $1 ORDER BY name, id"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, AtelierRow>(
        sql
    )
    .bind(werkplaats.0)
    .fetch_all(p)
    .await)?)
}

/// Sets the stage of an atelier.
pub async fn update_stage(
    exec: impl Into<Exec<'_>>,
    id: AtelierId,
    stage: &str,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE ateliers SET stage = $2, updated_at = $3 WHERE id = $1"
    )
    .bind(id.0)
    .bind(stage)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Records a change of stage.
pub async fn insert_stage_change(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    stage: &str,
    reason: &str,
    changed_by: Option<UserId>,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO atelier_stage_history (atelier_id, stage, reason, changed_by, changed_at) \
         VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(atelier.0)
    .bind(stage)
    .bind(reason)
    .bind(changed_by.map(|u| u.0))
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The stage history of an atelier, newest first.
pub async fn list_stage_changes(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
) -> StoreResult<Vec<StageChangeRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        StageChangeRow,
    >(
        "SELECT h.stage, h.reason, u.display_name AS changed_by_name, h.changed_at \
         FROM atelier_stage_history h LEFT JOIN users u ON u.id = h.changed_by \
         WHERE h.atelier_id = $1 ORDER BY h.changed_at DESC, h.id DESC"
    )
    .bind(atelier.0)
    .fetch_all(p)
    .await)?)
}

/// Stores a theme.
pub async fn insert_theme(
    exec: impl Into<Exec<'_>>,
    werkplaats: WerkplaatsId,
    slug: &str,
    name: &str,
    description: &str,
    now: i64,
) -> StoreResult<ThemeId> {
    let id: i64 = on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO themes (werkplaats_id, slug, name, description, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(werkplaats.0)
    .bind(slug)
    .bind(name)
    .bind(description)
    .bind(now)
    .fetch_one(p)
    .await)?;
    Ok(ThemeId(id))
}

/// The themes of a werkplaats, by name.
pub async fn list_themes_by_werkplaats(
    exec: impl Into<Exec<'_>>,
    werkplaats: WerkplaatsId,
) -> StoreResult<Vec<ThemeRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ThemeRow>(
        "SELECT id, slug, name, description FROM themes WHERE werkplaats_id = $1 ORDER BY name, id"
    )
    .bind(werkplaats.0)
    .fetch_all(p)
    .await)?)
}

/// Links a theme to an atelier (idempotent).
pub async fn insert_theme_link(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    theme: ThemeId,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO atelier_themes (atelier_id, theme_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
    )
    .bind(atelier.0)
    .bind(theme.0)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// The themes of one atelier, by name.
pub async fn list_themes_by_atelier(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
) -> StoreResult<Vec<ThemeRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ThemeRow>(
        "SELECT t.id, t.slug, t.name, t.description FROM themes t \
         JOIN atelier_themes l ON l.theme_id = t.id WHERE l.atelier_id = $1 ORDER BY t.name, t.id"
    )
    .bind(atelier.0)
    .fetch_all(p)
    .await)?)
}

/// Every (atelier, theme) link in a werkplaats, for overviews without one query per atelier.
pub async fn list_theme_links_by_werkplaats(
    exec: impl Into<Exec<'_>>,
    werkplaats: WerkplaatsId,
) -> StoreResult<Vec<(i64, i64)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, (i64, i64)>(
        "SELECT l.atelier_id, l.theme_id FROM atelier_themes l \
         JOIN ateliers a ON a.id = l.atelier_id WHERE a.werkplaats_id = $1"
    )
    .bind(werkplaats.0)
    .fetch_all(p)
    .await)?)
}

/// Changes an atelier's settings (not its stage, which has its own history).
pub async fn update(
    exec: impl Into<Exec<'_>>,
    id: AtelierId,
    a: &NewAtelier<'_>,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE ateliers SET slug = $2, name = $3, description = $4, knowledge_question = $5, \
         visibility = $6, join_policy = $7, updated_at = $8 WHERE id = $1"
    )
    .bind(id.0)
    .bind(a.slug)
    .bind(a.name)
    .bind(a.description)
    .bind(a.knowledge_question)
    .bind(a.visibility)
    .bind(a.join_policy)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Unlinks every theme from an atelier (before linking the chosen ones).
pub async fn delete_theme_links(exec: impl Into<Exec<'_>>, atelier: AtelierId) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM atelier_themes WHERE atelier_id = $1"
    )
    .bind(atelier.0)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Changes a theme (only within its werkplaats).
pub async fn update_theme(
    exec: impl Into<Exec<'_>>,
    werkplaats: WerkplaatsId,
    theme: ThemeId,
    slug: &str,
    name: &str,
    description: &str,
) -> StoreResult<bool> {
    Ok(on_write!(exec.into(), |p| {
        sqlx::query(
        "UPDATE themes SET slug = $3, name = $4, description = $5 WHERE id = $2 AND werkplaats_id = $1"
    )
    .bind(werkplaats.0)
    .bind(theme.0)
    .bind(slug)
    .bind(name)
    .bind(description)
    .execute(p)
    .await
    .map(|r| r.rows_affected() == 1)
    })?)
}

/// Every atelier as (id, name), to label search facets.
pub async fn list_names(exec: impl Into<Exec<'_>>) -> StoreResult<Vec<(i64, String)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as(
        "SELECT id, name FROM ateliers ORDER BY name, id"
    )
    .fetch_all(p)
    .await)?)
}

/// Every theme as (id, name), to label search facets.
pub async fn list_theme_names(exec: impl Into<Exec<'_>>) -> StoreResult<Vec<(i64, String)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as(
        "SELECT id, name FROM themes ORDER BY name, id"
    )
    .fetch_all(p)
    .await)?)
}
