//! The fields of a knowledge item, as the form submits them and as a revision stores them.

use super::{ContentLanguage, KnowledgeKind, KnowledgeVisibility, LICENCES};
use crate::validation::{self, FieldErrors};
use serde::{Deserialize, Serialize};

/// Longest title.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest summary.
pub const MAX_SUMMARY_CHARS: usize = 600;
/// Longest body (Markdown).
pub const MAX_BODY_CHARS: usize = 100_000;
/// Longest short field (target group, authors, duration, …).
pub const MAX_SHORT_CHARS: usize = 300;
/// Longest revision message.
pub const MAX_MESSAGE_CHARS: usize = 300;
/// Most tags on one item.
pub const MAX_TAGS: usize = 12;
/// Longest tag.
const MAX_TAG_CHARS: usize = 40;

/// What the item form submits (themes repeat, so the web layer reads the form itself).
#[derive(Debug, Clone, Default)]
pub struct KnowledgeInput {
    /// Title.
    pub title: String,
    /// Short summary.
    pub summary: String,
    /// Markdown body.
    pub body: String,
    /// Kind code.
    pub kind: String,
    /// Visibility code.
    pub visibility: String,
    /// Language code.
    pub language: String,
    /// Licence.
    pub licence: String,
    /// Target group.
    pub target_group: String,
    /// Authors (names as they want to be cited).
    pub authors: String,
    /// Contributing organisations.
    pub organisations: String,
    /// Tags, separated by commas.
    pub tags: String,
    /// Chosen theme ids.
    pub themes: Vec<i64>,
    /// Tools and methods: what it is for.
    pub purpose: String,
    /// Tools and methods: how long it takes.
    pub duration: String,
    /// Tools and methods: for how many people.
    pub group_size: String,
    /// Tools and methods: what you need.
    pub materials: String,
    /// What changed (for a revision of a published item).
    pub message: String,
}

/// An item's content that passed every rule; also the snapshot a revision keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnowledgeContent {
    /// Kind code.
    pub kind: String,
    /// Visibility code.
    pub visibility: String,
    /// Language code.
    pub language: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Markdown body.
    pub body: String,
    /// Target group.
    #[serde(default)]
    pub target_group: String,
    /// Authors.
    #[serde(default)]
    pub authors: String,
    /// Contributing organisations.
    #[serde(default)]
    pub organisations: String,
    /// Licence.
    pub licence: String,
    /// Tags, lower case, without repeats.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Theme ids.
    #[serde(default)]
    pub themes: Vec<i64>,
    /// Purpose (tools and methods).
    #[serde(default)]
    pub purpose: String,
    /// Duration (tools and methods).
    #[serde(default)]
    pub duration: String,
    /// Group size (tools and methods).
    #[serde(default)]
    pub group_size: String,
    /// Materials (tools and methods).
    #[serde(default)]
    pub materials: String,
}

/// Splits a comma-separated tag list: trimmed, lower case, no empties, no repeats.
pub fn parse_tags(errors: &mut FieldErrors, input: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in input.split(',') {
        let tag = tag
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if tag.is_empty() || tags.contains(&tag) {
            continue;
        }
        if tag.chars().count() > MAX_TAG_CHARS {
            errors.add_with_limit("tags", "error-tag-too-long", MAX_TAG_CHARS);
            continue;
        }
        tags.push(tag);
    }
    if tags.len() > MAX_TAGS {
        errors.add_with_limit("tags", "error-too-many-tags", MAX_TAGS);
    }
    tags
}

impl KnowledgeInput {
    /// The item's content, or every problem.
    pub fn validate(&self) -> Result<KnowledgeContent, FieldErrors> {
        let mut errors = FieldErrors::new();
        let short = |errors: &mut FieldErrors, field, value: &str| {
            validation::optional_text(errors, field, value, MAX_SHORT_CHARS)
        };
        let title = validation::required_text(&mut errors, "title", &self.title, MAX_TITLE_CHARS);
        let summary =
            validation::required_text(&mut errors, "summary", &self.summary, MAX_SUMMARY_CHARS);
        let body = validation::optional_text(&mut errors, "body", &self.body, MAX_BODY_CHARS);
        let kind = KnowledgeKind::from_code(&self.kind);
        if kind.is_none() {
            errors.add("kind", "error-choice");
        }
        if KnowledgeVisibility::from_code(&self.visibility).is_none() {
            errors.add("visibility", "error-choice");
        }
        if ContentLanguage::from_code(&self.language).is_none() {
            errors.add("language", "error-choice");
        }
        let licence = self.licence.trim();
        if !LICENCES.contains(&licence) {
            errors.add("licence", "error-choice");
        }
        let tags = parse_tags(&mut errors, &self.tags);
        let practical = kind.is_some_and(KnowledgeKind::is_practical);
        let only_practical = |errors: &mut FieldErrors, field, value: &str| {
            if practical {
                short(errors, field, value)
            } else {
                String::new()
            }
        };
        let mut themes = self.themes.clone();
        themes.sort_unstable();
        themes.dedup();
        let content = KnowledgeContent {
            kind: self.kind.clone(),
            visibility: self.visibility.clone(),
            language: self.language.clone(),
            target_group: short(&mut errors, "target_group", &self.target_group),
            authors: short(&mut errors, "authors", &self.authors),
            organisations: short(&mut errors, "organisations", &self.organisations),
            licence: licence.to_owned(),
            tags,
            themes,
            purpose: only_practical(&mut errors, "purpose", &self.purpose),
            duration: only_practical(&mut errors, "duration", &self.duration),
            group_size: only_practical(&mut errors, "group_size", &self.group_size),
            materials: only_practical(&mut errors, "materials", &self.materials),
            title,
            summary,
            body,
        };
        errors.into_result(content)
    }

    /// The revision message, checked for length (empty is allowed; a default is used).
    pub fn message(&self) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new();
        let message =
            validation::optional_text(&mut errors, "message", &self.message, MAX_MESSAGE_CHARS);
        errors.into_result(message)
    }
}

impl KnowledgeContent {
    /// The content as the form shows it again.
    pub fn to_input(&self) -> KnowledgeInput {
        KnowledgeInput {
            title: self.title.clone(),
            summary: self.summary.clone(),
            body: self.body.clone(),
            kind: self.kind.clone(),
            visibility: self.visibility.clone(),
            language: self.language.clone(),
            licence: self.licence.clone(),
            target_group: self.target_group.clone(),
            authors: self.authors.clone(),
            organisations: self.organisations.clone(),
            tags: self.tags.join(", "),
            themes: self.themes.clone(),
            purpose: self.purpose.clone(),
            duration: self.duration.clone(),
            group_size: self.group_size.clone(),
            materials: self.materials.clone(),
            message: String::new(),
        }
    }

    /// Each field as (label key suffix, text), in reading order, for comparing revisions.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("title", self.title.clone()),
            ("summary", self.summary.clone()),
            ("kind", self.kind.clone()),
            ("visibility", self.visibility.clone()),
            ("language", self.language.clone()),
            ("target_group", self.target_group.clone()),
            ("authors", self.authors.clone()),
            ("organisations", self.organisations.clone()),
            ("licence", self.licence.clone()),
            ("tags", self.tags.join(", ")),
            ("purpose", self.purpose.clone()),
            ("duration", self.duration.clone()),
            ("group_size", self.group_size.clone()),
            ("materials", self.materials.clone()),
            ("body", self.body.clone()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> KnowledgeInput {
        KnowledgeInput {
            title: " Impactladder ".into(),
            summary: "Kort".into(),
            body: "Tekst".into(),
            kind: "tool".into(),
            visibility: "public".into(),
            language: "nl".into(),
            licence: "CC BY 4.0".into(),
            tags: "Impact, wijk,impact, , Wijk ".into(),
            themes: vec![3, 1, 3],
            purpose: "Samen kijken".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_form_becomes_content() {
        let content = valid().validate().unwrap();
        assert_eq!(content.title, "Impactladder");
        assert_eq!(content.tags, ["impact", "wijk"]);
        assert_eq!(content.themes, [1, 3]);
        assert_eq!(content.purpose, "Samen kijken");
        assert_eq!(content.to_input().validate().unwrap(), content);
    }

    #[test]
    fn practical_fields_only_for_tools_and_methods() {
        let mut input = valid();
        input.kind = "artikel".into();
        assert_eq!(input.validate().unwrap().purpose, "");
    }

    #[test]
    fn every_problem_is_reported() {
        let input = KnowledgeInput {
            tags: (0..20)
                .map(|i| format!("t{i}"))
                .collect::<Vec<_>>()
                .join(","),
            ..Default::default()
        };
        let errors = input.validate().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "title",
                "summary",
                "kind",
                "visibility",
                "language",
                "licence",
                "tags"
            ]
        );
    }
}
