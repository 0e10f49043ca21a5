//! Table-driven tests: one table per rule, each row a method and answers and what the rule says.

use super::*;
use crate::keuzehulp::answers::{Ambition, Answers, Budget, tests::complete};
use crate::keuzehulp::catalogue::MethodText;
use crate::keuzehulp::{Condition, DataKind, Locus, Skill};

pub(super) fn method() -> Method {
    let t = String::from("x");
    Method {
        id: "M99".into(),
        slug: "test".into(),
        text: MethodText {
            name_nl: t.clone(),
            name_en: t.clone(),
            summary_nl: t.clone(),
            summary_en: t.clone(),
            question_nl: t.clone(),
            question_en: t.clone(),
            skills_nl: t.clone(),
            skills_en: t.clone(),
            fits_nl: t.clone(),
            fits_en: t.clone(),
            avoid_nl: t.clone(),
            avoid_en: t,
        },
        data: DataKind::Mixed,
        causal: CausalStrength::Descriptive,
        effort: Level::Low,
        skill: Skill::Basic,
        participation: Level::Low,
        evidence: (0, 6),
        tasks: vec![Task::Describe],
        loci: vec![Locus::Community],
        purposes: vec![Purpose::Learning],
        avoid_if: vec![],
        caution_if: vec![],
        min_participants: 0,
        good_for: vec![],
        tags: vec![],
        reading: vec![],
    }
}

pub(super) fn profile(change: fn(&mut Answers)) -> Profile {
    let mut answers = complete();
    change(&mut answers);
    Profile::of(&answers).expect("complete answers")
}

pub(super) type WeighCase = (&'static str, fn(&mut Method), fn(&mut Answers), i32);
type Case = (
    &'static str,
    fn(&mut Method),
    fn(&mut Answers),
    Option<&'static str>,
);

fn check_exclusion(rule: Exclusion, cases: &[Case]) {
    for (name, m, a, expected) in cases {
        let mut method = method();
        m(&mut method);
        let found = rule(&method, &profile(*a)).map(|r| r.key);
        assert_eq!(found.as_deref(), *expected, "{name}");
    }
}

pub(super) fn check_weighing(rule: Weighing, cases: &[WeighCase]) {
    for (name, m, a, points) in cases {
        let mut method = method();
        m(&mut method);
        let found = rule(&method, &profile(*a)).map_or(0, |h| h.points);
        assert_eq!(found, *points, "{name}");
    }
}

#[test]
fn avoid_condition_table() {
    check_exclusion(
        avoid_condition,
        &[
            ("no contra-indication", |_| {}, |_| {}, None),
            (
                "individual locus",
                |m| m.avoid_if = vec![Condition::LocusIndividual],
                |a| a.locus = Some(Locus::Individual),
                Some("keuzehulp-avoid-locus_individual"),
            ),
            (
                "condition does not hold",
                |m| m.avoid_if = vec![Condition::LocusIndividual],
                |_| {},
                None,
            ),
            (
                "negatives looked for",
                |m| m.avoid_if = vec![Condition::LooksForNegative],
                |a| a.unintended = true,
                Some("keuzehulp-avoid-looks_for_negative"),
            ),
            (
                "no money question",
                |m| m.avoid_if = vec![Condition::NoMoneyQuestion],
                |_| {},
                Some("keuzehulp-avoid-no_money_question"),
            ),
            (
                "money asked",
                |m| m.avoid_if = vec![Condition::NoMoneyQuestion],
                |a| a.money = true,
                None,
            ),
            (
                "early practice",
                |m| m.avoid_if = vec![Condition::EarlyPractice],
                |a| a.evidence = Some(0),
                Some("keuzehulp-avoid-early_practice"),
            ),
        ],
    );
}

#[test]
fn beyond_ceiling_table() {
    check_exclusion(
        beyond_ceiling,
        &[
            (
                "plausibility within reach",
                |m| m.causal = CausalStrength::Plausibility,
                |_| {},
                None,
            ),
            (
                "asked only plausible",
                |m| m.causal = CausalStrength::Contribution,
                |a| a.evidence = Some(3),
                Some("keuzehulp-not-beyond-asked"),
            ),
            (
                "not described yet",
                |m| m.causal = CausalStrength::Contribution,
                |a| {
                    a.ambition = Some(Ambition::Contribution);
                    a.evidence = Some(1);
                },
                Some("keuzehulp-not-evidence-first"),
            ),
            (
                "no means",
                |m| m.causal = CausalStrength::Attribution,
                |a| {
                    a.ambition = Some(Ambition::Attribution);
                    a.evidence = Some(4);
                },
                Some("keuzehulp-not-beyond-means"),
            ),
            (
                "research partner",
                |m| m.causal = CausalStrength::Attribution,
                |a| {
                    a.ambition = Some(Ambition::Attribution);
                    a.evidence = Some(4);
                    a.budget = Some(Budget::Research);
                },
                None,
            ),
        ],
    );
}

#[test]
fn effort_skill_and_group_tables() {
    check_exclusion(
        too_much_effort,
        &[
            (
                "medium with medium time",
                |m| m.effort = Level::Medium,
                |_| {},
                None,
            ),
            (
                "high with medium time",
                |m| m.effort = Level::High,
                |_| {},
                Some("keuzehulp-not-effort"),
            ),
            (
                "high with an evaluator",
                |m| m.effort = Level::High,
                |a| a.budget = Some(Budget::Research),
                None,
            ),
        ],
    );
    check_exclusion(
        skills_missing,
        &[
            ("some with some", |m| m.skill = Skill::Some, |_| {}, None),
            (
                "expert with some",
                |m| m.skill = Skill::Expert,
                |_| {},
                Some("keuzehulp-not-skills"),
            ),
            (
                "expert bought",
                |m| m.skill = Skill::Expert,
                |a| a.budget = Some(Budget::Research),
                None,
            ),
        ],
    );
    check_exclusion(
        group_too_small,
        &[
            ("enough", |m| m.min_participants = 40, |_| {}, None),
            (
                "too few",
                |m| m.min_participants = 50,
                |_| {},
                Some("keuzehulp-not-group"),
            ),
        ],
    );
    let mut m = method();
    m.min_participants = 100;
    assert_eq!(
        group_too_small(&m, &profile(|_| {})).and_then(|r| r.limit),
        Some(100)
    );
}
