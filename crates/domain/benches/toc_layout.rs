//! Layout and SVG of a large theory of change: 300 boxes and 600 links, the size issue 8 names
//! (target: at most 50 ms on the project's 2-core machine). Run with
//! `cargo bench -p domain --bench toc_layout`.

#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use domain::toc::graph::add_link;
use domain::toc::layout::layout;
use domain::toc::svg::{SvgLabels, render};
use domain::toc::{Link, Node, NodeKind, Sphere, Theory};
use std::hint::black_box;

/// A deterministic theory: 300 boxes in realistic proportions, 600 links the builder accepts.
fn large_theory() -> Theory {
    let kinds = [
        (NodeKind::Activity, 60),
        (NodeKind::Output, 60),
        (NodeKind::Intermediate, 120),
        (NodeKind::LongTerm, 40),
        (NodeKind::Impact, 20),
    ];
    let mut nodes = Vec::new();
    for (kind, count) in kinds {
        for _ in 0..count {
            let id = nodes.len() as u32 + 1;
            nodes.push(Node {
                id,
                kind,
                title: format!("Verandering nummer {id} bij bewoners in de wijk"),
                description: String::new(),
                level: None,
                sphere: Sphere::Influence,
                above_ceiling: kind == NodeKind::Impact,
                negative: id.is_multiple_of(37),
            });
        }
    }
    let mut theory = Theory {
        title: "Groot".into(),
        nodes,
        ..Theory::default()
    };
    let mut seed: u64 = 2026;
    let mut next = || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as u32
    };
    while theory.links.len() < 600 {
        let (from, to) = (next() % 300 + 1, next() % 300 + 1);
        let link = Link {
            from,
            to,
            rationale: "omdat".into(),
            interventions: String::new(),
            assumptions: vec![],
            evidence: vec![],
        };
        let _ = add_link(&mut theory, link);
    }
    theory
}

fn bench(c: &mut Criterion) {
    let theory = large_theory();
    let labels = SvgLabels {
        title: "Groot".into(),
        description: "300 stappen".into(),
        ceiling: "Grens".into(),
    };
    let picture = layout(&theory);
    println!(
        "300 boxes, {} links, {} crossings left",
        theory.links.len(),
        picture.crossings
    );
    c.bench_function("toc layout + svg, 300 boxes, 600 links", |b| {
        b.iter(|| render(black_box(&theory), &layout(black_box(&theory)), &labels))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
