//! The forms of the builder: a box, a link's reasons, an assumption, a piece of evidence. Each
//! is checked into a value the model accepts, or into field problems.

use super::{
    Assumption, AssumptionKind, Certainty, Evidence, Node, NodeId, NodeKind, Sphere, Strength,
};
use crate::keuzehulp::answers::StaircaseLevel;
use crate::validation::{FieldErrors, optional_text, required_text};

/// Longest box title.
pub const MAX_TITLE: usize = super::json::MAX_TITLE;
/// Longest text in a box or link.
pub const MAX_TEXT: usize = 2000;

/// A box as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodeInput {
    /// Kind code.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Explanation.
    pub description: String,
    /// Staircase level code (empty: none).
    pub level: String,
    /// Sphere code.
    pub sphere: String,
    /// Above the ceiling of accountability.
    pub above_ceiling: bool,
    /// A negative or unintended effect.
    pub negative: bool,
}

impl NodeInput {
    /// The box with key `id`, or the problems.
    pub fn validate(&self, id: NodeId) -> Result<Node, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = required_text(&mut e, "title", &self.title, MAX_TITLE);
        let description = optional_text(&mut e, "description", &self.description, MAX_TEXT);
        let kind = NodeKind::from_code(&self.kind);
        if kind.is_none() {
            e.add("kind", "toc-error-choose");
        }
        let sphere = Sphere::from_code(&self.sphere);
        if sphere.is_none() {
            e.add("sphere", "toc-error-choose");
        }
        let level = match self.level.as_str() {
            "" => None,
            code => {
                let level = StaircaseLevel::from_code(code);
                if level.is_none() {
                    e.add("level", "toc-error-choose");
                }
                level
            }
        };
        match (kind, sphere) {
            (Some(kind), Some(sphere)) if e.is_empty() => Ok(Node {
                id,
                kind,
                title,
                description,
                level,
                sphere,
                above_ceiling: self.above_ceiling,
                negative: self.negative,
            }),
            _ => Err(e),
        }
    }

    /// The form filled in with a box, for editing.
    pub fn of(node: &Node) -> NodeInput {
        NodeInput {
            kind: node.kind.code().to_owned(),
            title: node.title.clone(),
            description: node.description.clone(),
            level: node.level.map(|l| l.code().to_owned()).unwrap_or_default(),
            sphere: node.sphere.code().to_owned(),
            above_ceiling: node.above_ceiling,
            negative: node.negative,
        }
    }
}

/// An assumption as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssumptionInput {
    /// What must hold.
    pub text: String,
    /// Kind code.
    pub kind: String,
    /// Certainty code.
    pub certainty: String,
    /// How it will be tested.
    pub test_plan: String,
}

impl AssumptionInput {
    /// The assumption, or the problems.
    pub fn validate(&self) -> Result<Assumption, FieldErrors> {
        let mut e = FieldErrors::new();
        let text = required_text(&mut e, "assumption", &self.text, MAX_TEXT);
        let test_plan = optional_text(&mut e, "test_plan", &self.test_plan, MAX_TEXT);
        let kind = AssumptionKind::from_code(&self.kind);
        if kind.is_none() {
            e.add("assumption_kind", "toc-error-choose");
        }
        let certainty = Certainty::from_code(&self.certainty);
        if certainty.is_none() {
            e.add("certainty", "toc-error-choose");
        }
        match (kind, certainty) {
            (Some(kind), Some(certainty)) if e.is_empty() => Ok(Assumption {
                text,
                kind,
                certainty,
                test_plan,
            }),
            _ => Err(e),
        }
    }
}

/// Evidence as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EvidenceInput {
    /// Source.
    pub source: String,
    /// Kind.
    pub kind: String,
    /// Strength code.
    pub strength: String,
}

impl EvidenceInput {
    /// The evidence, or the problems.
    pub fn validate(&self) -> Result<Evidence, FieldErrors> {
        let mut e = FieldErrors::new();
        let source = required_text(&mut e, "source", &self.source, MAX_TEXT);
        let kind = optional_text(&mut e, "evidence_kind", &self.kind, 200);
        let strength = Strength::from_code(&self.strength);
        if strength.is_none() {
            e.add("strength", "toc-error-choose");
        }
        match strength {
            Some(strength) if e.is_empty() => Ok(Evidence {
                source,
                kind,
                strength,
            }),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_is_checked_and_round_trips() {
        let input = NodeInput {
            kind: "intermediate".into(),
            title: " Buren kennen elkaar ".into(),
            level: "behaviour".into(),
            sphere: "influence".into(),
            ..NodeInput::default()
        };
        let node = input.validate(4).expect("valid");
        assert_eq!(
            (node.id, node.title.as_str(), node.level),
            (4, "Buren kennen elkaar", Some(StaircaseLevel::Behaviour))
        );
        assert_eq!(NodeInput::of(&node).validate(4), Ok(node));
        let wrong = NodeInput {
            kind: "taak".into(),
            level: "x".into(),
            ..NodeInput::default()
        }
        .validate(1)
        .expect_err("wrong");
        let fields: Vec<&str> = wrong.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "kind", "sphere", "level"]);
    }

    #[test]
    fn assumptions_and_evidence_are_checked() {
        let ok = AssumptionInput {
            text: "Bewoners komen".into(),
            kind: "contextual".into(),
            certainty: "onzeker".into(),
            test_plan: String::new(),
        };
        assert_eq!(ok.validate().map(|a| a.certainty), Ok(Certainty::Uncertain));
        let wrong = AssumptionInput::default().validate().expect_err("wrong");
        assert_eq!(
            wrong.iter().map(|e| e.field).collect::<Vec<_>>(),
            ["assumption", "assumption_kind", "certainty"]
        );
        let evidence = EvidenceInput {
            source: "Movisie".into(),
            kind: "onderzoek".into(),
            strength: "strong".into(),
        };
        assert_eq!(
            evidence.validate().map(|e| e.strength),
            Ok(Strength::Strong)
        );
        assert!(
            EvidenceInput {
                source: "x".into(),
                strength: "heel".into(),
                ..EvidenceInput::default()
            }
            .validate()
            .is_err()
        );
    }
}
