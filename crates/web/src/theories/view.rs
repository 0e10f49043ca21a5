//! What the theory templates show, in the reader's language: the boxes top-down with the links
//! that lead into them (the text outline), the checklist with links to the spot, the story and
//! the comment targets.

use app::i18n;
use app::theories::{TheoryView, theory_story};
use domain::Locale;
use domain::toc::layout::layers;
use domain::toc::quality::{Check, weaknesses};
use domain::toc::{Link, Node, Theory};

/// A box in words.
#[derive(Debug, Clone)]
pub struct NodeView {
    /// Key.
    pub id: u32,
    /// Kind code.
    pub kind: String,
    /// Kind, in words.
    pub kind_label: String,
    /// Title.
    pub title: String,
    /// Explanation.
    pub description: String,
    /// Staircase step, in words (empty: none).
    pub level: String,
    /// Sphere, in words.
    pub sphere: String,
    /// Above the ceiling of accountability.
    pub above_ceiling: bool,
    /// A negative or unintended effect.
    pub negative: bool,
}

/// A link in words.
#[derive(Debug, Clone)]
pub struct LinkView {
    /// From key.
    pub from: u32,
    /// To key.
    pub to: u32,
    /// From title.
    pub from_title: String,
    /// To title.
    pub to_title: String,
    /// Why.
    pub rationale: String,
    /// What the team does.
    pub interventions: String,
    /// (text, kind, certainty, test plan).
    pub assumptions: Vec<(String, String, String, String)>,
    /// (source, kind, strength).
    pub evidence: Vec<(String, String, String)>,
}

impl LinkView {
    /// `{from}-{to}`, for paths and anchors.
    pub fn ends(&self) -> String {
        format!("{}-{}", self.from, self.to)
    }
}

fn node_view(node: &Node, locale: Locale) -> NodeView {
    NodeView {
        id: node.id,
        kind: node.kind.code().to_owned(),
        kind_label: i18n::text(locale, &format!("toc-kind-{}", node.kind.code())),
        title: node.title.clone(),
        description: node.description.clone(),
        level: node
            .level
            .map(|l| i18n::text(locale, &format!("keuzehulp-level-{}", l.code())))
            .unwrap_or_default(),
        sphere: i18n::text(locale, &format!("toc-sphere-{}", node.sphere.code())),
        above_ceiling: node.above_ceiling,
        negative: node.negative,
    }
}

fn title(theory: &Theory, id: u32) -> String {
    theory.node(id).map(|n| n.title.clone()).unwrap_or_default()
}

fn link_view(theory: &Theory, link: &Link, locale: Locale) -> LinkView {
    LinkView {
        from: link.from,
        to: link.to,
        from_title: title(theory, link.from),
        to_title: title(theory, link.to),
        rationale: link.rationale.clone(),
        interventions: link.interventions.clone(),
        assumptions: link
            .assumptions
            .iter()
            .map(|a| {
                (
                    a.text.clone(),
                    i18n::text(locale, &format!("toc-assumption-{}", a.kind.code())),
                    i18n::text(locale, &format!("toc-certainty-{}", a.certainty.code())),
                    a.test_plan.clone(),
                )
            })
            .collect(),
        evidence: link
            .evidence
            .iter()
            .map(|e| {
                (
                    e.source.clone(),
                    e.kind.clone(),
                    i18n::text(locale, &format!("toc-strength-{}", e.strength.code())),
                )
            })
            .collect(),
    }
}

/// The boxes top-down (impact first), each with the links that lead into it.
pub fn outline(theory: &Theory, locale: Locale) -> Vec<(NodeView, Vec<LinkView>)> {
    let rows = layers(theory);
    let mut order: Vec<&Node> = theory.nodes.iter().collect();
    let layer = |id: u32| rows.get(&id).copied().unwrap_or(0);
    order.sort_by_key(|n| (std::cmp::Reverse(layer(n.id)), n.id));
    order
        .into_iter()
        .map(|n| {
            let incoming = theory
                .links
                .iter()
                .filter(|l| l.to == n.id)
                .map(|l| link_view(theory, l, locale))
                .collect();
            (node_view(n, locale), incoming)
        })
        .collect()
}

/// Every link in words, in the theory's order.
pub fn links(theory: &Theory, locale: Locale) -> Vec<LinkView> {
    theory
        .links
        .iter()
        .map(|l| link_view(theory, l, locale))
        .collect()
}

/// Every box in words, in the theory's order.
pub fn nodes(theory: &Theory, locale: Locale) -> Vec<NodeView> {
    theory.nodes.iter().map(|n| node_view(n, locale)).collect()
}

/// The quality checklist: (what is weak, where to look).
pub fn checklist(theory: &Theory, locale: Locale) -> Vec<(String, Option<String>)> {
    weaknesses(theory, None)
        .into_iter()
        .map(|w| {
            let key = format!("toc-check-{}", w.check.code());
            let (name, href) = match (w.node, w.link.and_then(|i| theory.links.get(i))) {
                (Some(id), _) => (title(theory, id), Some(format!("#knoop-{id}"))),
                (None, Some(link)) => (
                    format!("{} → {}", title(theory, link.from), title(theory, link.to)),
                    Some(format!("#verband-{}-{}", link.from, link.to)),
                ),
                (None, None) => (String::new(), None),
            };
            let text = match w.check {
                Check::NoImpact | Check::NoNegative => i18n::text(locale, &key),
                _ => i18n::text_with(locale, &key, &[("name", i18n::Arg::Text(&name))]),
            };
            (text, href)
        })
        .collect()
}

/// The story: the team's own (paragraphs split at blank lines) or the generated one.
pub fn story(view: &TheoryView, locale: Locale) -> (Vec<String>, bool) {
    if view.row.narrative.trim().is_empty() {
        (theory_story(&view.theory, locale), false)
    } else {
        let own = view
            .row
            .narrative
            .split("\n\n")
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect();
        (own, true)
    }
}

/// What a comment can be about: (target code, label).
pub fn comment_targets(theory: &Theory, locale: Locale) -> Vec<(String, String)> {
    let mut targets = vec![("theory".to_owned(), i18n::text(locale, "toc-comment-whole"))];
    targets.extend(
        theory
            .nodes
            .iter()
            .map(|n| (format!("node:{}", n.id), n.title.clone())),
    );
    targets.extend(theory.links.iter().map(|l| {
        (
            format!("link:{}-{}", l.from, l.to),
            format!("{} → {}", title(theory, l.from), title(theory, l.to)),
        )
    }));
    targets
}
