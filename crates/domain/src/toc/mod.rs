//! Veranderingstheorie (theory of change): nodes from activities to impact, links that carry a
//! rationale, interventions, assumptions and evidence, and the ceiling of accountability. The
//! [`graph`] rules keep a theory acyclic and its links sensible; [`layout`] places it in layers
//! and [`svg`] draws it; [`quality`] finds weak links; [`narrative`] tells it in words; [`json`]
//! exports and imports it.

pub mod diff;
pub mod graph;
pub mod input;
pub mod json;
pub mod layout;
pub mod narrative;
pub mod quality;
pub mod svg;

use crate::keuzehulp::answers::StaircaseLevel;
use serde::{Deserialize, Serialize};

coded_enum!(
    /// What a node is, from the bottom of the theory to the top.
    NodeKind {
        /// Something the team does.
        Activity => "activity",
        /// What the activity directly produces (reach, sessions held).
        Output => "output",
        /// A precondition: an intermediate outcome on the way.
        Intermediate => "intermediate",
        /// The long-term outcome the team can achieve itself.
        LongTerm => "long_term",
        /// The change in society the team contributes to but cannot achieve alone.
        Impact => "impact",
    }
);

impl NodeKind {
    /// 0 for activities … 4 for impact.
    pub fn rank(self) -> u8 {
        NodeKind::ALL.iter().position(|k| *k == self).unwrap_or(0) as u8
    }
}

coded_enum!(
    /// How much the team has a hand in a change (Outcome Mapping's spheres).
    Sphere {
        /// The team does it.
        Control => "control",
        /// The team influences it, with others.
        Influence => "influence",
        /// The team cares about it but others decide.
        Interest => "interest",
    }
);

coded_enum!(
    /// The kind of an assumption.
    AssumptionKind {
        /// About the context: conditions outside the work.
        Contextual => "contextual",
        /// About why it works: the mechanism.
        Theoretical => "theoretical",
    }
);

coded_enum!(
    /// How sure the team is that an assumption holds.
    Certainty {
        /// Sure.
        Certain => "zeker",
        /// Plausible.
        Plausible => "aannemelijk",
        /// Uncertain: to be tested.
        Uncertain => "onzeker",
    }
);

coded_enum!(
    /// How strong a piece of evidence is.
    Strength {
        /// Weak: an impression, one story.
        Weak => "weak",
        /// Moderate: several sources agree.
        Moderate => "moderate",
        /// Strong: systematic research.
        Strong => "strong",
    }
);

/// Serde for coded enums: stored and exported as their codes.
macro_rules! serde_by_code {
    ($($name:ident),+) => {$(
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let code = String::deserialize(d)?;
                $name::from_code(&code)
                    .ok_or_else(|| serde::de::Error::custom(format!("unknown {} `{code}`", stringify!($name))))
            }
        }
    )+};
}
serde_by_code!(
    NodeKind,
    Sphere,
    AssumptionKind,
    Certainty,
    Strength,
    StaircaseLevel
);

/// A node's key within its theory.
pub type NodeId = u32;

/// A box in the theory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Key within the theory.
    pub id: NodeId,
    /// What it is.
    pub kind: NodeKind,
    /// Short title (what changes, or what is done).
    pub title: String,
    /// Longer explanation.
    #[serde(default)]
    pub description: String,
    /// Its step on the impact staircase, when it is a change.
    #[serde(default)]
    pub level: Option<StaircaseLevel>,
    /// How much the team has a hand in it.
    pub sphere: Sphere,
    /// Above the ceiling of accountability: the team contributes but does not answer for it.
    #[serde(default)]
    pub above_ceiling: bool,
    /// A negative or unintended effect, drawn as such.
    #[serde(default)]
    pub negative: bool,
}

/// Something that must hold for a link to work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assumption {
    /// What must hold.
    pub text: String,
    /// Contextual or theoretical.
    pub kind: AssumptionKind,
    /// How sure the team is.
    pub certainty: Certainty,
    /// How the team will find out (needed when uncertain).
    #[serde(default)]
    pub test_plan: String,
}

/// Support for a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Where it comes from.
    pub source: String,
    /// What kind: research, practice experience, a story, figures.
    pub kind: String,
    /// How strong it is.
    pub strength: Strength,
}

/// An arrow: "this leads to that".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// From (the earlier step).
    pub from: NodeId,
    /// To (the later step).
    pub to: NodeId,
    /// Why this leads to that.
    #[serde(default)]
    pub rationale: String,
    /// What the team does to make it happen.
    #[serde(default)]
    pub interventions: String,
    /// What must hold.
    #[serde(default)]
    pub assumptions: Vec<Assumption>,
    /// What supports it.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// A whole theory of change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theory {
    /// Title.
    pub title: String,
    /// The problem it addresses.
    #[serde(default)]
    pub problem: String,
    /// The context.
    #[serde(default)]
    pub context: String,
    /// For whom.
    #[serde(default)]
    pub target_groups: String,
    /// The boxes.
    pub nodes: Vec<Node>,
    /// The arrows.
    pub links: Vec<Link>,
    /// The highest box key ever given: keys are never reused, so comments and version
    /// comparisons never mistake a new box for a deleted one.
    #[serde(default)]
    pub last_key: NodeId,
}

impl Theory {
    /// The node with key `id`.
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// The next free box key (never one used before).
    pub fn next_id(&self) -> NodeId {
        let highest = self
            .nodes
            .iter()
            .map(|n| n.id)
            .max()
            .unwrap_or(0)
            .max(self.last_key);
        highest.saturating_add(1)
    }

    /// Adds a box and remembers its key as used.
    pub fn push_node(&mut self, node: Node) {
        self.last_key = self.last_key.max(node.id);
        self.nodes.push(node);
    }

    /// The team's own words in the theory: titles, explanations, reasons, assumptions and
    /// evidence (for the client-data guard).
    pub fn texts(&self) -> Vec<&str> {
        let mut all: Vec<&str> = vec![
            &self.title,
            &self.problem,
            &self.context,
            &self.target_groups,
        ];
        for n in &self.nodes {
            all.extend([n.title.as_str(), n.description.as_str()]);
        }
        for l in &self.links {
            all.extend([l.rationale.as_str(), l.interventions.as_str()]);
            for a in &l.assumptions {
                all.extend([a.text.as_str(), a.test_plan.as_str()]);
            }
            for e in &l.evidence {
                all.extend([e.source.as_str(), e.kind.as_str()]);
            }
        }
        all
    }
}
