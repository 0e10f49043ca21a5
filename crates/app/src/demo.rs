//! Demo content (`content/demo.toml`, embedded): a werkplaats with members, so that a newcomer
//! sees a living platform; and `create-admin` for real installs.

use crate::security::hash_password;
use crate::{App, AppError, AppResult};
use domain::accounts::{Background, RegistrationInput};
use domain::{Locale, slug::slugify};
use serde::Deserialize;
use store::{users, werkplaatsen};

const DEMO_TOML: &str = include_str!("../../../content/demo.toml");

/// The demo content file.
#[derive(Debug, Deserialize)]
pub struct DemoContent {
    /// The werkplaats.
    pub werkplaats: DemoWerkplaats,
    /// Its members, with their public demo passwords.
    pub members: Vec<DemoMember>,
}

/// The demo werkplaats.
#[derive(Debug, Deserialize)]
pub struct DemoWerkplaats {
    /// Name.
    pub name: String,
    /// URL part.
    pub slug: String,
    /// Description.
    pub description: String,
}

/// A demo account.
#[derive(Debug, Clone, Deserialize)]
pub struct DemoMember {
    /// E-mail address (log-in name).
    pub email: String,
    /// The documented demo password.
    pub password: String,
    /// Name.
    pub display_name: String,
    /// Organisation.
    pub organisation: String,
    /// Background code.
    pub background: String,
    /// Role in the werkplaats: member, facilitator or coordinator.
    pub role: String,
    /// Platform admin.
    pub is_admin: bool,
}

/// Parses and checks the embedded demo content.
pub fn demo_content() -> AppResult<DemoContent> {
    let content: DemoContent =
        toml::from_str(DEMO_TOML).map_err(|e| AppError::Content(format!("demo.toml: {e}")))?;
    if slugify(&content.werkplaats.slug) != content.werkplaats.slug {
        return Err(AppError::Content(
            "demo.toml: werkplaats slug is not a slug".into(),
        ));
    }
    for member in &content.members {
        let input = RegistrationInput {
            email: member.email.clone(),
            display_name: member.display_name.clone(),
            password: member.password.clone(),
            organisation: member.organisation.clone(),
            background: member.background.clone(),
        };
        if let Err(errors) = input.validate() {
            return Err(AppError::Content(format!(
                "demo.toml: {}: {errors:?}",
                member.email
            )));
        }
        if !["member", "facilitator", "coordinator"].contains(&member.role.as_str()) {
            return Err(AppError::Content(format!(
                "demo.toml: unknown role {}",
                member.role
            )));
        }
    }
    Ok(content)
}

impl App {
    /// Fills an empty database with the demo content; does nothing when accounts exist.
    /// Returns whether it seeded.
    pub async fn seed_demo_if_empty(&self) -> AppResult<bool> {
        if users::count(self.db()).await? > 0 {
            return Ok(false);
        }
        let content = demo_content()?;
        let mut hashes = Vec::with_capacity(content.members.len());
        for member in &content.members {
            hashes.push(hash_password(member.password.clone()).await?);
        }
        let now = self.now();
        let mut tx = self.db().begin().await?;
        let w = &content.werkplaats;
        let werkplaats =
            werkplaatsen::insert(&mut tx, &w.slug, &w.name, &w.description, now).await?;
        for (member, hash) in content.members.iter().zip(&hashes) {
            let background = Background::from_code(&member.background).unwrap_or_default();
            let new_user = users::NewUser {
                email: &member.email,
                password_hash: hash,
                display_name: &member.display_name,
                organisation: &member.organisation,
                background,
                locale: Locale::Nl,
                is_admin: member.is_admin,
            };
            let id = users::insert(&mut tx, &new_user, now).await?;
            werkplaatsen::upsert_member(&mut tx, werkplaats, id, &member.role, now).await?;
        }
        tx.commit().await?;
        tracing::info!(members = content.members.len(), "demo content created");
        Ok(true)
    }

    /// The demo accounts to show on the home page, only when demo content is on.
    pub fn demo_accounts(&self) -> Vec<DemoMember> {
        if !self.config().demo {
            return Vec::new();
        }
        demo_content().map(|c| c.members).unwrap_or_default()
    }

    /// True when the database holds the demo werkplaats (so demo content is in use).
    pub async fn demo_present(&self) -> AppResult<bool> {
        let slug = demo_content()?.werkplaats.slug;
        Ok(werkplaatsen::list(self.db())
            .await?
            .iter()
            .any(|w| w.slug == slug))
    }

    /// Creates a platform admin, or makes an existing account admin with this password.
    pub async fn create_admin(
        &self,
        email: &str,
        display_name: &str,
        password: &str,
    ) -> AppResult<domain::UserId> {
        let input = RegistrationInput {
            email: email.to_owned(),
            display_name: display_name.to_owned(),
            password: password.to_owned(),
            organisation: String::new(),
            background: String::new(),
        };
        let accepted = input.validate().map_err(AppError::Invalid)?;
        let hash = hash_password(accepted.password.clone()).await?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        let id = match users::find_by_email(&mut tx, &accepted.email).await? {
            Some(row) => {
                let id = domain::UserId(row.id);
                users::update_password(&mut tx, id, &hash, now).await?;
                users::update_admin(&mut tx, id, true, now).await?;
                id
            }
            None => {
                let new_user = users::NewUser {
                    email: &accepted.email,
                    password_hash: &hash,
                    display_name: &accepted.display_name,
                    organisation: "",
                    background: Background::Anders,
                    locale: Locale::Nl,
                    is_admin: true,
                };
                users::insert(&mut tx, &new_user, now).await?
            }
        };
        tx.commit().await?;
        Ok(id)
    }

    /// The werkplaatsen with their members, for the home page.
    pub async fn werkplaatsen_overview(
        &self,
    ) -> AppResult<Vec<(werkplaatsen::WerkplaatsRow, Vec<werkplaatsen::MemberRow>)>> {
        let mut overview = Vec::new();
        for w in werkplaatsen::list(self.db()).await? {
            let members = werkplaatsen::list_members(self.db(), domain::WerkplaatsId(w.id)).await?;
            overview.push((w, members));
        }
        Ok(overview)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn shipped_demo_content_is_valid() {
        let content = super::demo_content().unwrap();
        assert!(content.members.iter().any(|m| m.is_admin));
        assert!(content.members.iter().any(|m| m.role == "facilitator"));
    }
}
