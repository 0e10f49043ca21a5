//! Drafting the key evaluation questions (at most five, after BetterEvaluation's "a small
//! number of broad questions"): the main question carries the facets of the impact definition
//! (De Waele et al. 2022); the others follow from the answers. Each draft is a message key with
//! the user's own words as arguments, so the text comes out in the user's language.

use super::Purpose;
use super::answers::{Ambition, Answers, Timing};

/// Most key questions a plan holds.
pub const MAX_QUESTIONS: usize = 5;

/// A drafted question: a message key and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// Fluent message id.
    pub key: &'static str,
    /// Named arguments: the user's own words, or keys of phrases (ending in `_key`).
    pub args: Vec<(&'static str, String)>,
}

fn facets_key(answers: &Answers) -> &'static str {
    match (answers.negative, answers.unintended) {
        (true, true) => "keuzehulp-facets-both",
        (true, false) => "keuzehulp-facets-negative",
        (false, true) => "keuzehulp-facets-unintended",
        (false, false) => "keuzehulp-facets-none",
    }
}

fn timing_key(answers: &Answers) -> &'static str {
    let follow_up = !answers.follow_up.is_empty();
    match (answers.timing, follow_up) {
        (Some(Timing::During), _) => "keuzehulp-timing-during",
        (Some(Timing::After), true) => "keuzehulp-timing-after-months",
        (Some(Timing::After), false) => "keuzehulp-timing-after",
        (_, true) => "keuzehulp-timing-both-months",
        (_, false) => "keuzehulp-timing-both",
    }
}

/// The drafts for complete answers, most important first (at most [`MAX_QUESTIONS`]).
pub fn key_questions(answers: &Answers) -> Vec<Draft> {
    let who = ("who", answers.target_group.clone());
    let what = ("what", answers.intervention.clone());
    let change = ("change", answers.change.clone());
    let mut drafts = vec![Draft {
        key: if answers.indirect {
            "keuzehulp-keq-main-indirect"
        } else {
            "keuzehulp-keq-main"
        },
        args: vec![
            ("facets_key", facets_key(answers).to_owned()),
            ("timing_key", timing_key(answers).to_owned()),
            ("months", answers.follow_up.clone()),
            who.clone(),
            what.clone(),
            change.clone(),
        ],
    }];
    drafts.push(Draft {
        key: "keuzehulp-keq-reach",
        args: vec![what.clone(), who.clone()],
    });
    let others = if answers.contributors.is_empty() {
        ("others_key", "keuzehulp-others-unknown".to_owned())
    } else {
        ("others", answers.contributors.clone())
    };
    match answers.ambition {
        Some(Ambition::Attribution) => drafts.push(Draft {
            key: "keuzehulp-keq-attribution",
            args: vec![what.clone(), change.clone(), who.clone()],
        }),
        Some(Ambition::Contribution) | Some(Ambition::Plausible) => drafts.push(Draft {
            key: "keuzehulp-keq-contribution",
            args: vec![what.clone(), change.clone(), others],
        }),
        _ => {}
    }
    if answers.for_whom {
        drafts.push(Draft {
            key: "keuzehulp-keq-for-whom",
            args: vec![what.clone()],
        });
    }
    if !(answers.negative || answers.unintended) {
        // Rule 10: every plan asks about negative and unintended effects, also when the team
        // did not think of it; the note on the package says why.
        drafts.push(Draft {
            key: "keuzehulp-keq-negative",
            args: vec![what.clone()],
        });
    }
    if answers.money {
        drafts.push(Draft {
            key: "keuzehulp-keq-value",
            args: vec![what.clone()],
        });
    }
    let judge_key = match answers.purpose {
        Some(Purpose::Accountability) => "keuzehulp-keq-judge-accountability",
        Some(Purpose::Knowledge) => "keuzehulp-keq-judge-knowledge",
        _ => "keuzehulp-keq-judge-learning",
    };
    drafts.push(Draft {
        key: judge_key,
        args: vec![what, ("good", answers.good_enough.clone())],
    });
    drafts.truncate(MAX_QUESTIONS);
    drafts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keuzehulp::answers::tests::complete;

    fn keys(answers: &Answers) -> Vec<&'static str> {
        key_questions(answers).iter().map(|d| d.key).collect()
    }

    #[test]
    fn the_drafts_follow_the_answers() {
        let base = complete();
        type Case = (&'static str, fn(&mut Answers), &'static [&'static str]);
        let cases: [Case; 5] = [
            (
                "plausible, learning",
                |_| {},
                &[
                    "keuzehulp-keq-main",
                    "keuzehulp-keq-reach",
                    "keuzehulp-keq-contribution",
                    "keuzehulp-keq-negative",
                    "keuzehulp-keq-judge-learning",
                ],
            ),
            (
                "describe only, negatives asked",
                |a| {
                    a.ambition = Some(Ambition::Describe);
                    a.negative = true;
                },
                &[
                    "keuzehulp-keq-main",
                    "keuzehulp-keq-reach",
                    "keuzehulp-keq-judge-learning",
                ],
            ),
            (
                "attribution, indirect, accountability",
                |a| {
                    a.ambition = Some(Ambition::Attribution);
                    a.indirect = true;
                    a.unintended = true;
                    a.purpose = Some(Purpose::Accountability);
                },
                &[
                    "keuzehulp-keq-main-indirect",
                    "keuzehulp-keq-reach",
                    "keuzehulp-keq-attribution",
                    "keuzehulp-keq-judge-accountability",
                ],
            ),
            (
                "for whom and money, capped at five",
                |a| {
                    a.for_whom = true;
                    a.money = true;
                },
                &[
                    "keuzehulp-keq-main",
                    "keuzehulp-keq-reach",
                    "keuzehulp-keq-contribution",
                    "keuzehulp-keq-for-whom",
                    "keuzehulp-keq-negative",
                ],
            ),
            (
                "knowledge",
                |a| {
                    a.purpose = Some(Purpose::Knowledge);
                    a.negative = true;
                    a.ambition = Some(Ambition::Describe);
                },
                &[
                    "keuzehulp-keq-main",
                    "keuzehulp-keq-reach",
                    "keuzehulp-keq-judge-knowledge",
                ],
            ),
        ];
        for (name, change, expected) in cases {
            let mut answers = base.clone();
            change(&mut answers);
            assert_eq!(keys(&answers), expected, "{name}");
        }
    }

    #[test]
    fn the_main_question_carries_the_facets_and_timing() {
        let mut answers = complete();
        let facet = |a: &Answers| key_questions(a)[0].args[0].1.clone();
        let timing = |a: &Answers| key_questions(a)[0].args[1].1.clone();
        assert_eq!(facet(&answers), "keuzehulp-facets-none");
        answers.negative = true;
        assert_eq!(facet(&answers), "keuzehulp-facets-negative");
        answers.unintended = true;
        assert_eq!(facet(&answers), "keuzehulp-facets-both");
        answers.negative = false;
        assert_eq!(facet(&answers), "keuzehulp-facets-unintended");
        assert_eq!(timing(&answers), "keuzehulp-timing-both");
        answers.follow_up = "6".into();
        assert_eq!(timing(&answers), "keuzehulp-timing-both-months");
        answers.timing = Some(Timing::After);
        assert_eq!(timing(&answers), "keuzehulp-timing-after-months");
        answers.follow_up.clear();
        assert_eq!(timing(&answers), "keuzehulp-timing-after");
        answers.timing = Some(Timing::During);
        assert_eq!(timing(&answers), "keuzehulp-timing-during");
        let contribution = &key_questions(&answers)[2];
        assert_eq!(
            contribution.args[2],
            ("others_key", "keuzehulp-others-unknown".to_owned())
        );
    }
}
