//! Typed ids: an `i64` per kind of row, so a user id is never passed where a werkplaats id belongs.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A member account.
    UserId
);
id_type!(
    /// A werkplaats (regional workshop).
    WerkplaatsId
);
id_type!(
    /// A leeratelier (learning community).
    AtelierId
);
id_type!(
    /// A professionaliseringsthema (theme across ateliers).
    ThemeId
);
id_type!(
    /// A knowledge item (artikel, tool, methode, …).
    KnowledgeId
);
