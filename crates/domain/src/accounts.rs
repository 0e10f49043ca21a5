//! Accounts: professional background, the rules for passwords, registration and profiles.

use crate::locale::Locale;
pub use crate::profiles::{ProfileInput, ProfileUpdate, ProfileVisibility};
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

pub(crate) fn background_field(errors: &mut FieldErrors, code: &str) -> Background {
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
}
