//! Accounts: professional background, the rules for passwords, registration and profiles.

use crate::locale::Locale;
use crate::profiles::FieldVisibility;
use crate::validation::{self, FieldErrors};
use serde::{Deserialize, Serialize};

/// Shortest password accepted (NIST SP 800-63B asks for at least 8; we ask 12).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest password accepted, so hashing time stays bounded.
pub const MAX_PASSWORD_CHARS: usize = 256;
/// Longest display name.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest organisation name.
pub const MAX_ORGANISATION_CHARS: usize = 120;

/// The professional background a member states on their profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Background {
    /// Social worker.
    SociaalWerker,
    /// Policy officer.
    Beleidsmedewerker,
    /// Researcher.
    Onderzoeker,
    /// Lecturer.
    Docent,
    /// Student.
    Student,
    /// Expert by experience.
    Ervaringsdeskundige,
    /// Anything else.
    #[default]
    Anders,
}

impl Background {
    /// Every background, in the order forms show them.
    pub const ALL: [Background; 7] = [
        Background::SociaalWerker,
        Background::Beleidsmedewerker,
        Background::Onderzoeker,
        Background::Docent,
        Background::Student,
        Background::Ervaringsdeskundige,
        Background::Anders,
    ];

    /// The stable code stored in the database and sent by forms.
    pub fn code(self) -> &'static str {
        match self {
            Background::SociaalWerker => "sociaal-werker",
            Background::Beleidsmedewerker => "beleidsmedewerker",
            Background::Onderzoeker => "onderzoeker",
            Background::Docent => "docent",
            Background::Student => "student",
            Background::Ervaringsdeskundige => "ervaringsdeskundige",
            Background::Anders => "anders",
        }
    }

    /// Parses a stored or submitted code.
    pub fn from_code(code: &str) -> Option<Background> {
        Background::ALL.into_iter().find(|b| b.code() == code)
    }
}

/// A member account as the rest of the platform sees it (never with the password hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// The account's id.
    pub id: crate::UserId,
    /// Normalised e-mail address.
    pub email: String,
    /// Name shown to others.
    pub display_name: String,
    /// Organisation, maybe empty.
    pub organisation: String,
    /// Stated background.
    pub background: Background,
    /// Preferred interface language.
    pub locale: Locale,
    /// Platform admin: manages everything.
    pub is_admin: bool,
}

impl User {
    /// The actor this user is for permission checks.
    pub fn actor(&self) -> crate::permissions::Actor {
        if self.is_admin {
            crate::permissions::Actor::PlatformAdmin
        } else {
            crate::permissions::Actor::Member
        }
    }
}

/// How new people may join the platform; platform admins choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RegistrationMode {
    /// Anyone may register.
    #[default]
    Open,
    /// Only people with an invitation link may register.
    InvitationOnly,
}

impl RegistrationMode {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            RegistrationMode::Open => "open",
            RegistrationMode::InvitationOnly => "invitation",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<RegistrationMode> {
        match code {
            "open" => Some(RegistrationMode::Open),
            "invitation" => Some(RegistrationMode::InvitationOnly),
            _ => None,
        }
    }
}

/// What the registration form submits, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RegistrationInput {
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Name shown to others.
    #[serde(default)]
    pub display_name: String,
    /// Chosen password.
    #[serde(default)]
    pub password: String,
    /// Organisation (optional).
    #[serde(default)]
    pub organisation: String,
    /// Background code.
    #[serde(default)]
    pub background: String,
}

/// A registration that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRegistration {
    /// Normalised e-mail address.
    pub email: String,
    /// Trimmed display name.
    pub display_name: String,
    /// The password, unchanged (spaces are allowed in passwords).
    pub password: String,
    /// Trimmed organisation, maybe empty.
    pub organisation: String,
    /// Stated background.
    pub background: Background,
}

impl RegistrationInput {
    /// Applies every rule; returns the accepted registration or all the problems.
    pub fn validate(&self) -> Result<NewRegistration, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = validation::email(&mut errors, "email", &self.email);
        let display_name = validation::required_text(
            &mut errors,
            "display_name",
            &self.display_name,
            MAX_NAME_CHARS,
        );
        check_new_password(&mut errors, "password", &self.password, &email);
        let organisation = validation::optional_text(
            &mut errors,
            "organisation",
            &self.organisation,
            MAX_ORGANISATION_CHARS,
        );
        let background = background_field(&mut errors, &self.background);
        errors.into_result(NewRegistration {
            email,
            display_name,
            password: self.password.clone(),
            organisation,
            background,
        })
    }
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

fn background_field(errors: &mut FieldErrors, code: &str) -> Background {
    if code.is_empty() {
        return Background::Anders;
    }
    Background::from_code(code).unwrap_or_else(|| {
        errors.add("background", "error-choice");
        Background::Anders
    })
}

/// Checks a new password: long enough, not too long, not the e-mail address.
pub fn check_new_password(
    errors: &mut FieldErrors,
    field: &'static str,
    password: &str,
    email: &str,
) {
    let chars = password.chars().count();
    if chars == 0 {
        errors.add(field, "error-required");
    } else if chars < MIN_PASSWORD_CHARS {
        errors.add_with_limit(field, "error-password-short", MIN_PASSWORD_CHARS);
    } else if chars > MAX_PASSWORD_CHARS {
        errors.add_with_limit(field, "error-too-long", MAX_PASSWORD_CHARS);
    } else if !email.is_empty() && password.trim().to_lowercase() == email.trim().to_lowercase() {
        errors.add(field, "error-password-is-email");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> RegistrationInput {
        RegistrationInput {
            email: " Fatima@Voorbeeld.nl".into(),
            display_name: " Fatima ".into(),
            password: "lange zin als wachtwoord".into(),
            organisation: "".into(),
            background: "sociaal-werker".into(),
        }
    }

    #[test]
    fn a_valid_registration_is_normalised() {
        let accepted = valid().validate().unwrap();
        assert_eq!(accepted.email, "fatima@voorbeeld.nl");
        assert_eq!(accepted.display_name, "Fatima");
        assert_eq!(accepted.background, Background::SociaalWerker);
    }

    /// A change to a valid input, the field it breaks and the expected message id.
    type RuleCase = (fn(&mut RegistrationInput), &'static str, &'static str);

    #[test]
    fn each_rule_names_its_field() {
        let cases: [RuleCase; 7] = [
            (|i| i.email = "".into(), "email", "error-required"),
            (|i| i.email = "geen-adres".into(), "email", "error-email"),
            (
                |i| i.display_name = " ".into(),
                "display_name",
                "error-required",
            ),
            (
                |i| i.display_name = "x".repeat(81),
                "display_name",
                "error-too-long",
            ),
            (
                |i| i.password = "kort".into(),
                "password",
                "error-password-short",
            ),
            (
                |i| i.password = "FATIMA@voorbeeld.nl".into(),
                "password",
                "error-password-is-email",
            ),
            (
                |i| i.background = "astronaut".into(),
                "background",
                "error-choice",
            ),
        ];
        for (change, field, key) in cases {
            let mut input = valid();
            change(&mut input);
            let errors = input.validate().unwrap_err();
            assert_eq!(errors.for_field(field).map(|e| e.key), Some(key), "{field}");
        }
    }

    #[test]
    fn backgrounds_round_trip() {
        for b in Background::ALL {
            assert_eq!(Background::from_code(b.code()), Some(b));
        }
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
