//! Werkplaatsen (regional workshops) and who belongs to them.

use crate::{Exec, StoreResult};
use domain::{UserId, WerkplaatsId};

/// A werkplaats.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct WerkplaatsRow {
    /// Id.
    pub id: i64,
    /// URL part.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description (plain text for now).
    pub description: String,
}

/// Stores a werkplaats.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    slug: &str,
    name: &str,
    description: &str,
    now: i64,
) -> StoreResult<WerkplaatsId> {
    let id: i64 = on_write!(exec.into(), |p| {
        sqlx::query_scalar(
        "INSERT INTO werkplaatsen (slug, name, description, created_at) VALUES ($1, $2, $3, $4) \
         RETURNING id"
    )
    .bind(slug)
    .bind(name)
    .bind(description)
    .bind(now)
    .fetch_one(p)
    .await
    })?;
    Ok(WerkplaatsId(id))
}

/// Every werkplaats, by name.
pub async fn list(exec: impl Into<Exec<'_>>) -> StoreResult<Vec<WerkplaatsRow>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, WerkplaatsRow>(
            "SELECT id, slug, name, description FROM werkplaatsen ORDER BY name, id",
        )
        .fetch_all(p)
        .await
    })?)
}

/// Adds a member to a werkplaats with a role (or changes the role).
pub async fn upsert_member(
    exec: impl Into<Exec<'_>>,
    werkplaats: WerkplaatsId,
    user: UserId,
    role: &str,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| {
        sqlx::query(
        "INSERT INTO werkplaats_members (werkplaats_id, user_id, role, joined_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (werkplaats_id, user_id) DO UPDATE SET role = excluded.role"
    )
    .bind(werkplaats.0)
    .bind(user.0)
    .bind(role)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// A person's role in a werkplaats, if they belong to it.
pub async fn find_member_role(
    exec: impl Into<Exec<'_>>,
    werkplaats: WerkplaatsId,
    user: UserId,
) -> StoreResult<Option<String>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT role FROM werkplaats_members WHERE werkplaats_id = $1 AND user_id = $2"
    )
    .bind(werkplaats.0)
    .bind(user.0)
    .fetch_optional(p)
    .await)?)
}

/// One werkplaats.
pub async fn find_by_id(
    exec: impl Into<Exec<'_>>,
    id: WerkplaatsId,
) -> StoreResult<Option<WerkplaatsRow>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, WerkplaatsRow>(
            "SELECT id, slug, name, description FROM werkplaatsen WHERE id = $1",
        )
        .bind(id.0)
        .fetch_optional(p)
        .await
    })?)
}

/// Changes a werkplaats's name and description.
pub async fn update(
    exec: impl Into<Exec<'_>>,
    id: WerkplaatsId,
    name: &str,
    description: &str,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE werkplaatsen SET name = $2, description = $3 WHERE id = $1"
    )
    .bind(id.0)
    .bind(name)
    .bind(description)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
