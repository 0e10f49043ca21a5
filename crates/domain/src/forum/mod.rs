//! The forum: kinds of thread, the thread and reply forms, who may do what, and the client-data
//! guard that runs before a post is saved.

pub mod guard;
pub mod mentions;
mod permissions;

pub use permissions::{ForumAction, ForumStanding, can_in_forum};

use crate::validation::{FieldErrors, required_text};
use serde::Deserialize;

/// Longest thread title.
pub const MAX_THREAD_TITLE: usize = 160;
/// Longest post (Markdown).
pub const MAX_POST_CHARS: usize = 20_000;
/// Posts per page of a thread (a post's page follows from its place, so links stay stable).
/// Fifty: most threads read on one page, and a full page stays near 100 KB.
pub const POSTS_PER_PAGE: i64 = 50;

coded_enum!(
    /// What kind of conversation a thread is.
    ThreadKind {
        /// An open discussion.
        Discussion => "discussion",
        /// A practice question (praktijkvraag): the asker or a facilitator marks a helpful
        /// answer.
        Question => "question",
        /// A slow question (trage vraag): deeper or ethical, never "solved", replies over days.
        Slow => "slow",
    }
);

/// The new-thread form.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ThreadInput {
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Kind code.
    #[serde(default)]
    pub kind: String,
    /// The first post (Markdown).
    #[serde(default)]
    pub body: String,
}

/// A valid new thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewThread {
    /// Title.
    pub title: String,
    /// Kind.
    pub kind: ThreadKind,
    /// First post.
    pub body: String,
}

impl ThreadInput {
    /// Checks title, kind and first post.
    pub fn validate(&self) -> Result<NewThread, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = required_text(&mut errors, "title", &self.title, MAX_THREAD_TITLE);
        let kind = ThreadKind::from_code(&self.kind);
        if kind.is_none() {
            errors.add("kind", "error-choice");
        }
        let body = post_body(&mut errors, &self.body);
        errors.into_result(NewThread {
            title,
            kind: kind.unwrap_or(ThreadKind::Discussion),
            body,
        })
    }
}

/// The new-category form.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CategoryInput {
    /// Name.
    #[serde(default)]
    pub name: String,
    /// What belongs here.
    #[serde(default)]
    pub description: String,
}

impl CategoryInput {
    /// Checks name (required, 80) and description (300); returns them trimmed.
    pub fn validate(&self) -> Result<(String, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = required_text(&mut errors, "name", &self.name, 80);
        let description =
            crate::validation::optional_text(&mut errors, "description", &self.description, 300);
        errors.into_result((name, description))
    }
}

/// Checks a post's text: present and within the limit.
pub fn post_body(errors: &mut FieldErrors, body: &str) -> String {
    required_text(errors, "body", body, MAX_POST_CHARS)
}

/// The page of a thread a post is on, from its place (1-based) among the thread's posts.
pub fn page_of(position: i64) -> i64 {
    (position.max(1) - 1) / POSTS_PER_PAGE + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thread_needs_title_kind_and_text() {
        let ok = ThreadInput {
            title: " Hoe meet je eenzaamheid? ".into(),
            kind: "slow".into(),
            body: "Wie heeft ervaring?".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(
            (ok.title.as_str(), ok.kind),
            ("Hoe meet je eenzaamheid?", ThreadKind::Slow)
        );
        let errors = ThreadInput::default().validate().unwrap_err();
        let fields: Vec<(&str, &str)> = errors.iter().map(|e| (e.field, e.key)).collect();
        assert_eq!(
            fields,
            [
                ("title", "error-required"),
                ("kind", "error-choice"),
                ("body", "error-required")
            ]
        );
        let long = ThreadInput {
            title: "t".into(),
            kind: "discussion".into(),
            body: "x".repeat(MAX_POST_CHARS + 1),
        };
        assert_eq!(
            long.validate().unwrap_err().iter().next().unwrap().key,
            "error-too-long"
        );
    }

    #[test]
    fn a_category_needs_a_name() {
        let ok = CategoryInput {
            name: " Vragen ".into(),
            description: String::new(),
        };
        assert_eq!(ok.validate().unwrap(), ("Vragen".to_owned(), String::new()));
        let errors = CategoryInput::default().validate().unwrap_err();
        assert_eq!(errors.iter().next().unwrap().key, "error-required");
    }

    #[test]
    fn posts_keep_their_page() {
        assert_eq!(page_of(1), 1);
        assert_eq!(page_of(POSTS_PER_PAGE), 1);
        assert_eq!(page_of(POSTS_PER_PAGE + 1), 2);
        assert_eq!(page_of(0), 1);
    }
}
