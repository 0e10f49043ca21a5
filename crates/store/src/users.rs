//! Member accounts.

use crate::{Exec, StoreError, StoreResult};
use domain::accounts::{Background, User};
use domain::{Locale, UserId};

/// A new account, with its password already hashed.
pub struct NewUser<'a> {
    /// Normalised e-mail address.
    pub email: &'a str,
    /// Argon2id PHC string.
    pub password_hash: &'a str,
    /// Name shown to others.
    pub display_name: &'a str,
    /// Organisation, maybe empty.
    pub organisation: &'a str,
    /// Stated background.
    pub background: Background,
    /// Preferred language.
    pub locale: Locale,
    /// Platform admin.
    pub is_admin: bool,
}

/// An account row, including the password hash (which never leaves `app`).
#[derive(sqlx::FromRow)]
pub struct UserRow {
    /// Id.
    pub id: i64,
    /// E-mail.
    pub email: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Display name.
    pub display_name: String,
    /// Organisation.
    pub organisation: String,
    /// Background code.
    pub background: String,
    /// Language code.
    pub locale: String,
    /// Platform admin.
    pub is_admin: bool,
}

impl UserRow {
    /// The account as the rest of the platform sees it.
    pub fn to_user(&self) -> StoreResult<User> {
        let background =
            Background::from_code(&self.background).ok_or_else(|| StoreError::BadValue {
                column: "users.background",
                value: self.background.clone(),
            })?;
        let locale = Locale::from_code(&self.locale).ok_or_else(|| StoreError::BadValue {
            column: "users.locale",
            value: self.locale.clone(),
        })?;
        Ok(User {
            id: UserId(self.id),
            email: self.email.clone(),
            display_name: self.display_name.clone(),
            organisation: self.organisation.clone(),
            background,
            locale,
            is_admin: self.is_admin,
        })
    }
}

const COLUMNS: &str =
    "id, email, password_hash, display_name, organisation, background, locale, is_admin";

/// Inserts an account; `StoreError::Conflict` when the e-mail address is taken.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    user: &NewUser<'_>,
    now: i64,
) -> StoreResult<UserId> {
    let id: i64 = on_write!(exec.into(), |p| {
        sqlx::query_scalar(
        "INSERT INTO users (email, password_hash, display_name, organisation, background, locale, \
         is_admin, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id"
    )
    .bind(user.email)
    .bind(user.password_hash)
    .bind(user.display_name)
    .bind(user.organisation)
    .bind(user.background.code())
    .bind(user.locale.code())
    .bind(user.is_admin)
    .bind(now)
    .fetch_one(p)
    .await
    })?;
    Ok(UserId(id))
}

/// The account with this (normalised) e-mail address.
pub async fn find_by_email(exec: impl Into<Exec<'_>>, email: &str) -> StoreResult<Option<UserRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM users WHERE email = $1"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, UserRow>(
        sql
    )
    .bind(email)
    .fetch_optional(p)
    .await)?)
}

/// The account with this id.
pub async fn find_by_id(exec: impl Into<Exec<'_>>, id: UserId) -> StoreResult<Option<UserRow>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM users WHERE id = $1"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, UserRow>(
        sql
    )
    .bind(id.0)
    .fetch_optional(p)
    .await)?)
}

/// Changes the profile of an account: what it says and who sees what.
pub async fn update_profile(
    exec: impl Into<Exec<'_>>,
    id: UserId,
    profile: &domain::accounts::ProfileUpdate,
    now: i64,
) -> StoreResult<()> {
    let v = &profile.visibility;
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE users SET display_name = $2, organisation = $3, background = $4, locale = $5, \
         bio = $6, expertise = $7, email_visibility = $8, organisation_visibility = $9, \
         background_visibility = $10, expertise_visibility = $11, ateliers_visibility = $12, \
         attribute_by_name = $13, updated_at = $14 WHERE id = $1"
    )
    .bind(id.0)
    .bind(&profile.display_name)
    .bind(&profile.organisation)
    .bind(profile.background.code())
    .bind(profile.locale.code())
    .bind(&profile.bio)
    .bind(profile.expertise.join("\n"))
    .bind(v.email.code())
    .bind(v.organisation.code())
    .bind(v.background.code())
    .bind(v.expertise.code())
    .bind(v.ateliers.code())
    .bind(profile.attribute_by_name)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Changes only the preferred language (the language switch of a logged-in member).
pub async fn update_locale(
    exec: impl Into<Exec<'_>>,
    id: UserId,
    locale: Locale,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE users SET locale = $2, updated_at = $3 WHERE id = $1"
    )
    .bind(id.0)
    .bind(locale.code())
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Replaces the password hash.
pub async fn update_password(
    exec: impl Into<Exec<'_>>,
    id: UserId,
    password_hash: &str,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1"
    )
    .bind(id.0)
    .bind(password_hash)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Grants or withdraws the platform-admin role.
pub async fn update_admin(
    exec: impl Into<Exec<'_>>,
    id: UserId,
    is_admin: bool,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE users SET is_admin = $2, updated_at = $3 WHERE id = $1"
    )
    .bind(id.0)
    .bind(is_admin)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// How many accounts exist (an empty database gets demo content).
pub async fn count(exec: impl Into<Exec<'_>>) -> StoreResult<i64> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM users"
    )
    .fetch_one(p)
    .await)?)
}
