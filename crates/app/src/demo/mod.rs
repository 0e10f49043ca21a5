//! Demo content: a werkplaats with ateliers, themes, members and some activity, so that a
//! newcomer sees a living platform; and `create-admin` for real installs.

use crate::security::hash_password;
use crate::{App, AppError, AppResult};
use domain::Locale;
use domain::accounts::{Background, RegistrationInput};
use store::{activities, ateliers, memberships, users, werkplaatsen};

mod content;
mod events;
mod forum;
mod impact;
mod impact_value;
mod knowledge;
mod plans;
mod reports;
mod theories;

pub use knowledge::{DemoItem, demo_items};

pub use content::{
    DemoActivity, DemoAtelier, DemoAtelierMember, DemoContent, DemoMember, DemoTheme, DemoTopic,
    DemoWerkplaats, demo_content,
};

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
        let seed = knowledge::SeedIds {
            users: &ids,
            ateliers: &atelier_ids,
            themes: &themes,
        };
        self.seed_knowledge(&mut tx, &seed, now).await?;
        self.seed_forum(&mut tx, &seed, werkplaats, now).await?;
        self.seed_events(&mut tx, &seed, werkplaats, now).await?;
        self.seed_plans(&mut tx, &seed, now).await?;
        let theories = self.seed_theories(&mut tx, &seed, now).await?;
        let housing = theories.get(1).copied();
        if let Some(housing) = housing {
            self.seed_impact(&mut tx, &seed, housing, now).await?;
            self.seed_impact_value(&mut tx, housing, now).await?;
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
        if let Some(housing) = housing {
            self.seed_demo_report(housing).await?;
            let theory = store::theories::find(self.db(), housing).await?;
            if let Some(t) = theory
                && let Some(atelier) = t.atelier_id
            {
                self.seed_demo_atelier_report(atelier, t.owner_id).await?;
            }
        }
        tracing::info!(members = content.members.len(), "demo content created");
        Ok(true)
    }

    /// The demo accounts to show on the home page, only when demo content is on.
    pub fn demo_accounts(&self) -> &'static [DemoMember] {
        // Parsed once: the home page asks on every visit and the embedded file never changes.
        static MEMBERS: std::sync::OnceLock<Vec<DemoMember>> = std::sync::OnceLock::new();
        if !self.config().demo {
            return &[];
        }
        MEMBERS.get_or_init(|| demo_content().map(|c| c.members).unwrap_or_default())
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
