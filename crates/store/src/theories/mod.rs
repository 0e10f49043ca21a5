//! Theories of change: the model as JSON text (the domain owns its shape), owned by a member or
//! an atelier team, published to the atelier, forked; every change raises the revision so an
//! edit made on an older page is refused rather than overwriting someone else's work.

pub mod comments;
pub mod versions;

use crate::{Exec, StoreResult};
use domain::UserId;

/// A stored theory with its owner's and atelier's names.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TheoryRow {
    /// Id.
    pub id: i64,
    /// The member who made it.
    pub owner_id: i64,
    /// Their display name.
    pub owner_name: String,
    /// Its atelier, if any.
    pub atelier_id: Option<i64>,
    /// That atelier's name.
    pub atelier_name: Option<String>,
    /// Owned by the atelier team.
    pub team: bool,
    /// Published to the atelier.
    pub published: bool,
    /// Title.
    pub title: String,
    /// JSON of the model.
    pub model: String,
    /// The team's own story (empty: generated).
    pub narrative: String,
    /// The theory it was forked from.
    pub forked_from: Option<i64>,
    /// Raised by every change.
    pub revision: i64,
    /// Created.
    pub created_at: i64,
    /// Last changed.
    pub updated_at: i64,
}

/// Who owns a theory and who may read it.
#[derive(Debug, Clone, Copy)]
pub struct Arrangement {
    /// Its atelier.
    pub atelier: Option<i64>,
    /// Owned by the atelier team.
    pub team: bool,
    /// Published to the atelier.
    pub published: bool,
}

const SELECT: &str = "SELECT t.id, t.owner_id, u.display_name AS owner_name, t.atelier_id, \
     a.name AS atelier_name, t.team, t.published, t.title, t.model, t.narrative, t.forked_from, \
     t.revision, t.created_at, t.updated_at \
     FROM theories t JOIN users u ON u.id = t.owner_id LEFT JOIN ateliers a ON a.id = t.atelier_id";

/// Saves a new theory; returns its id.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    owner: UserId,
    arrangement: Arrangement,
    (title, model, forked_from): (&str, &str, Option<i64>),
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO theories (owner_id, atelier_id, team, published, title, model, forked_from, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id"
    )
    .bind(owner.0)
    .bind(arrangement.atelier)
    .bind(arrangement.team)
    .bind(arrangement.published)
    .bind(title)
    .bind(model)
    .bind(forked_from)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// The theory with `id`.
pub async fn find(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<Option<TheoryRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE t.id = $1"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, TheoryRow>(
        sql
    )
    .bind(id)
    .fetch_optional(p)
    .await)?)
}

/// Replaces title and model if the theory is still at `revision`; false when someone changed
/// it in the meantime (or it is gone).
pub async fn save_model(
    exec: impl Into<Exec<'_>>,
    id: i64,
    (title, model): (&str, &str),
    revision: i64,
    now: i64,
) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE theories SET title = $2, model = $3, revision = revision + 1, updated_at = $5 \
         WHERE id = $1 AND revision = $4"
    )
    .bind(id)
    .bind(title)
    .bind(model)
    .bind(revision)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Sets the team's own story (empty: back to the generated one) if the theory is still at
/// `revision`, and raises the revision; false when someone changed it in the meantime.
pub async fn set_narrative(
    exec: impl Into<Exec<'_>>,
    id: i64,
    narrative: &str,
    revision: i64,
    now: i64,
) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE theories SET narrative = $2, revision = revision + 1, updated_at = $4 \
         WHERE id = $1 AND revision = $3"
    )
    .bind(id)
    .bind(narrative)
    .bind(revision)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Changes who owns a theory and who may read it.
pub async fn arrange(
    exec: impl Into<Exec<'_>>,
    id: i64,
    arrangement: Arrangement,
    now: i64,
) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| {
        sqlx::query(
        "UPDATE theories SET atelier_id = $2, team = $3, published = $4, updated_at = $5 WHERE id = $1"
    )
    .bind(id)
    .bind(arrangement.atelier)
    .bind(arrangement.team)
    .bind(arrangement.published)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected())
    })?;
    Ok(n == 1)
}

/// The theories `user` may read: their own, and the published or team theories of ateliers
/// where they are an active member. Most recently changed first.
pub async fn list_visible(exec: impl Into<Exec<'_>>, user: UserId) -> StoreResult<Vec<TheoryRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE t.owner_id = $1 OR ((t.published OR t.team) AND t.atelier_id IN \
         (SELECT atelier_id FROM atelier_members WHERE user_id = $1 AND status = 'active')) \
         ORDER BY t.updated_at DESC, t.id DESC"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, TheoryRow>(
        sql
    )
    .bind(user.0)
    .fetch_all(p)
    .await)?)
}

/// Deletes a theory with its versions and comments; false when it did not exist.
pub async fn delete(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM theories WHERE id = $1"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
