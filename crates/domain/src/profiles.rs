//! What members show of themselves: per field, the member chooses who sees it. Nobody's e-mail
//! address is shown unless its owner chooses so.

use crate::Locale;
use crate::accounts::{Background, MAX_NAME_CHARS, MAX_ORGANISATION_CHARS, background_field};
use crate::validation::{self, FieldErrors};
use serde::Deserialize;

/// Who may see a profile field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FieldVisibility {
    /// Only the member (and platform admins).
    Private,
    /// Logged-in members of the platform.
    Members,
    /// Everyone, also visitors without an account.
    Public,
}

impl FieldVisibility {
    /// Every level, most private first.
    pub const ALL: [FieldVisibility; 3] = [
        FieldVisibility::Private,
        FieldVisibility::Members,
        FieldVisibility::Public,
    ];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            FieldVisibility::Private => "private",
            FieldVisibility::Members => "members",
            FieldVisibility::Public => "public",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<FieldVisibility> {
        FieldVisibility::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// Who is looking at a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// A visitor without an account.
    Anonymous,
    /// Another member.
    Member,
    /// The member themself, or a platform admin.
    OwnerOrAdmin,
}

/// True when `viewer` may see a field with visibility `level`.
pub fn can_see(level: FieldVisibility, viewer: Viewer) -> bool {
    match viewer {
        Viewer::OwnerOrAdmin => true,
        Viewer::Member => level >= FieldVisibility::Members,
        Viewer::Anonymous => level == FieldVisibility::Public,
    }
}

/// Most expertise tags per member.
pub const MAX_TAGS: usize = 10;
/// Longest expertise tag.
pub const MAX_TAG_CHARS: usize = 40;

/// Parses "vraag mij over …" tags typed as a comma-separated list: trimmed, without doubles
/// (ignoring case), in the order typed.
pub fn parse_tags(errors: &mut FieldErrors, field: &'static str, typed: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in typed.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if tag.chars().count() > MAX_TAG_CHARS {
            errors.add_with_limit(field, "error-tag-too-long", MAX_TAG_CHARS);
            return tags;
        }
        if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag.to_owned());
        }
    }
    if tags.len() > MAX_TAGS {
        errors.add_with_limit(field, "error-too-many-tags", MAX_TAGS);
    }
    tags
}

/// What the profile form submits, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ProfileInput {
    /// Name shown to others.
    #[serde(default)]
    pub display_name: String,
    /// Organisation (optional).
    #[serde(default)]
    pub organisation: String,
    /// Background code.
    #[serde(default)]
    pub background: String,
    /// Preferred language code.
    #[serde(default)]
    pub locale: String,
    /// A few sentences about oneself.
    #[serde(default)]
    pub bio: String,
    /// "Vraag mij over …": comma-separated tags.
    #[serde(default)]
    pub expertise: String,
    /// Who sees the e-mail address.
    #[serde(default)]
    pub email_visibility: String,
    /// Who sees the organisation.
    #[serde(default)]
    pub organisation_visibility: String,
    /// Who sees the background.
    #[serde(default)]
    pub background_visibility: String,
    /// Who sees the expertise tags and the bio.
    #[serde(default)]
    pub expertise_visibility: String,
    /// Who sees which ateliers one belongs to.
    #[serde(default)]
    pub ateliers_visibility: String,
    /// `name` or `anonymous`: how contributions are attributed.
    #[serde(default)]
    pub attribution: String,
}

/// A profile change that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileUpdate {
    /// Trimmed display name.
    pub display_name: String,
    /// Trimmed organisation.
    pub organisation: String,
    /// Stated background.
    pub background: Background,
    /// Preferred interface language.
    pub locale: Locale,
    /// About oneself.
    pub bio: String,
    /// Expertise tags.
    pub expertise: Vec<String>,
    /// Visibility of e-mail, organisation, background, expertise (with bio) and ateliers.
    pub visibility: ProfileVisibility,
    /// Contributions show the name (true) or "a member" (false).
    pub attribute_by_name: bool,
}

/// Who sees which part of a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProfileVisibility {
    /// E-mail address (private by default).
    pub email: FieldVisibility,
    /// Organisation.
    pub organisation: FieldVisibility,
    /// Background.
    pub background: FieldVisibility,
    /// Expertise tags and bio.
    pub expertise: FieldVisibility,
    /// Ateliers one belongs to.
    pub ateliers: FieldVisibility,
}

impl Default for ProfileVisibility {
    fn default() -> Self {
        ProfileVisibility {
            email: FieldVisibility::Private,
            organisation: FieldVisibility::Members,
            background: FieldVisibility::Members,
            expertise: FieldVisibility::Members,
            ateliers: FieldVisibility::Members,
        }
    }
}

/// Longest bio.
pub const MAX_BIO_CHARS: usize = 1000;

fn visibility_field(
    errors: &mut FieldErrors,
    field: &'static str,
    code: &str,
    default: FieldVisibility,
) -> FieldVisibility {
    if code.is_empty() {
        return default;
    }
    FieldVisibility::from_code(code).unwrap_or_else(|| {
        errors.add(field, "error-choice");
        default
    })
}

impl ProfileInput {
    /// Applies every rule; returns the accepted change or all the problems.
    pub fn validate(&self) -> Result<ProfileUpdate, FieldErrors> {
        let mut errors = FieldErrors::new();
        let display_name = validation::required_text(
            &mut errors,
            "display_name",
            &self.display_name,
            MAX_NAME_CHARS,
        );
        let organisation = validation::optional_text(
            &mut errors,
            "organisation",
            &self.organisation,
            MAX_ORGANISATION_CHARS,
        );
        let background = background_field(&mut errors, &self.background);
        let locale = Locale::from_code(&self.locale).unwrap_or_else(|| {
            errors.add("locale", "error-choice");
            Locale::Nl
        });
        let bio = validation::optional_text(&mut errors, "bio", &self.bio, MAX_BIO_CHARS);
        let expertise = crate::profiles::parse_tags(&mut errors, "expertise", &self.expertise);
        let d = ProfileVisibility::default();
        let mut vis =
            |field, code: &str, default| visibility_field(&mut errors, field, code, default);
        let visibility = ProfileVisibility {
            email: vis("email_visibility", &self.email_visibility, d.email),
            organisation: vis(
                "organisation_visibility",
                &self.organisation_visibility,
                d.organisation,
            ),
            background: vis(
                "background_visibility",
                &self.background_visibility,
                d.background,
            ),
            expertise: vis(
                "expertise_visibility",
                &self.expertise_visibility,
                d.expertise,
            ),
            ateliers: vis("ateliers_visibility", &self.ateliers_visibility, d.ateliers),
        };
        let attribute_by_name = match self.attribution.as_str() {
            "" | "name" => true,
            "anonymous" => false,
            _ => {
                errors.add("attribution", "error-choice");
                true
            }
        };
        errors.into_result(ProfileUpdate {
            display_name,
            organisation,
            background,
            locale,
            bio,
            expertise,
            visibility,
            attribute_by_name,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FieldVisibility::*;

    #[test]
    fn visibility_table() {
        let table = [
            (Private, Viewer::Anonymous, false),
            (Private, Viewer::Member, false),
            (Private, Viewer::OwnerOrAdmin, true),
            (Members, Viewer::Anonymous, false),
            (Members, Viewer::Member, true),
            (Public, Viewer::Anonymous, true),
            (Public, Viewer::Member, true),
        ];
        for (level, viewer, visible) in table {
            assert_eq!(can_see(level, viewer), visible, "{level:?} {viewer:?}");
        }
        for v in FieldVisibility::ALL {
            assert_eq!(FieldVisibility::from_code(v.code()), Some(v));
        }
    }

    #[test]
    fn tags_are_trimmed_and_unique() {
        let mut errors = FieldErrors::new();
        let tags = parse_tags(
            &mut errors,
            "expertise",
            " MSC, schuldhulp ,, msc, Outcome Harvesting ",
        );
        assert_eq!(tags, ["MSC", "schuldhulp", "Outcome Harvesting"]);
        assert!(errors.is_empty());
        parse_tags(&mut errors, "expertise", &"x".repeat(41));
        assert_eq!(
            errors.for_field("expertise").map(|e| e.key),
            Some("error-tag-too-long")
        );
        let mut errors = FieldErrors::new();
        let many: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
        parse_tags(&mut errors, "expertise", &many.join(","));
        assert_eq!(
            errors.for_field("expertise").map(|e| e.key),
            Some("error-too-many-tags")
        );
    }
    #[test]
    fn profile_visibility_defaults_keep_the_email_private() {
        let input = ProfileInput {
            display_name: "Ann".into(),
            locale: "nl".into(),
            ..Default::default()
        };
        let update = input.clone().validate().unwrap();
        assert_eq!(update.visibility, ProfileVisibility::default());
        assert_eq!(update.visibility.email, FieldVisibility::Private);
        assert!(update.attribute_by_name);
        let odd = ProfileInput {
            email_visibility: "world".into(),
            attribution: "pseudo".into(),
            ..input
        };
        let errors = odd.validate().unwrap_err();
        assert!(errors.for_field("email_visibility").is_some());
        assert!(errors.for_field("attribution").is_some());
    }

    #[test]
    fn profile_rejects_unknown_language() {
        let input = ProfileInput {
            display_name: "Ann".into(),
            background: "docent".into(),
            locale: "fr".into(),
            ..Default::default()
        };
        assert_eq!(
            input
                .validate()
                .unwrap_err()
                .for_field("locale")
                .map(|e| e.key),
            Some("error-choice")
        );
    }
}
