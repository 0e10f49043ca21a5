//! Pure types and rules of Leeratelier: no I/O, no async, no database, no HTTP.

pub mod accounts;
pub mod agenda;
pub mod ateliers;
pub mod ids;
pub mod locale;
pub mod permissions;
pub mod profiles;
pub mod reciprocity;
pub mod slug;
pub mod validation;

pub use ids::{AtelierId, ThemeId, UserId, WerkplaatsId};
pub use locale::Locale;
pub use validation::FieldErrors;
