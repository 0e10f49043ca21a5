//! The quality check ("zwakke schakels"): links without a rationale, uncertain assumptions
//! without a plan to test them, outcomes without an indicator (once the impact model gives
//! them), no negative or unintended effect considered, loose boxes, activities that lead
//! nowhere, an impact no activity reaches, loops. Each finding points at the spot.

use super::graph::{broken_links, reachable};
use super::{Certainty, NodeId, NodeKind, Theory};

coded_enum!(
    /// A kind of weak spot.
    Check {
        /// The theory has no impact yet.
        NoImpact => "no-impact",
        /// A link says nothing about why.
        NoRationale => "no-rationale",
        /// An uncertain assumption without a plan to test it.
        UntestedAssumption => "untested-assumption",
        /// An outcome without an indicator.
        NoIndicator => "no-indicator",
        /// No negative or unintended effect is drawn.
        NoNegative => "no-negative",
        /// A box without any link.
        Orphan => "orphan",
        /// An activity from which no path leads to an impact.
        DeadEnd => "dead-end",
        /// An impact that no activity leads to.
        Unreached => "unreached",
        /// A link that breaks the rules (a loop or going backwards), from an import.
        Broken => "broken",
    }
);

/// One weak spot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Weakness {
    /// What is weak.
    pub check: Check,
    /// The box it is about.
    pub node: Option<NodeId>,
    /// The link it is about (index in the theory).
    pub link: Option<usize>,
}

fn at_node(check: Check, node: NodeId) -> Weakness {
    Weakness {
        check,
        node: Some(node),
        link: None,
    }
}

fn at_link(check: Check, link: usize) -> Weakness {
    Weakness {
        check,
        node: None,
        link: Some(link),
    }
}

/// The weak spots of a theory, in checklist order. `indicators` are the nodes that have one,
/// when the impact model is in use (`None`: not checked).
pub fn weaknesses(theory: &Theory, indicators: Option<&[NodeId]>) -> Vec<Weakness> {
    let mut found = Vec::new();
    let real_impact = |n: &super::Node| n.kind == NodeKind::Impact && !n.negative;
    if !theory.nodes.iter().any(real_impact) {
        found.push(Weakness {
            check: Check::NoImpact,
            node: None,
            link: None,
        });
    }
    for (i, link) in theory.links.iter().enumerate() {
        if link.rationale.trim().is_empty() {
            found.push(at_link(Check::NoRationale, i));
        }
        if link
            .assumptions
            .iter()
            .any(|a| a.certainty == Certainty::Uncertain && a.test_plan.trim().is_empty())
        {
            found.push(at_link(Check::UntestedAssumption, i));
        }
    }
    if let Some(measured) = indicators {
        let outcomes = theory
            .nodes
            .iter()
            .filter(|n| matches!(n.kind, NodeKind::Intermediate | NodeKind::LongTerm));
        for node in outcomes.filter(|n| !n.above_ceiling && !measured.contains(&n.id)) {
            found.push(at_node(Check::NoIndicator, node.id));
        }
    }
    if !theory.nodes.iter().any(|n| n.negative) {
        found.push(Weakness {
            check: Check::NoNegative,
            node: None,
            link: None,
        });
    }
    let linked = |id: NodeId| theory.links.iter().any(|l| l.from == id || l.to == id);
    let is_impact = |id: &NodeId| theory.node(*id).is_some_and(real_impact);
    let has_impact = theory.nodes.iter().any(real_impact);
    for node in &theory.nodes {
        if !linked(node.id) {
            found.push(at_node(Check::Orphan, node.id));
        } else if node.kind == NodeKind::Activity
            && has_impact
            && !reachable(theory, node.id).iter().any(is_impact)
        {
            found.push(at_node(Check::DeadEnd, node.id));
        }
    }
    let reached: Vec<NodeId> = theory
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Activity)
        .flat_map(|n| reachable(theory, n.id))
        .collect();
    for node in theory
        .nodes
        .iter()
        .filter(|n| real_impact(n) && linked(n.id))
    {
        if !reached.contains(&node.id) {
            found.push(at_node(Check::Unreached, node.id));
        }
    }
    for (i, _) in broken_links(theory) {
        found.push(at_link(Check::Broken, i));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toc::graph::tests::{link, node};
    use crate::toc::{Assumption, AssumptionKind};

    fn sound() -> Theory {
        use NodeKind::*;
        let mut nodes = vec![
            node(1, Activity),
            node(2, Intermediate),
            node(3, Impact),
            node(4, Intermediate),
        ];
        nodes[3].negative = true;
        let mut links = vec![link(1, 2), link(2, 3), link(1, 4)];
        for l in &mut links {
            l.rationale = "omdat".into();
        }
        Theory {
            nodes,
            links,
            ..Theory::default()
        }
    }

    fn checks(
        t: &Theory,
        indicators: Option<&[NodeId]>,
    ) -> Vec<(Check, Option<NodeId>, Option<usize>)> {
        weaknesses(t, indicators)
            .into_iter()
            .map(|w| (w.check, w.node, w.link))
            .collect()
    }

    #[test]
    fn a_sound_theory_has_no_weak_spots() {
        assert_eq!(checks(&sound(), Some(&[2, 4])), []);
    }

    #[test]
    fn each_weak_spot_is_found_at_its_place() {
        type Case = (
            &'static str,
            fn(&mut Theory),
            Vec<(Check, Option<NodeId>, Option<usize>)>,
        );
        let cases: Vec<Case> = vec![
            (
                "no rationale",
                |t| t.links[1].rationale.clear(),
                vec![(Check::NoRationale, None, Some(1))],
            ),
            (
                "untested assumption",
                |t| {
                    t.links[0].assumptions.push(Assumption {
                        text: "x".into(),
                        kind: AssumptionKind::Contextual,
                        certainty: Certainty::Uncertain,
                        test_plan: " ".into(),
                    })
                },
                vec![(Check::UntestedAssumption, None, Some(0))],
            ),
            (
                "no negative effect",
                |t| t.nodes[3].negative = false,
                vec![(Check::NoNegative, None, None)],
            ),
            (
                "orphan",
                |t| t.nodes.push(node(9, NodeKind::Output)),
                vec![(Check::Orphan, Some(9), None)],
            ),
            (
                "unreached impact",
                |t| {
                    t.nodes.push(node(9, NodeKind::Impact));
                    t.nodes.push(node(10, NodeKind::Intermediate));
                    t.links.push(link(10, 9));
                    t.links[3].rationale = "r".into();
                },
                vec![(Check::Unreached, Some(9), None)],
            ),
            (
                "no impact",
                |t| {
                    t.nodes.retain(|n| n.id != 3);
                    t.links.retain(|l| l.to != 3);
                },
                vec![(Check::NoImpact, None, None)],
            ),
            (
                "loop from an import",
                |t| {
                    t.links.push(link(2, 2));
                    t.links[3].rationale = "r".into();
                },
                vec![(Check::Broken, None, Some(3))],
            ),
        ];
        for (name, change, expected) in cases {
            let mut t = sound();
            change(&mut t);
            assert_eq!(checks(&t, Some(&[2, 4, 10])), expected, "{name}");
        }
        assert_eq!(
            checks(&sound(), Some(&[2])),
            [(Check::NoIndicator, Some(4), None)]
        );
        assert_eq!(
            checks(&sound(), None),
            [],
            "no impact model: indicators not checked"
        );
        let mut negative_only = sound();
        negative_only.nodes[2].negative = true;
        let found = checks(&negative_only, Some(&[2, 4]));
        assert!(
            found.contains(&(Check::NoImpact, None, None)),
            "a negative effect is not the impact: {found:?}"
        );
    }

    #[test]
    fn an_activity_that_leads_nowhere_is_named() {
        let mut t = sound();
        t.nodes.push(node(9, NodeKind::Activity));
        t.nodes.push(node(10, NodeKind::Output));
        t.links.push(link(9, 10));
        t.links[3].rationale = "r".into();
        assert_eq!(checks(&t, Some(&[2, 4])), [(Check::DeadEnd, Some(9), None)]);
        t.links.push(link(10, 3));
        t.links[4].rationale = "r".into();
        assert_eq!(checks(&t, Some(&[2, 4])), []);
    }
}
