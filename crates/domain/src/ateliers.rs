//! Leerateliers: visibility, how people join, roles, degrees of participation and Wenger's
//! stages of a community of practice.

use crate::validation::{self, FieldErrors};
use serde::Deserialize;

coded_enum!(
    /// Who may see an atelier's page.
    Visibility {
        /// Anyone, also without an account.
        Public => "public",
        /// Only the atelier's members (and admins).
        Members => "members",
    }
);

coded_enum!(
    /// How people join an atelier.
    JoinPolicy {
        /// Joining is immediate.
        Open => "open",
        /// A facilitator approves each request.
        Approval => "approval",
        /// Only by invitation.
        Invitation => "invitation",
    }
);

coded_enum!(
    /// A member's role in one atelier.
    AtelierRole {
        /// Takes part.
        Member => "member",
        /// Leerfacilitator: approves, invites, steers the stage and the agenda.
        Facilitator => "facilitator",
        /// Coordinator: as a facilitator, and edits the atelier itself.
        Coordinator => "coordinator",
    }
);

coded_enum!(
    /// Where a membership stands.
    MembershipStatus {
        /// Asked to join; waits for a facilitator.
        Requested => "requested",
        /// A member.
        Active => "active",
        /// The request was declined.
        Declined => "declined",
    }
);

coded_enum!(
    /// The stages of development of a community of practice (Wenger, McDermott & Snyder, 2002).
    Stage {
        /// People discover a shared concern and find each other.
        Potential => "potential",
        /// The community forms: trust, a shared question, first activities.
        Coalescing => "coalescing",
        /// It grows and clarifies its focus, role and boundaries.
        Maturing => "maturing",
        /// It keeps its relevance and voice; knowledge is kept up to date.
        Stewardship => "stewardship",
        /// It changes radically, merges, splits or closes.
        Transformation => "transformation",
    }
);

impl AtelierRole {
    /// Facilitators and coordinators steer the atelier.
    pub fn facilitates(self) -> bool {
        matches!(self, AtelierRole::Facilitator | AtelierRole::Coordinator)
    }
}

/// The degree of participation a member chooses per atelier: any combination, at least one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Participation {
    /// Takes part in the atelier's meetings (and gets their invitations).
    pub meetings: bool,
    /// Comes to public events.
    pub public_events: bool,
    /// Takes part on the online platform (forum, knowledge base).
    pub online: bool,
}

impl Default for Participation {
    fn default() -> Self {
        Participation {
            meetings: true,
            public_events: true,
            online: true,
        }
    }
}

/// What the join form submits, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct JoinInput {
    /// A checkbox: present when ticked.
    #[serde(default)]
    pub meetings: Option<String>,
    /// A checkbox.
    #[serde(default)]
    pub public_events: Option<String>,
    /// A checkbox.
    #[serde(default)]
    pub online: Option<String>,
    /// A word to the facilitator (optional).
    #[serde(default)]
    pub message: String,
}

/// Longest message with a join request or a decision.
pub const MAX_MESSAGE_CHARS: usize = 1000;
/// Longest reason for a change of stage.
pub const MAX_REASON_CHARS: usize = 500;

impl JoinInput {
    /// The chosen participation and message, or the problems.
    pub fn validate(&self) -> Result<(Participation, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let participation = Participation {
            meetings: self.meetings.is_some(),
            public_events: self.public_events.is_some(),
            online: self.online.is_some(),
        };
        if !(participation.meetings || participation.public_events || participation.online) {
            errors.add("participation", "error-participation-none");
        }
        let message =
            validation::optional_text(&mut errors, "message", &self.message, MAX_MESSAGE_CHARS);
        errors.into_result((participation, message))
    }
}

/// Longest atelier name.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest description or knowledge question.
pub const MAX_TEXT_CHARS: usize = 4000;

/// What the atelier form submits, as typed. Themes arrive as repeated `theme` fields.
#[derive(Debug, Clone, Default)]
pub struct AtelierInput {
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// The shared knowledge question.
    pub knowledge_question: String,
    /// Visibility code.
    pub visibility: String,
    /// Join policy code.
    pub join_policy: String,
    /// Ids of the chosen themes.
    pub themes: Vec<i64>,
}

/// An atelier's settings that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtelierSettings {
    /// Name.
    pub name: String,
    /// URL part made from the name.
    pub slug: String,
    /// Description.
    pub description: String,
    /// Knowledge question.
    pub knowledge_question: String,
    /// Visibility.
    pub visibility: Visibility,
    /// Join policy.
    pub join_policy: JoinPolicy,
    /// Chosen theme ids.
    pub themes: Vec<i64>,
}

impl AtelierInput {
    /// Applies every rule; `known_themes` are the werkplaats's theme ids.
    pub fn validate(&self, known_themes: &[i64]) -> Result<AtelierSettings, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = validation::required_text(&mut errors, "name", &self.name, MAX_NAME_CHARS);
        let slug = crate::slug::slugify(&name);
        if !name.is_empty() && slug.is_empty() {
            errors.add("name", "error-name-letters");
        }
        let description = validation::optional_text(
            &mut errors,
            "description",
            &self.description,
            MAX_TEXT_CHARS,
        );
        let knowledge_question = validation::required_text(
            &mut errors,
            "knowledge_question",
            &self.knowledge_question,
            MAX_TEXT_CHARS,
        );
        let visibility = Visibility::from_code(&self.visibility).unwrap_or_else(|| {
            errors.add("visibility", "error-choice");
            Visibility::Public
        });
        let join_policy = JoinPolicy::from_code(&self.join_policy).unwrap_or_else(|| {
            errors.add("join_policy", "error-choice");
            JoinPolicy::Approval
        });
        if self.themes.iter().any(|t| !known_themes.contains(t)) {
            errors.add("themes", "error-choice");
        }
        let mut themes = self.themes.clone();
        themes.sort_unstable();
        themes.dedup();
        errors.into_result(AtelierSettings {
            name,
            slug,
            description,
            knowledge_question,
            visibility,
            join_policy,
            themes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for v in Visibility::ALL {
            assert_eq!(Visibility::from_code(v.code()), Some(*v));
        }
        for p in JoinPolicy::ALL {
            assert_eq!(JoinPolicy::from_code(p.code()), Some(*p));
        }
        for r in AtelierRole::ALL {
            assert_eq!(AtelierRole::from_code(r.code()), Some(*r));
        }
        for s in MembershipStatus::ALL {
            assert_eq!(MembershipStatus::from_code(s.code()), Some(*s));
        }
        assert_eq!(Stage::ALL.len(), 5);
        for s in Stage::ALL {
            assert_eq!(Stage::from_code(s.code()), Some(*s));
        }
        assert_eq!(Stage::from_code("rijp"), None);
    }

    /// A change to valid input, the field it breaks and the expected message id.
    type SettingsCase = (fn(&mut AtelierInput), &'static str, &'static str);

    #[test]
    fn atelier_settings_rules() {
        let valid = AtelierInput {
            name: " Één wijk ".into(),
            description: "".into(),
            knowledge_question: "Wat werkt?".into(),
            visibility: "members".into(),
            join_policy: "open".into(),
            themes: vec![3, 1, 3],
        };
        let ok = valid.validate(&[1, 2, 3]).unwrap();
        assert_eq!(
            (ok.name.as_str(), ok.slug.as_str(), ok.themes),
            ("Één wijk", "een-wijk", vec![1, 3])
        );
        let cases: [SettingsCase; 5] = [
            (|i| i.name = " ".into(), "name", "error-required"),
            (|i| i.name = "!!!".into(), "name", "error-name-letters"),
            (
                |i| i.knowledge_question = "".into(),
                "knowledge_question",
                "error-required",
            ),
            (
                |i| i.visibility = "geheim".into(),
                "visibility",
                "error-choice",
            ),
            (|i| i.themes = vec![9], "themes", "error-choice"),
        ];
        for (change, field, key) in cases {
            let mut input = valid.clone();
            change(&mut input);
            let errors = input.validate(&[1, 2, 3]).unwrap_err();
            assert_eq!(errors.for_field(field).map(|e| e.key), Some(key), "{field}");
        }
    }

    #[test]
    fn joining_needs_at_least_one_degree_of_participation() {
        let none = JoinInput::default().validate().unwrap_err();
        assert_eq!(
            none.for_field("participation").map(|e| e.key),
            Some("error-participation-none")
        );
        let online = JoinInput {
            online: Some("on".into()),
            message: " hoi ".into(),
            ..Default::default()
        };
        let (participation, message) = online.validate().unwrap();
        assert_eq!(
            participation,
            Participation {
                meetings: false,
                public_events: false,
                online: true
            }
        );
        assert_eq!(message, "hoi");
        let long = JoinInput {
            meetings: Some("on".into()),
            message: "x".repeat(1001),
            ..Default::default()
        };
        assert!(long.validate().unwrap_err().for_field("message").is_some());
    }
}

/// A name and description (werkplaats or theme), validated: the name is required, a slug is
/// made from it.
pub fn validate_named(
    name: &str,
    description: &str,
) -> Result<(String, String, String), FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = validation::required_text(&mut errors, "name", name, MAX_NAME_CHARS);
    let slug = crate::slug::slugify(&name);
    if !name.is_empty() && slug.is_empty() {
        errors.add("name", "error-name-letters");
    }
    let description =
        validation::optional_text(&mut errors, "description", description, MAX_TEXT_CHARS);
    errors.into_result((name, slug, description))
}

#[cfg(test)]
mod named_tests {
    #[test]
    fn names_are_required_and_make_a_slug() {
        let (name, slug, _) = super::validate_named(" Sociale technologie ", "").unwrap();
        assert_eq!(
            (name.as_str(), slug.as_str()),
            ("Sociale technologie", "sociale-technologie")
        );
        assert!(
            super::validate_named("", "")
                .unwrap_err()
                .for_field("name")
                .is_some()
        );
        assert!(
            super::validate_named("??", "")
                .unwrap_err()
                .for_field("name")
                .is_some()
        );
    }
}
