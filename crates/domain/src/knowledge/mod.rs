//! Knowledge items: developed knowledge and tools of an atelier, their fields, their workflow
//! (draft → in review → published → archived) and who may do what with them.

pub mod attachment;
pub mod collection;
mod content;
mod workflow;

pub use content::{KnowledgeContent, KnowledgeInput, MAX_BODY_CHARS, MAX_TAGS};
pub use workflow::{
    ItemStanding, KnowledgeAction, can_create_item, can_manage_collections, can_on_item,
};

coded_enum!(
    /// What kind of knowledge an item is.
    KnowledgeKind {
        /// An explanatory article.
        Article => "artikel",
        /// A tool or werkvorm.
        Tool => "tool",
        /// An (evaluation) method.
        Method => "methode",
        /// A practice example (casus).
        Case => "casus",
        /// A publication.
        Publication => "publicatie",
        /// A meeting report.
        Report => "verslag",
    }
);

impl KnowledgeKind {
    /// Tools and methods carry purpose, duration, group size and materials.
    pub fn is_practical(self) -> bool {
        matches!(self, KnowledgeKind::Tool | KnowledgeKind::Method)
    }
}

coded_enum!(
    /// Where an item is in its workflow.
    KnowledgeStatus {
        /// Being written; only the author, reviewers and facilitators see it.
        Draft => "draft",
        /// Waiting for the chosen reviewers.
        Review => "review",
        /// Live for everyone its visibility allows.
        Published => "published",
        /// No longer current; still readable, no longer listed.
        Archived => "archived",
    }
);

coded_enum!(
    /// Who may read a published item.
    KnowledgeVisibility {
        /// Everyone, also without an account (and in feeds).
        Public => "public",
        /// Members of the werkplaats.
        Werkplaats => "werkplaats",
        /// Members of the owning atelier.
        Atelier => "atelier",
    }
);

coded_enum!(
    /// The language an item is written in.
    ContentLanguage {
        /// Dutch.
        Dutch => "nl",
        /// English.
        English => "en",
    }
);

/// The licence an item gets unless its author chooses another.
pub const DEFAULT_LICENCE: &str = "CC BY 4.0";

/// Licences offered in the form (codes are shown as they are).
pub const LICENCES: &[&str] = &[
    "CC BY 4.0",
    "CC BY-SA 4.0",
    "CC BY-NC 4.0",
    "CC BY-NC-SA 4.0",
    "CC0 1.0",
    "Alle rechten voorbehouden",
];
