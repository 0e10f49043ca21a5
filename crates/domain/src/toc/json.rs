//! Export and import as JSON: `{"format": "leeratelier-veranderingstheorie", "version": 1,
//! "theory": {…}}`. An import is checked whole before anything is used: too large, malformed
//! (with line and column), another format or an unknown version, too many boxes, duplicate
//! keys, links to boxes that do not exist, links that break the rules.

use super::graph::{LinkProblem, broken_links};
use super::{NodeId, Theory};
use serde::{Deserialize, Serialize};

/// The format name in every export.
pub const FORMAT: &str = "leeratelier-veranderingstheorie";
/// The version this build writes and reads.
pub const VERSION: u64 = 1;
/// Largest file accepted.
pub const MAX_BYTES: usize = 1_000_000;
/// Most boxes in a theory.
pub const MAX_NODES: usize = 500;
/// Most links in a theory.
pub const MAX_LINKS: usize = 1500;
/// Longest box title.
pub const MAX_TITLE: usize = 200;
/// Longest other text (explanations, reasons, assumptions, evidence).
pub const MAX_TEXT: usize = 5000;
/// Most assumptions, and most pieces of evidence, on one link.
pub const MAX_SUPPORT: usize = 50;
/// Highest box key accepted.
pub const MAX_KEY: NodeId = 1_000_000;

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u64,
    theory: Theory,
}

/// Why an import was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// Not JSON, or not the expected shape: where and what.
    Malformed {
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        column: usize,
        /// What the parser said.
        detail: String,
    },
    /// JSON, but not a theory of change export.
    NotOurs,
    /// A version this build does not know.
    UnknownVersion(u64),
    /// More boxes or links than allowed.
    TooMany,
    /// The theory (0) or a box without a title, or with one that is too long.
    BadTitle(NodeId),
    /// A box key above [`MAX_KEY`].
    BadKey(NodeId),
    /// A text longer than allowed.
    TooLong,
    /// Two boxes with the same key.
    DuplicateNode(NodeId),
    /// Links that break the rules: (position in the file, problem).
    BrokenLinks(Vec<(usize, LinkProblem)>),
}

impl ImportError {
    /// A number the message names: the line, the box key, the version or the link's place.
    pub fn number(&self) -> Option<usize> {
        match self {
            ImportError::Malformed { line, .. } => Some(*line),
            ImportError::BadTitle(id)
            | ImportError::DuplicateNode(id)
            | ImportError::BadKey(id) => Some(*id as usize),
            ImportError::UnknownVersion(v) => usize::try_from(*v).ok(),
            ImportError::BrokenLinks(broken) => broken.first().map(|(i, _)| i + 1),
            _ => None,
        }
    }

    /// The message key that explains it.
    pub fn key(&self) -> &'static str {
        match self {
            ImportError::TooLarge => "toc-import-too-large",
            ImportError::Malformed { .. } => "toc-import-malformed",
            ImportError::NotOurs => "toc-import-not-ours",
            ImportError::UnknownVersion(_) => "toc-import-version",
            ImportError::TooMany => "toc-import-too-many",
            ImportError::BadTitle(0) => "toc-import-theory-title",
            ImportError::BadTitle(_) => "toc-import-title",
            ImportError::BadKey(_) => "toc-import-key",
            ImportError::TooLong => "toc-import-too-long",
            ImportError::DuplicateNode(_) => "toc-import-duplicate",
            ImportError::BrokenLinks(broken) => match broken.first().map(|(_, p)| *p) {
                Some(LinkProblem::UnknownNode) => "toc-import-link-unknown",
                Some(LinkProblem::SelfLink) => "toc-import-link-self",
                Some(LinkProblem::Duplicate) => "toc-import-link-duplicate",
                Some(LinkProblem::Cycle) => "toc-import-link-cycle",
                _ => "toc-import-link-backwards",
            },
        }
    }
}

/// The theory as an export file.
pub fn export(theory: &Theory) -> String {
    let envelope = Envelope {
        format: FORMAT.to_owned(),
        version: VERSION,
        theory: theory.clone(),
    };
    // Serialising plain data cannot fail; an empty string would still be refused on import.
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

fn malformed(e: &serde_json::Error) -> ImportError {
    ImportError::Malformed {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    }
}

/// Reads an export file.
pub fn import(text: &str) -> Result<Theory, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| malformed(&e))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ImportError::NotOurs);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(VERSION) => {}
        Some(other) => return Err(ImportError::UnknownVersion(other)),
        None => return Err(ImportError::NotOurs),
    }
    let envelope: Envelope = serde_json::from_str(text).map_err(|e| malformed(&e))?;
    let theory = envelope.theory;
    if theory.nodes.len() > MAX_NODES || theory.links.len() > MAX_LINKS {
        return Err(ImportError::TooMany);
    }
    let title = theory.title.trim().chars().count();
    if title == 0 || title > MAX_TITLE {
        return Err(ImportError::BadTitle(0));
    }
    let too_long = |t: &str| t.chars().count() > MAX_TEXT;
    if theory.texts().into_iter().any(too_long) {
        return Err(ImportError::TooLong);
    }
    if theory
        .links
        .iter()
        .any(|l| l.assumptions.len() > MAX_SUPPORT || l.evidence.len() > MAX_SUPPORT)
    {
        return Err(ImportError::TooMany);
    }
    for (i, node) in theory.nodes.iter().enumerate() {
        if node.id == 0 || node.id > MAX_KEY {
            return Err(ImportError::BadKey(node.id));
        }
        let length = node.title.trim().chars().count();
        if length == 0 || length > MAX_TITLE {
            return Err(ImportError::BadTitle(node.id));
        }
        if theory.nodes[..i].iter().any(|n| n.id == node.id) {
            return Err(ImportError::DuplicateNode(node.id));
        }
    }
    let broken = broken_links(&theory);
    if !broken.is_empty() {
        return Err(ImportError::BrokenLinks(broken));
    }
    Ok(theory)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toc::graph::tests::{link, node};
    use crate::toc::{Assumption, AssumptionKind, Certainty, Evidence, NodeKind, Strength};

    fn theory() -> Theory {
        let mut first = link(1, 2);
        first.rationale = "omdat".into();
        first.assumptions.push(Assumption {
            text: "a".into(),
            kind: AssumptionKind::Theoretical,
            certainty: Certainty::Plausible,
            test_plan: "t".into(),
        });
        first.evidence.push(Evidence {
            source: "s".into(),
            kind: "onderzoek".into(),
            strength: Strength::Moderate,
        });
        let mut nodes = vec![node(1, NodeKind::Activity), node(2, NodeKind::Impact)];
        nodes[1].level = Some(crate::keuzehulp::answers::StaircaseLevel::Society);
        nodes[1].above_ceiling = true;
        Theory {
            title: "T".into(),
            problem: "p".into(),
            nodes,
            links: vec![first],
            ..Theory::default()
        }
    }

    #[test]
    fn export_and_import_round_trip() {
        let text = export(&theory());
        assert!(text.contains("\"format\": \"leeratelier-veranderingstheorie\""));
        assert!(text.contains("\"certainty\": \"aannemelijk\""));
        assert_eq!(import(&text), Ok(theory()));
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        let good = export(&theory());
        let cases: Vec<(&str, String, &str)> = vec![
            (
                "too large",
                " ".repeat(MAX_BYTES + 1),
                "toc-import-too-large",
            ),
            ("not json", "{\"format\": ".into(), "toc-import-malformed"),
            (
                "another format",
                good.replace(FORMAT, "kumu"),
                "toc-import-not-ours",
            ),
            (
                "newer version",
                good.replace("\"version\": 1", "\"version\": 7"),
                "toc-import-version",
            ),
            (
                "wrong shape",
                good.replace("\"activity\"", "\"taak\""),
                "toc-import-malformed",
            ),
            (
                "empty title",
                good.replace("\"node 1\"", "\"  \""),
                "toc-import-title",
            ),
            (
                "duplicate key",
                good.replace("\"id\": 2", "\"id\": 1"),
                "toc-import-duplicate",
            ),
            (
                "backwards link",
                good.replace(
                    "\"from\": 1,\n        \"to\": 2",
                    "\"from\": 2,\n        \"to\": 1",
                ),
                "toc-import-link-backwards",
            ),
            (
                "huge key",
                good.replace("\"id\": 2", "\"id\": 4294967295"),
                "toc-import-key",
            ),
            (
                "no theory title",
                good.replace("\"title\": \"T\"", "\"title\": \"\""),
                "toc-import-theory-title",
            ),
            (
                "too long",
                good.replace(
                    "\"problem\": \"p\"",
                    &format!("\"problem\": \"{}\"", "p".repeat(MAX_TEXT + 1)),
                ),
                "toc-import-too-long",
            ),
        ];
        for (name, text, key) in cases {
            let error = import(&text).expect_err(name);
            assert_eq!(error.key(), key, "{name}: {error:?}");
        }
        let backwards = good.replace(
            "\"from\": 1,\n        \"to\": 2",
            "\"from\": 2,\n        \"to\": 1",
        );
        assert_eq!(
            import(&backwards).expect_err("backwards").number(),
            Some(1),
            "the first link"
        );
        match import("{\n  \"format\": 3,\n") {
            Err(ImportError::Malformed { line, .. }) => assert_eq!(line, 3),
            other => panic!("{other:?}"),
        }
    }
}
