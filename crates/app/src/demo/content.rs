//! The demo content file (`content/demo.toml`, embedded): its shape and the checks that keep
//! it consistent (known codes, accounts that exist, themes that exist).

use crate::{AppError, AppResult};
use domain::accounts::RegistrationInput;
use domain::ateliers::{AtelierRole, JoinPolicy, MembershipStatus, Stage, Visibility};
use domain::slug::slugify;
use serde::Deserialize;

const DEMO_TOML: &str = include_str!("../../../../content/demo.toml");

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
