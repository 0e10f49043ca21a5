//! The rules of the graph: which links make sense (an earlier step leads to a later one, never
//! impact → activity), no link twice, and no cycles. Also the reachability questions the
//! quality check and the narrative ask.

use super::{Link, NodeId, NodeKind, Theory};
use std::collections::{BTreeMap, BTreeSet};

/// Why a link cannot be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    /// One of the ends does not exist.
    UnknownNode,
    /// A node cannot lead to itself.
    SelfLink,
    /// The link goes back down the theory (e.g. impact → activity).
    Backwards,
    /// The link exists already.
    Duplicate,
    /// The link would close a loop.
    Cycle,
}

impl LinkProblem {
    /// The message key that explains the problem.
    pub fn key(self) -> &'static str {
        match self {
            LinkProblem::UnknownNode => "toc-error-link-unknown",
            LinkProblem::SelfLink => "toc-error-link-self",
            LinkProblem::Backwards => "toc-error-link-backwards",
            LinkProblem::Duplicate => "toc-error-link-duplicate",
            LinkProblem::Cycle => "toc-error-link-cycle",
        }
    }
}

/// True when a `from` node may lead to a `to` node by kind: to a later kind, or from one
/// intermediate outcome to another (preconditions can chain). A negative or unintended effect
/// is a change like any other and follows the same rule.
pub fn kinds_fit(from: NodeKind, to: NodeKind) -> bool {
    to.rank() > from.rank() || (from == NodeKind::Intermediate && to == NodeKind::Intermediate)
}

/// The successors of every node.
pub fn successors(theory: &Theory) -> BTreeMap<NodeId, Vec<NodeId>> {
    let mut next: BTreeMap<NodeId, Vec<NodeId>> =
        theory.nodes.iter().map(|n| (n.id, Vec::new())).collect();
    for link in &theory.links {
        next.entry(link.from).or_default().push(link.to);
    }
    next
}

/// Every node reachable from `start` (not counting `start` itself unless on a loop).
pub fn reachable(theory: &Theory, start: NodeId) -> BTreeSet<NodeId> {
    let next = successors(theory);
    let mut seen = BTreeSet::new();
    let mut stack = vec![start];
    while let Some(at) = stack.pop() {
        for n in next.get(&at).into_iter().flatten() {
            if seen.insert(*n) {
                stack.push(*n);
            }
        }
    }
    seen
}

/// Checks a new link from `from` to `to` against the theory as it is.
pub fn check_link(theory: &Theory, from: NodeId, to: NodeId) -> Result<(), LinkProblem> {
    let (Some(a), Some(b)) = (theory.node(from), theory.node(to)) else {
        return Err(LinkProblem::UnknownNode);
    };
    if from == to {
        return Err(LinkProblem::SelfLink);
    }
    if !kinds_fit(a.kind, b.kind) {
        return Err(LinkProblem::Backwards);
    }
    if theory.links.iter().any(|l| l.from == from && l.to == to) {
        return Err(LinkProblem::Duplicate);
    }
    if reachable(theory, to).contains(&from) {
        return Err(LinkProblem::Cycle);
    }
    Ok(())
}

/// The links of a theory that break a rule, with the problem: for imported theories, which
/// were not built link by link. Each link is judged against the links before it.
pub fn broken_links(theory: &Theory) -> Vec<(usize, LinkProblem)> {
    let mut built = Theory {
        nodes: theory.nodes.clone(),
        ..Theory::default()
    };
    let mut broken = Vec::new();
    for (i, link) in theory.links.iter().enumerate() {
        match check_link(&built, link.from, link.to) {
            Ok(()) => built.links.push(link.clone()),
            Err(problem) => broken.push((i, problem)),
        }
    }
    broken
}

/// Adds a link after checking it.
pub fn add_link(theory: &mut Theory, link: Link) -> Result<(), LinkProblem> {
    check_link(theory, link.from, link.to)?;
    theory.links.push(link);
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::toc::{Node, Sphere};

    pub(crate) fn node(id: NodeId, kind: NodeKind) -> Node {
        Node {
            id,
            kind,
            title: format!("node {id}"),
            description: String::new(),
            level: None,
            sphere: Sphere::Influence,
            above_ceiling: false,
            negative: false,
        }
    }

    pub(crate) fn link(from: NodeId, to: NodeId) -> Link {
        Link {
            from,
            to,
            rationale: String::new(),
            interventions: String::new(),
            assumptions: vec![],
            evidence: vec![],
        }
    }

    fn theory() -> Theory {
        use NodeKind::*;
        Theory {
            title: "t".into(),
            nodes: vec![
                node(1, Activity),
                node(2, Output),
                node(3, Intermediate),
                node(4, Intermediate),
                node(5, LongTerm),
                node(6, Impact),
            ],
            links: vec![link(1, 2), link(2, 3), link(3, 4), link(4, 5), link(5, 6)],
            ..Theory::default()
        }
    }

    #[test]
    fn links_are_checked() {
        let t = theory();
        let cases = [
            ("activity to long-term outcome", 1, 5, Ok(())),
            ("unknown", 1, 99, Err(LinkProblem::UnknownNode)),
            ("self", 3, 3, Err(LinkProblem::SelfLink)),
            ("impact to activity", 6, 1, Err(LinkProblem::Backwards)),
            ("outcome to output", 5, 2, Err(LinkProblem::Backwards)),
            ("twice", 1, 2, Err(LinkProblem::Duplicate)),
            ("precondition loop", 4, 3, Err(LinkProblem::Cycle)),
        ];
        for (name, from, to, expected) in cases {
            assert_eq!(check_link(&t, from, to), expected, "{name}");
        }
        assert!(kinds_fit(NodeKind::Intermediate, NodeKind::Intermediate));
        assert!(!kinds_fit(NodeKind::Output, NodeKind::Output));
    }

    #[test]
    fn imported_links_are_judged_in_order() {
        let mut t = theory();
        t.links.push(link(4, 3));
        t.links.push(link(6, 1));
        assert_eq!(
            broken_links(&t),
            [(5, LinkProblem::Cycle), (6, LinkProblem::Backwards)]
        );
        assert!(reachable(&theory(), 1).contains(&6));
        let mut fine = theory();
        assert_eq!(add_link(&mut fine, link(3, 3)), Err(LinkProblem::SelfLink));
        assert_eq!(fine.links.len(), 5, "nothing added");
    }
}
