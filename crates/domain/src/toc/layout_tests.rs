//! The layout: rows by kind, crossings removed where possible, and properties over random
//! theories (no two boxes overlap, every link is drawn from box to box, the same theory gives
//! the same picture, everything fits in the picture).

use super::*;
use crate::toc::graph::add_link;
use crate::toc::graph::tests::{link, node};
use crate::toc::{NodeKind, Theory};
use proptest::prelude::*;

fn small() -> Theory {
    use NodeKind::*;
    let mut t = Theory {
        title: "t".into(),
        nodes: vec![
            node(1, Activity),
            node(2, Activity),
            node(3, Output),
            node(4, Intermediate),
            node(5, Intermediate),
            node(6, LongTerm),
            node(7, Impact),
        ],
        ..Theory::default()
    };
    for (a, b) in [(1, 3), (3, 4), (4, 5), (5, 6), (6, 7), (2, 6)] {
        add_link(&mut t, link(a, b)).expect("valid");
    }
    t.nodes[6].above_ceiling = true;
    t
}

#[test]
fn rows_follow_the_kinds_and_chains() {
    let l = layout(&small());
    let layer = |id| l.nodes.iter().find(|p| p.id == id).map(|p| p.layer);
    assert_eq!(
        [1, 2, 3, 4, 5, 6, 7].map(layer),
        [0, 0, 1, 2, 3, 4, 5].map(Some)
    );
    // Impact at the top, activities at the bottom.
    let y = |id| {
        l.nodes
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.y)
            .unwrap_or_default()
    };
    assert!(y(7) < y(6) && y(6) < y(1));
    // The link 2 → 6 skips three rows and bends through them.
    assert_eq!(l.routes[5].points.len(), 5);
    let ceiling = l.ceiling_y.expect("a ceiling");
    assert!(
        ceiling > y(7) + NODE_HEIGHT && ceiling < y(6),
        "between impact and outcome"
    );
}

#[test]
fn an_empty_or_single_theory_gets_a_valid_picture() {
    let empty = layout(&Theory::default());
    assert!(empty.width > 0.0 && empty.height > 0.0);
    assert!(empty.nodes.is_empty() && empty.ceiling_y.is_none());
    let one = Theory {
        nodes: vec![node(1, NodeKind::Impact)],
        ..Theory::default()
    };
    let single = layout(&one);
    assert_eq!(single.nodes.len(), 1);
    assert!(
        single.nodes[0].x + NODE_WIDTH <= single.width
            && single.nodes[0].y + NODE_HEIGHT <= single.height
    );
}

#[test]
fn crossings_are_removed_when_possible() {
    use NodeKind::*;
    // Two activities each leading to the output placed above the other: one crossing as
    // given, none after ordering.
    let mut t = Theory {
        nodes: vec![
            node(1, Activity),
            node(2, Activity),
            node(3, Output),
            node(4, Output),
        ],
        ..Theory::default()
    };
    add_link(&mut t, link(1, 4)).expect("valid");
    add_link(&mut t, link(2, 3)).expect("valid");
    assert_eq!(layout(&t).crossings, 0);
    assert_eq!(count_inversions(&mut [3, 1, 2]), 2);
}

fn theory_strategy() -> impl Strategy<Value = Theory> {
    (
        2usize..40,
        proptest::collection::vec((0usize..40, 0usize..40), 0..90),
        proptest::collection::vec(0usize..5, 40),
    )
        .prop_map(|(n, pairs, kinds)| {
            let nodes = (0..n)
                .map(|i| node(i as u32 + 1, NodeKind::ALL[kinds[i]]))
                .collect();
            let mut t = Theory {
                nodes,
                ..Theory::default()
            };
            for (a, b) in pairs {
                // Only links the builder would accept.
                let _ = add_link(&mut t, link((a % n) as u32 + 1, (b % n) as u32 + 1));
            }
            t
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_boxes_overlap_and_every_link_is_drawn(t in theory_strategy()) {
        let l = layout(&t);
        for (i, a) in l.nodes.iter().enumerate() {
            prop_assert!(a.x >= 0.0 && a.y >= 0.0 && a.x + NODE_WIDTH <= l.width && a.y + NODE_HEIGHT <= l.height);
            for b in &l.nodes[i + 1..] {
                let apart = a.x + NODE_WIDTH <= b.x || b.x + NODE_WIDTH <= a.x || a.y + NODE_HEIGHT <= b.y || b.y + NODE_HEIGHT <= a.y;
                prop_assert!(apart, "{:?} and {:?} overlap", a, b);
            }
        }
        prop_assert_eq!(l.routes.len(), t.links.len());
        for (route, link) in l.routes.iter().zip(&t.links) {
            let from = l.nodes.iter().find(|p| p.id == link.from).expect("placed");
            let to = l.nodes.iter().find(|p| p.id == link.to).expect("placed");
            let (first, last) = (route.points[0], route.points[route.points.len() - 1]);
            prop_assert_eq!(first, (from.x + NODE_WIDTH / 2.0, from.y));
            prop_assert_eq!(last, (to.x + NODE_WIDTH / 2.0, to.y + NODE_HEIGHT));
            prop_assert!(route.points.windows(2).all(|w| w[1].1 < w[0].1), "lines go up");
        }
    }

    #[test]
    fn the_same_theory_gives_the_same_picture(t in theory_strategy()) {
        prop_assert_eq!(layout(&t), layout(&t.clone()));
    }
}
