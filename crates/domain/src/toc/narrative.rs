//! The "veranderverhaal": the theory told in plain sentences, from the impact down to what the
//! team does, so people who do not read diagrams can follow it. Each sentence is a message key
//! with the team's own words as arguments; the application puts it in the reader's language.
//! The team can edit the text afterwards.

use super::layout::layers;
use super::{Certainty, NodeKind, Theory};

/// One sentence: a message key and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Fluent message id.
    pub key: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, String)>,
}

fn say(key: &'static str, args: Vec<(&'static str, String)>) -> Sentence {
    Sentence { key, args }
}

/// Titles joined as a list ("a, b en c" is done by the message; here "a; b; c").
fn titles<'a>(items: impl Iterator<Item = &'a super::Node>) -> String {
    items.map(|n| n.title.trim()).collect::<Vec<_>>().join("; ")
}

/// The story in paragraphs: why (problem, impact), how (each step down, with its reasons and
/// assumptions), what we do, what could go wrong, and where our responsibility ends.
pub fn story(theory: &Theory) -> Vec<Vec<Sentence>> {
    let mut paragraphs = Vec::new();
    let mut why = Vec::new();
    if !theory.problem.trim().is_empty() {
        why.push(say(
            "toc-story-problem",
            vec![("problem", theory.problem.trim().to_owned())],
        ));
    }
    if !theory.target_groups.trim().is_empty() {
        why.push(say(
            "toc-story-for",
            vec![("groups", theory.target_groups.trim().to_owned())],
        ));
    }
    let impacts: Vec<_> = theory
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Impact && !n.negative)
        .collect();
    if !impacts.is_empty() {
        why.push(say(
            "toc-story-impact",
            vec![("impact", titles(impacts.into_iter()))],
        ));
    }
    if !why.is_empty() {
        paragraphs.push(why);
    }
    // Top down: links into higher rows first.
    let rows = layers(theory);
    let layer = |id| rows.get(&id).copied().unwrap_or(0);
    let mut order: Vec<usize> = (0..theory.links.len()).collect();
    order.sort_by_key(|i| {
        (
            std::cmp::Reverse(layer(theory.links[*i].to)),
            theory.links[*i].to,
            theory.links[*i].from,
        )
    });
    for i in order {
        let link = &theory.links[i];
        let (Some(from), Some(to)) = (theory.node(link.from), theory.node(link.to)) else {
            continue;
        };
        if to.negative {
            continue;
        }
        let mut sentences = vec![say(
            "toc-story-link",
            vec![
                ("from", from.title.trim().to_owned()),
                ("to", to.title.trim().to_owned()),
            ],
        )];
        if !link.rationale.trim().is_empty() {
            sentences.push(say(
                "toc-story-because",
                vec![("rationale", link.rationale.trim().to_owned())],
            ));
        }
        if !link.interventions.trim().is_empty() {
            sentences.push(say(
                "toc-story-by",
                vec![("interventions", link.interventions.trim().to_owned())],
            ));
        }
        for assumption in &link.assumptions {
            let key = match assumption.certainty {
                Certainty::Certain => "toc-story-assumption-certain",
                Certainty::Plausible => "toc-story-assumption-plausible",
                Certainty::Uncertain => "toc-story-assumption-uncertain",
            };
            sentences.push(say(
                key,
                vec![("assumption", assumption.text.trim().to_owned())],
            ));
        }
        paragraphs.push(sentences);
    }
    let activities: Vec<_> = theory
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Activity)
        .collect();
    if !activities.is_empty() {
        paragraphs.push(vec![say(
            "toc-story-activities",
            vec![("activities", titles(activities.into_iter()))],
        )]);
    }
    let negative: Vec<_> = theory.nodes.iter().filter(|n| n.negative).collect();
    paragraphs.push(if negative.is_empty() {
        vec![say("toc-story-no-negative", vec![])]
    } else {
        vec![say(
            "toc-story-negative",
            vec![("effects", titles(negative.into_iter()))],
        )]
    });
    let above: Vec<_> = theory.nodes.iter().filter(|n| n.above_ceiling).collect();
    if !above.is_empty() {
        paragraphs.push(vec![say(
            "toc-story-ceiling",
            vec![("changes", titles(above.into_iter()))],
        )]);
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toc::graph::add_link;
    use crate::toc::graph::tests::{link, node};
    use crate::toc::{Assumption, AssumptionKind};

    #[test]
    fn the_story_goes_from_impact_down_to_activities() {
        use NodeKind::*;
        let mut t = Theory {
            problem: "Eenzaamheid".into(),
            nodes: vec![
                node(1, Activity),
                node(2, Intermediate),
                node(3, Impact),
                node(4, Intermediate),
            ],
            ..Theory::default()
        };
        t.nodes[3].negative = true;
        t.nodes[2].above_ceiling = true;
        let mut first = link(1, 2);
        first.rationale = "ontmoeting verlaagt de drempel".into();
        first.assumptions.push(Assumption {
            text: "bewoners komen".into(),
            kind: AssumptionKind::Contextual,
            certainty: Certainty::Uncertain,
            test_plan: String::new(),
        });
        add_link(&mut t, first).expect("valid");
        add_link(&mut t, link(2, 3)).expect("valid");
        add_link(&mut t, link(1, 4)).expect("valid");
        let keys: Vec<Vec<&str>> = story(&t)
            .iter()
            .map(|p| p.iter().map(|s| s.key).collect())
            .collect();
        assert_eq!(
            keys,
            vec![
                vec!["toc-story-problem", "toc-story-impact"],
                vec!["toc-story-link"],
                vec![
                    "toc-story-link",
                    "toc-story-because",
                    "toc-story-assumption-uncertain"
                ],
                vec!["toc-story-activities"],
                vec!["toc-story-negative"],
                vec!["toc-story-ceiling"],
            ]
        );
        assert_eq!(
            story(&t)[1][0].args,
            [("from", "node 2".to_owned()), ("to", "node 3".to_owned())]
        );
    }
}
