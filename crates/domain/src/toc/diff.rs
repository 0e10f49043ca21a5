//! What changed between two versions of a theory: boxes and links added, removed or changed,
//! named so a team can read the comparison without opening both diagrams.

use super::{Link, Theory};

/// A change between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A box was added (its title).
    NodeAdded(String),
    /// A box was removed (its title).
    NodeRemoved(String),
    /// A box changed: (old title, new title).
    NodeChanged(String, String),
    /// A link was added: (from title, to title).
    LinkAdded(String, String),
    /// A link was removed: (from title, to title).
    LinkRemoved(String, String),
    /// A link's reasons, assumptions or evidence changed: (from title, to title).
    LinkChanged(String, String),
    /// The title, problem, context or target groups changed.
    AboutChanged,
}

fn title(theory: &Theory, id: u32) -> String {
    theory
        .node(id)
        .map(|n| n.title.clone())
        .unwrap_or_else(|| format!("#{id}"))
}

fn same_link(a: &Link, b: &Link) -> bool {
    a.from == b.from && a.to == b.to
}

/// The changes from `old` to `new`, boxes first, in the new theory's order.
pub fn compare(old: &Theory, new: &Theory) -> Vec<Change> {
    let mut changes = Vec::new();
    let about = |t: &Theory| {
        (
            t.title.clone(),
            t.problem.clone(),
            t.context.clone(),
            t.target_groups.clone(),
        )
    };
    if about(old) != about(new) {
        changes.push(Change::AboutChanged);
    }
    for node in &new.nodes {
        match old.node(node.id) {
            None => changes.push(Change::NodeAdded(node.title.clone())),
            Some(before) if before != node => {
                changes.push(Change::NodeChanged(
                    before.title.clone(),
                    node.title.clone(),
                ));
            }
            Some(_) => {}
        }
    }
    for node in old.nodes.iter().filter(|n| new.node(n.id).is_none()) {
        changes.push(Change::NodeRemoved(node.title.clone()));
    }
    for link in &new.links {
        let names = || (title(new, link.from), title(new, link.to));
        match old.links.iter().find(|l| same_link(l, link)) {
            None => {
                let (a, b) = names();
                changes.push(Change::LinkAdded(a, b));
            }
            Some(before) if before != link => {
                let (a, b) = names();
                changes.push(Change::LinkChanged(a, b));
            }
            Some(_) => {}
        }
    }
    for link in old
        .links
        .iter()
        .filter(|l| !new.links.iter().any(|n| same_link(n, l)))
    {
        changes.push(Change::LinkRemoved(
            title(old, link.from),
            title(old, link.to),
        ));
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toc::NodeKind;
    use crate::toc::graph::tests::{link, node};

    #[test]
    fn every_kind_of_change_is_named() {
        let old = Theory {
            nodes: vec![
                node(1, NodeKind::Activity),
                node(2, NodeKind::Impact),
                node(3, NodeKind::Output),
            ],
            links: vec![link(1, 2), link(1, 3)],
            ..Theory::default()
        };
        let mut new = old.clone();
        new.nodes[1].title = "Samenleving".into();
        new.nodes.retain(|n| n.id != 3);
        new.links.retain(|l| l.to != 3);
        new.nodes.push(node(4, NodeKind::Intermediate));
        new.links.push(link(4, 2));
        new.links[0].rationale = "omdat".into();
        assert_eq!(
            compare(&old, &new),
            [
                Change::NodeChanged("node 2".into(), "Samenleving".into()),
                Change::NodeAdded("node 4".into()),
                Change::NodeRemoved("node 3".into()),
                Change::LinkChanged("node 1".into(), "Samenleving".into()),
                Change::LinkAdded("node 4".into(), "Samenleving".into()),
                Change::LinkRemoved("node 1".into(), "node 3".into()),
            ]
        );
        assert!(compare(&old, &old).is_empty());
        let mut renamed = old.clone();
        renamed.problem = "eenzaamheid".into();
        assert_eq!(compare(&old, &renamed), [Change::AboutChanged]);
    }
}
