//! Impact plans from the keuzehulp: saved answers, key evaluation questions and chosen methods,
//! owned by a member or an atelier team. Answers, questions and methods are stored as JSON text
//! (the domain owns their shape; the database only keeps them together).

use crate::{Exec, StoreResult};
use domain::UserId;

/// A saved plan, with its owner's and atelier's names.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PlanRow {
    /// Id.
    pub id: i64,
    /// The member who made it.
    pub owner_id: i64,
    /// Their display name.
    pub owner_name: String,
    /// The atelier it belongs to, if any.
    pub atelier_id: Option<i64>,
    /// That atelier's name.
    pub atelier_name: Option<String>,
    /// Owned by the atelier team.
    pub team: bool,
    /// Shared with the atelier.
    pub shared: bool,
    /// Title.
    pub title: String,
    /// JSON object of answers.
    pub answers: String,
    /// JSON array of key questions.
    pub questions: String,
    /// JSON array of method codes.
    pub methods: String,
    /// The discussion thread, once started.
    pub thread_id: Option<i64>,
    /// Created.
    pub created_at: i64,
    /// Last changed.
    pub updated_at: i64,
}

/// What a plan is made of.
#[derive(Debug, Clone, Copy)]
pub struct PlanFields<'a> {
    /// The atelier it belongs to, if any.
    pub atelier: Option<i64>,
    /// Owned by the atelier team.
    pub team: bool,
    /// Shared with the atelier.
    pub shared: bool,
    /// Title.
    pub title: &'a str,
    /// JSON object of answers.
    pub answers: &'a str,
    /// JSON array of key questions.
    pub questions: &'a str,
    /// JSON array of method codes.
    pub methods: &'a str,
}

const SELECT: &str = "SELECT p.id, p.owner_id, u.display_name AS owner_name, \
     p.atelier_id, a.name AS atelier_name, p.team, p.shared, p.title, p.answers, p.questions, \
     p.methods, p.thread_id, p.created_at, p.updated_at \
     FROM impact_plans p JOIN users u ON u.id = p.owner_id \
     LEFT JOIN ateliers a ON a.id = p.atelier_id";

/// Saves a new plan; returns its id.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    owner: UserId,
    fields: PlanFields<'_>,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO impact_plans (owner_id, atelier_id, team, shared, title, answers, \
         questions, methods, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id"
    )
    .bind(owner.0)
    .bind(fields.atelier)
    .bind(fields.team)
    .bind(fields.shared)
    .bind(fields.title)
    .bind(fields.answers)
    .bind(fields.questions)
    .bind(fields.methods)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

/// Replaces a plan's content; false when it does not exist.
pub async fn update(
    exec: impl Into<Exec<'_>>,
    id: i64,
    fields: PlanFields<'_>,
    now: i64,
) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE impact_plans SET atelier_id = $2, team = $3, shared = $4, title = $5, \
         answers = $6, questions = $7, methods = $8, updated_at = $9 WHERE id = $1"
    )
    .bind(id)
    .bind(fields.atelier)
    .bind(fields.team)
    .bind(fields.shared)
    .bind(fields.title)
    .bind(fields.answers)
    .bind(fields.questions)
    .bind(fields.methods)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The plan with `id`.
pub async fn find(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<Option<PlanRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE p.id = $1"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, PlanRow>(
        sql
    )
    .bind(id)
    .fetch_optional(p)
    .await)?)
}

/// The plans `user` may read: their own, and the shared or team plans of ateliers where they
/// are an active member. Most recently changed first.
pub async fn list_visible(exec: impl Into<Exec<'_>>, user: UserId) -> StoreResult<Vec<PlanRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE p.owner_id = $1 OR ((p.shared OR p.team) AND p.atelier_id IN \
         (SELECT atelier_id FROM atelier_members WHERE user_id = $1 AND status = 'active')) \
         ORDER BY p.updated_at DESC, p.id DESC"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, PlanRow>(
        sql
    )
    .bind(user.0)
    .fetch_all(p)
    .await)?)
}

/// The shared and team plans of an atelier, most recently changed first.
pub async fn list_by_atelier(exec: impl Into<Exec<'_>>, atelier: i64) -> StoreResult<Vec<PlanRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE p.atelier_id = $1 AND (p.shared OR p.team) \
         ORDER BY p.updated_at DESC, p.id DESC"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, PlanRow>(
        sql
    )
    .bind(atelier)
    .fetch_all(p)
    .await)?)
}

/// Links the discussion thread, unless one is linked already (then false: two members who
/// start the discussion at once get one thread).
pub async fn set_thread(exec: impl Into<Exec<'_>>, id: i64, thread: i64) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE impact_plans SET thread_id = $2 WHERE id = $1 AND thread_id IS NULL"
    )
    .bind(id)
    .bind(thread)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// Deletes a plan; false when it did not exist.
pub async fn delete(exec: impl Into<Exec<'_>>, id: i64) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM impact_plans WHERE id = $1"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}
