//! Profiles for the member directory: what each member wrote and who may see which field.
//! Filtering by visibility happens in `app` with `domain::profiles::can_see`.

use crate::{Exec, StoreResult};
use domain::UserId;

/// A member's profile with its visibility settings.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProfileRow {
    /// Id.
    pub id: i64,
    /// Name.
    pub display_name: String,
    /// E-mail.
    pub email: String,
    /// Organisation.
    pub organisation: String,
    /// Background code.
    pub background: String,
    /// About.
    pub bio: String,
    /// Expertise tags, one per line.
    pub expertise: String,
    /// Visibility codes.
    pub email_visibility: String,
    /// Visibility code.
    pub organisation_visibility: String,
    /// Visibility code.
    pub background_visibility: String,
    /// Visibility code.
    pub expertise_visibility: String,
    /// Visibility code.
    pub ateliers_visibility: String,
    /// Contributions show the name.
    pub attribute_by_name: bool,
}

const SELECT: &str = "SELECT id, display_name, email, organisation, background, bio, expertise, \
    email_visibility, organisation_visibility, background_visibility, expertise_visibility, \
    ateliers_visibility, attribute_by_name FROM users";

/// One profile.
pub async fn find(exec: impl Into<Exec<'_>>, id: UserId) -> StoreResult<Option<ProfileRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{SELECT} WHERE id = $1"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ProfileRow>(
        sql
    )
    .bind(id.0)
    .fetch_optional(p)
    .await)?)
}

/// Profiles for the directory, by name: optionally only one background, optionally only those
/// whose expertise mentions `tag` (case-insensitive; `app` checks visibility and exact tags).
pub async fn list(
    exec: impl Into<Exec<'_>>,
    background: Option<&str>,
    tag: Option<&str>,
    limit: i64,
) -> StoreResult<Vec<ProfileRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE ($1 = '' OR background = $1) \
         AND ($2 = '' OR LOWER(expertise) LIKE '%' || LOWER($2) || '%') \
         ORDER BY display_name, id LIMIT $3"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ProfileRow>(
        sql
    )
    .bind(background.unwrap_or(""))
    .bind(tag.unwrap_or(""))
    .bind(limit)
    .fetch_all(p)
    .await)?)
}
