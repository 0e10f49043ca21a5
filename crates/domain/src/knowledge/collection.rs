//! Collections: a facilitator's ordered selection of knowledge items around one purpose
//! (e.g. "Impact: aan de slag"). Only the form's rules live here.

use crate::validation::{FieldErrors, optional_text, required_text};
use serde::Deserialize;

/// Longest title.
pub const MAX_COLLECTION_TITLE: usize = 120;
/// Longest description (Markdown).
pub const MAX_COLLECTION_DESCRIPTION: usize = 2000;

/// The collection form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CollectionInput {
    /// Title.
    #[serde(default)]
    pub title: String,
    /// What the collection is for and how to use it (Markdown).
    #[serde(default)]
    pub description: String,
}

/// A valid collection: trimmed title and description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectionContent {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
}

impl CollectionInput {
    /// Checks the form: a title, and both within their length.
    pub fn validate(&self) -> Result<CollectionContent, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = required_text(&mut errors, "title", &self.title, MAX_COLLECTION_TITLE);
        let description = optional_text(
            &mut errors,
            "description",
            &self.description,
            MAX_COLLECTION_DESCRIPTION,
        );
        errors.into_result(CollectionContent { title, description })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_collection_needs_a_title_within_limits() {
        let ok = CollectionInput {
            title: "  Impact: aan de slag ".into(),
            description: "Begin hier.".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(ok.title, "Impact: aan de slag");
        let fields = |input: CollectionInput| -> Vec<(&'static str, &'static str)> {
            input
                .validate()
                .err()
                .map(|e| e.iter().map(|f| (f.field, f.key)).collect())
                .unwrap_or_default()
        };
        assert_eq!(
            fields(CollectionInput::default()),
            [("title", "error-required")]
        );
        assert_eq!(
            fields(CollectionInput {
                title: "x".repeat(MAX_COLLECTION_TITLE + 1),
                description: "y".repeat(MAX_COLLECTION_DESCRIPTION + 1),
            }),
            [
                ("title", "error-too-long"),
                ("description", "error-too-long")
            ]
        );
    }
}
