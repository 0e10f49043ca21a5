//! Table-driven tests of the weighing rules ("waarom dit voorstel" and the warnings).

use super::tests::{check_weighing, method, profile};
use super::*;
use crate::keuzehulp::answers::Ambition;
use crate::keuzehulp::{Condition, Locus};

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
