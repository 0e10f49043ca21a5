//! Demo content (`content/demo.toml`, embedded): a werkplaats with members, so that a newcomer
//! sees a living platform; and `create-admin` for real installs.

use crate::security::hash_password;
use crate::{App, AppError, AppResult};
use domain::accounts::{Background, RegistrationInput};
use domain::ateliers::{AtelierRole, JoinPolicy, MembershipStatus, Stage, Visibility};
use domain::{Locale, slug::slugify};
use serde::Deserialize;
use store::{activities, ateliers, memberships, users, werkplaatsen};

const DEMO_TOML: &str = include_str!("../../../content/demo.toml");

/// The demo content file.
#[derive(Debug, Deserialize)]
pub struct DemoContent {
    /// The werkplaats.
    pub werkplaats: DemoWerkplaats,
    /// Its members, with their public demo passwords.
    pub members: Vec<DemoMember>,
    /// Professionaliseringsthema's.
    #[serde(default)]
    pub themes: Vec<DemoTheme>,
    /// Leerateliers.
    #[serde(default)]
    pub ateliers: Vec<DemoAtelier>,
    /// Recorded activity.
    #[serde(default)]
    pub activities: Vec<DemoActivity>,
}

/// Demo activity: `count` times `kind`, spread over the last `days_ago` days.
#[derive(Debug, Deserialize)]
pub struct DemoActivity {
    /// Atelier slug.
    pub atelier: String,
    /// Member e-mail.
    pub email: String,
    /// Activity code.
    pub kind: String,
    /// How many.
    pub count: u32,
    /// Spread over this many days back.
    pub days_ago: u32,
}

/// A demo theme.
#[derive(Debug, Deserialize)]
pub struct DemoTheme {
    /// URL part.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
}

/// A demo atelier.
#[derive(Debug, Deserialize)]
pub struct DemoAtelier {
    /// URL part.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Kennisvraag.
    pub knowledge_question: String,
    /// Stage code.
    pub stage: String,
    /// Join policy code.
    pub join_policy: String,
    /// Visibility code.
    pub visibility: String,
    /// Slugs of its themes.
    pub themes: Vec<String>,
    /// Its members.
    pub members: Vec<DemoAtelierMember>,
    /// Proposed agenda topics.
    #[serde(default)]
    pub topics: Vec<DemoTopic>,
}

/// A proposed agenda topic.
#[derive(Debug, Deserialize)]
pub struct DemoTopic {
    /// Title.
    pub title: String,
    /// Why.
    pub description: String,
    /// Who proposed it (a demo account's e-mail).
    pub email: String,
    /// Who else supports it.
    pub supporters: Vec<String>,
}

/// A demo membership.
#[derive(Debug, Deserialize)]
pub struct DemoAtelierMember {
    /// The member's e-mail (one of the demo accounts).
    pub email: String,
    /// Role code.
    pub role: String,
    /// Status code (default active).
    #[serde(default = "active")]
    pub status: String,
    /// Takes part in meetings.
    #[serde(default = "yes")]
    pub meetings: bool,
    /// Comes to public events.
    #[serde(default = "yes")]
    pub public_events: bool,
    /// Takes part online.
    #[serde(default = "yes")]
    pub online: bool,
    /// Word with a join request.
    #[serde(default)]
    pub message: String,
}

fn active() -> String {
    "active".to_owned()
}

fn yes() -> bool {
    true
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
    check_ateliers(&content)?;
    Ok(content)
}

fn check_ateliers(content: &DemoContent) -> AppResult<()> {
    let fail = |what: String| Err(AppError::Content(format!("demo.toml: {what}")));
    for a in &content.ateliers {
        if Stage::from_code(&a.stage).is_none()
            || JoinPolicy::from_code(&a.join_policy).is_none()
            || Visibility::from_code(&a.visibility).is_none()
        {
            return fail(format!(
                "atelier {}: unknown stage, join policy or visibility",
                a.slug
            ));
        }
        if let Some(t) = a
            .themes
            .iter()
            .find(|t| !content.themes.iter().any(|x| &x.slug == *t))
        {
            return fail(format!("atelier {}: unknown theme {t}", a.slug));
        }
        for m in &a.members {
            if !content.members.iter().any(|x| x.email == m.email)
                || AtelierRole::from_code(&m.role).is_none()
                || MembershipStatus::from_code(&m.status).is_none()
            {
                return fail(format!("atelier {}: bad member {}", a.slug, m.email));
            }
        }
        for t in &a.topics {
            let known = |email: &String| content.members.iter().any(|x| &x.email == email);
            if !known(&t.email) || !t.supporters.iter().all(known) {
                return fail(format!(
                    "atelier {}: topic {} names an unknown account",
                    a.slug, t.title
                ));
            }
        }
    }
    for act in &content.activities {
        if domain::reciprocity::Activity::from_code(&act.kind).is_none()
            || !content.ateliers.iter().any(|a| a.slug == act.atelier)
            || !content.members.iter().any(|m| m.email == act.email)
        {
            return fail(format!(
                "activity {} of {} in {}",
                act.kind, act.email, act.atelier
            ));
        }
    }
    Ok(())
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
        let mut ids = Vec::with_capacity(content.members.len());
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
            ids.push((member.email.as_str(), id));
        }
        let mut themes = Vec::with_capacity(content.themes.len());
        for t in &content.themes {
            let id =
                ateliers::insert_theme(&mut tx, werkplaats, &t.slug, &t.name, &t.description, now)
                    .await?;
            themes.push((t.slug.as_str(), id));
        }
        let mut atelier_ids = Vec::with_capacity(content.ateliers.len());
        for a in &content.ateliers {
            let new = ateliers::NewAtelier {
                werkplaats,
                slug: &a.slug,
                name: &a.name,
                description: &a.description,
                knowledge_question: &a.knowledge_question,
                visibility: &a.visibility,
                join_policy: &a.join_policy,
                stage: &a.stage,
            };
            let atelier = ateliers::insert(&mut tx, &new, now).await?;
            atelier_ids.push((a.slug.as_str(), atelier));
            ateliers::insert_stage_change(&mut tx, atelier, &a.stage, "", None, now).await?;
            for (slug, theme) in &themes {
                if a.themes.iter().any(|t| t == slug) {
                    ateliers::insert_theme_link(&mut tx, atelier, *theme).await?;
                }
            }
            for m in &a.members {
                let Some((_, user)) = ids.iter().find(|(email, _)| *email == m.email) else {
                    continue;
                };
                let membership = memberships::NewMembership {
                    atelier,
                    user: *user,
                    role: &m.role,
                    status: &m.status,
                    meetings: m.meetings,
                    public_events: m.public_events,
                    online: m.online,
                    request_message: &m.message,
                };
                memberships::upsert(&mut tx, &membership, now).await?;
            }
            let user_of = |email: &str| ids.iter().find(|(e, _)| *e == email).map(|(_, id)| *id);
            for topic in &a.topics {
                let Some(by) = user_of(&topic.email) else {
                    continue;
                };
                let id = store::agenda::insert(
                    &mut tx,
                    atelier,
                    by,
                    &topic.title,
                    &topic.description,
                    now,
                )
                .await?;
                for supporter in topic
                    .supporters
                    .iter()
                    .map(String::as_str)
                    .chain([topic.email.as_str()])
                {
                    if let Some(user) = user_of(supporter) {
                        store::agenda::insert_support(&mut tx, id, user, now).await?;
                    }
                }
            }
        }
        let day = 24 * 60 * 60;
        for act in &content.activities {
            let atelier = atelier_ids.iter().find(|(slug, _)| *slug == act.atelier);
            let user = ids.iter().find(|(email, _)| *email == act.email);
            let (Some((_, atelier)), Some((_, user))) = (atelier, user) else {
                continue;
            };
            for i in 0..act.count {
                let ago = i64::from(act.days_ago) * i64::from(i) / i64::from(act.count.max(1));
                activities::insert(&mut tx, *atelier, *user, &act.kind, now - ago * day).await?;
            }
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
}

#[cfg(test)]
mod tests {
    #[test]
    fn shipped_demo_content_is_valid() {
        let content = super::demo_content().unwrap();
        assert!(content.members.iter().any(|m| m.is_admin));
        assert!(content.members.iter().any(|m| m.role == "facilitator"));
        let names: Vec<&str> = content.ateliers.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Impact",
                "Armoede",
                "Betekenisvol contact in de wijk",
                "Jongeren Inclusie en Participatie",
                "Sociale Duurzaamheid",
                "Veerkrachtig ouder worden"
            ]
        );
        let themes: Vec<&str> = content.themes.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            themes,
            [
                "Ervaringsdeskundigheid",
                "Samenwerken",
                "Impact in de sociale basis",
                "Politiserend werken",
                "Sociale technologie"
            ]
        );
    }
}
