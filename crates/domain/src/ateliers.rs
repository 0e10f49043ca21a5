//! Leerateliers: visibility, how people join, roles, degrees of participation and Wenger's
//! stages of a community of practice.

use crate::validation::{self, FieldErrors};
use serde::Deserialize;

macro_rules! coded_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code stored in the database and sent by forms.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// Parses a stored or submitted code.
            pub fn from_code(code: &str) -> Option<$name> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

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
