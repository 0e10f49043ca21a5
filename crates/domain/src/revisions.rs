//! Comparing two revisions: a line diff per field that changed, readable without knowing Git.

use crate::knowledge::KnowledgeContent;
use similar::{ChangeTag, TextDiff};

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    /// `same`, `added` or `removed` (also the CSS class).
    pub change: &'static str,
    /// The line's text.
    pub text: String,
}

/// The changes in one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDiff {
    /// The field (a label key suffix: `title`, `body`, …).
    pub field: &'static str,
    /// Its lines, old and new interleaved.
    pub lines: Vec<DiffLine>,
}

/// The line diff of two texts.
pub fn diff_lines(old: &str, new: &str) -> Vec<DiffLine> {
    TextDiff::from_lines(old, new)
        .iter_all_changes()
        .map(|change| DiffLine {
            change: match change.tag() {
                ChangeTag::Equal => "same",
                ChangeTag::Insert => "added",
                ChangeTag::Delete => "removed",
            },
            text: change.value().trim_end_matches(['\n', '\r']).to_owned(),
        })
        .collect()
}

/// The fields that differ between two revisions, each with its line diff.
pub fn diff_content(old: &KnowledgeContent, new: &KnowledgeContent) -> Vec<FieldDiff> {
    old.fields()
        .into_iter()
        .zip(new.fields())
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| FieldDiff {
            field,
            lines: diff_lines(&a, &b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::KnowledgeInput;

    #[test]
    fn only_changed_fields_with_their_lines() {
        let input = KnowledgeInput {
            title: "Titel".into(),
            summary: "Kort".into(),
            body: "een\ntwee\ndrie".into(),
            kind: "artikel".into(),
            visibility: "public".into(),
            language: "nl".into(),
            licence: "CC BY 4.0".into(),
            ..Default::default()
        };
        let old = input.validate().unwrap();
        let mut new = old.clone();
        new.body = "een\nTWEE\ndrie".into();
        let diff = diff_content(&old, &new);
        assert_eq!(diff.len(), 1);
        assert_eq!(diff[0].field, "body");
        let lines: Vec<(&str, &str)> = diff[0]
            .lines
            .iter()
            .map(|l| (l.change, l.text.as_str()))
            .collect();
        assert_eq!(
            lines,
            [
                ("same", "een"),
                ("removed", "twee"),
                ("added", "TWEE"),
                ("same", "drie")
            ]
        );
        assert!(diff_content(&old, &old).is_empty());
    }
}
