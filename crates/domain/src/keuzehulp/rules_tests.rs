//! Table-driven tests: one table per rule, each row a method and answers and what the rule says.

use super::*;
use crate::keuzehulp::answers::{Ambition, Answers, Budget, tests::complete};
use crate::keuzehulp::catalogue::MethodText;
use crate::keuzehulp::{Condition, DataKind, Locus, Skill};

fn method() -> Method {
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

fn profile(change: fn(&mut Answers)) -> Profile {
    let mut answers = complete();
    change(&mut answers);
    Profile::of(&answers).expect("complete answers")
}

type WeighCase = (&'static str, fn(&mut Method), fn(&mut Answers), i32);
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

fn check_weighing(rule: Weighing, cases: &[WeighCase]) {
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

#[test]
fn purpose_participation_and_numbers_tables() {
    check_weighing(
        fits_purpose,
        &[
            ("learning serves learning", |_| {}, |_| {}, 3),
            (
                "accountability not served",
                |_| {},
                |a| a.purpose = Some(Purpose::Accountability),
                0,
            ),
        ],
    );
    check_weighing(
        participatory_for_learning,
        &[
            (
                "high participation, learning",
                |m| m.participation = Level::High,
                |_| {},
                2,
            ),
            (
                "high participation, accountability",
                |m| m.participation = Level::High,
                |a| a.purpose = Some(Purpose::Accountability),
                0,
            ),
            ("low participation", |_| {}, |_| {}, 0),
        ],
    );
    check_weighing(
        counts_for_accountability,
        &[
            (
                "numbers, accountability",
                |m| m.good_for = vec![Strength::Numbers],
                |a| a.purpose = Some(Purpose::Accountability),
                2,
            ),
            (
                "numbers, learning",
                |m| m.good_for = vec![Strength::Numbers],
                |_| {},
                0,
            ),
        ],
    );
}

#[test]
fn locus_ceiling_and_step_tables() {
    check_weighing(
        fits_locus,
        &[
            ("community fits", |_| {}, |_| {}, 3),
            (
                "individual does not",
                |_| {},
                |a| a.locus = Some(Locus::Individual),
                -3,
            ),
        ],
    );
    check_weighing(
        matches_ceiling,
        &[
            (
                "understands at the ceiling",
                |m| {
                    m.tasks = vec![Task::Understand];
                    m.causal = CausalStrength::Plausibility;
                },
                |_| {},
                3,
            ),
            (
                "below the ceiling",
                |m| {
                    m.tasks = vec![Task::Understand];
                    m.causal = CausalStrength::Plausibility;
                },
                |a| {
                    a.evidence = Some(3);
                    a.ambition = Some(Ambition::Contribution);
                },
                0,
            ),
            (
                "does not understand",
                |m| m.causal = CausalStrength::Plausibility,
                |_| {},
                0,
            ),
        ],
    );
    check_weighing(
        next_evidence_step,
        &[
            ("E1 → E2 in range", |m| m.evidence = (2, 3), |_| {}, 2),
            ("E1 → E2 out of range", |m| m.evidence = (3, 4), |_| {}, 0),
        ],
    );
}

#[test]
fn capacity_unexpected_and_for_whom_tables() {
    check_weighing(
        light_for_low_capacity,
        &[
            (
                "light, little time",
                |_| {},
                |a| a.capacity = Some(Level::Low),
                2,
            ),
            ("light, enough time", |_| {}, |_| {}, 0),
            (
                "medium, little time",
                |m| m.effort = Level::Medium,
                |a| a.capacity = Some(Level::Low),
                0,
            ),
        ],
    );
    check_weighing(
        finds_unexpected,
        &[
            (
                "open method, negatives",
                |m| m.good_for = vec![Strength::Unexpected],
                |a| a.negative = true,
                2,
            ),
            (
                "open method, no negatives",
                |m| m.good_for = vec![Strength::Unexpected],
                |_| {},
                0,
            ),
        ],
    );
    check_weighing(
        for_whom,
        &[
            (
                "asked",
                |m| m.good_for = vec![Strength::ForWhom],
                |a| a.for_whom = true,
                3,
            ),
            (
                "not asked",
                |m| m.good_for = vec![Strength::ForWhom],
                |_| {},
                0,
            ),
        ],
    );
}

#[test]
fn money_counterfactual_follow_up_and_rigour_tables() {
    check_weighing(
        money_terms,
        &[
            (
                "asked",
                |m| m.good_for = vec![Strength::Money],
                |a| a.money = true,
                4,
            ),
            (
                "not asked",
                |m| m.good_for = vec![Strength::Money],
                |_| {},
                0,
            ),
        ],
    );
    check_weighing(
        counterfactual,
        &[
            (
                "contribution asked",
                |m| m.good_for = vec![Strength::Counterfactual],
                |a| a.ambition = Some(Ambition::Contribution),
                2,
            ),
            (
                "plausible asked",
                |m| m.good_for = vec![Strength::Counterfactual],
                |_| {},
                0,
            ),
        ],
    );
    check_weighing(
        follow_up,
        &[
            (
                "after",
                |m| m.good_for = vec![Strength::FollowUp],
                |_| {},
                1,
            ),
            (
                "during only",
                |m| m.good_for = vec![Strength::FollowUp],
                |a| a.timing = Some(crate::keuzehulp::answers::Timing::During),
                0,
            ),
        ],
    );
    check_weighing(
        rigour_for_knowledge,
        &[
            (
                "contribution, knowledge",
                |m| m.causal = CausalStrength::Contribution,
                |a| a.purpose = Some(Purpose::Knowledge),
                2,
            ),
            (
                "descriptive, knowledge",
                |_| {},
                |a| a.purpose = Some(Purpose::Knowledge),
                0,
            ),
        ],
    );
}

#[test]
fn warnings_weigh_against_table() {
    check_weighing(
        warnings_weigh_against,
        &[
            ("no warning", |_| {}, |_| {}, 0),
            (
                "one holds",
                |m| m.caution_if = vec![Condition::SensitiveData, Condition::LowCapacity],
                |a| a.sensitive = true,
                -2,
            ),
            (
                "two hold",
                |m| m.caution_if = vec![Condition::SensitiveData, Condition::PurposeLearning],
                |a| a.sensitive = true,
                -4,
            ),
        ],
    );
}

#[test]
fn cautions_and_sums() {
    let mut m = method();
    m.caution_if = vec![Condition::SensitiveData, Condition::PurposeAccountability];
    let keys: Vec<String> = cautions(&m, &profile(|a| a.sensitive = true))
        .into_iter()
        .map(|r| r.key)
        .collect();
    assert_eq!(keys, ["keuzehulp-caution-sensitive_data"]);
    m.participation = Level::High;
    let (score, why) = weigh(&m, &profile(|_| {}));
    assert_eq!(score, 3 + 2 + 3 + 2);
    assert_eq!(why[0].key, "keuzehulp-why-purpose-learning");
    assert_eq!(why.len(), 4);
}
