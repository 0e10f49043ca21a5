//! What members show of themselves: per field, the member chooses who sees it. Nobody's e-mail
//! address is shown unless its owner chooses so.

use crate::validation::FieldErrors;

/// Who may see a profile field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FieldVisibility {
    /// Only the member (and platform admins).
    Private,
    /// Logged-in members of the platform.
    Members,
    /// Everyone, also visitors without an account.
    Public,
}

impl FieldVisibility {
    /// Every level, most private first.
    pub const ALL: [FieldVisibility; 3] = [
        FieldVisibility::Private,
        FieldVisibility::Members,
        FieldVisibility::Public,
    ];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            FieldVisibility::Private => "private",
            FieldVisibility::Members => "members",
            FieldVisibility::Public => "public",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<FieldVisibility> {
        FieldVisibility::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// Who is looking at a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// A visitor without an account.
    Anonymous,
    /// Another member.
    Member,
    /// The member themself, or a platform admin.
    OwnerOrAdmin,
}

/// True when `viewer` may see a field with visibility `level`.
pub fn can_see(level: FieldVisibility, viewer: Viewer) -> bool {
    match viewer {
        Viewer::OwnerOrAdmin => true,
        Viewer::Member => level >= FieldVisibility::Members,
        Viewer::Anonymous => level == FieldVisibility::Public,
    }
}

/// Most expertise tags per member.
pub const MAX_TAGS: usize = 10;
/// Longest expertise tag.
pub const MAX_TAG_CHARS: usize = 40;

/// Parses "vraag mij over …" tags typed as a comma-separated list: trimmed, without doubles
/// (ignoring case), in the order typed.
pub fn parse_tags(errors: &mut FieldErrors, field: &'static str, typed: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in typed.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if tag.chars().count() > MAX_TAG_CHARS {
            errors.add_with_limit(field, "error-tag-too-long", MAX_TAG_CHARS);
            return tags;
        }
        if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag.to_owned());
        }
    }
    if tags.len() > MAX_TAGS {
        errors.add_with_limit(field, "error-too-many-tags", MAX_TAGS);
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use FieldVisibility::*;

    #[test]
    fn visibility_table() {
        let table = [
            (Private, Viewer::Anonymous, false),
            (Private, Viewer::Member, false),
            (Private, Viewer::OwnerOrAdmin, true),
            (Members, Viewer::Anonymous, false),
            (Members, Viewer::Member, true),
            (Public, Viewer::Anonymous, true),
            (Public, Viewer::Member, true),
        ];
        for (level, viewer, visible) in table {
            assert_eq!(can_see(level, viewer), visible, "{level:?} {viewer:?}");
        }
        for v in FieldVisibility::ALL {
            assert_eq!(FieldVisibility::from_code(v.code()), Some(v));
        }
    }

    #[test]
    fn tags_are_trimmed_and_unique() {
        let mut errors = FieldErrors::new();
        let tags = parse_tags(
            &mut errors,
            "expertise",
            " MSC, schuldhulp ,, msc, Outcome Harvesting ",
        );
        assert_eq!(tags, ["MSC", "schuldhulp", "Outcome Harvesting"]);
        assert!(errors.is_empty());
        parse_tags(&mut errors, "expertise", &"x".repeat(41));
        assert_eq!(
            errors.for_field("expertise").map(|e| e.key),
            Some("error-tag-too-long")
        );
        let mut errors = FieldErrors::new();
        let many: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
        parse_tags(&mut errors, "expertise", &many.join(","));
        assert_eq!(
            errors.for_field("expertise").map(|e| e.key),
            Some("error-too-many-tags")
        );
    }
}
