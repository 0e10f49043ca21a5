//! Pure types and rules of Leeratelier: no I/O, no async, no database, no HTTP.

/// An enum with stable string codes (stored in the database, sent by forms).
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

pub mod accounts;
pub mod agenda;
pub mod ateliers;
pub mod events;
pub mod forum;
pub mod ids;
pub mod impact;
pub mod keuzehulp;
pub mod knowledge;
pub mod locale;
pub mod markdown;
pub mod permissions;
pub mod profiles;
pub mod reciprocity;
pub mod report;
pub mod revisions;
pub mod search;
pub mod slug;
pub mod toc;
pub mod validation;

pub use ids::{AtelierId, KnowledgeId, ThemeId, UserId, WerkplaatsId};
pub use locale::Locale;
pub use validation::FieldErrors;
