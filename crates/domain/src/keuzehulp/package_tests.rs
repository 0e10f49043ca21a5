//! The recommender against the shipped catalogue: table-driven packages for typical teams, and
//! properties over any answers (covers the four tasks, never a contra-indicated method, never a
//! claim above the ceiling, deterministic).

use super::*;
use crate::keuzehulp::answers::{Ambition, Budget, tests::complete};
use crate::keuzehulp::{CausalStrength, Level, Locus, Rank, Skill};
use proptest::prelude::*;
use std::sync::LazyLock;

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
    Catalogue::parse(include_str!("../../../../content/methods.toml")).expect("shipped catalogue")
});

fn ids<'a>(package: &'a Package<'_>) -> Vec<&'a str> {
    package.picks.iter().map(|p| p.method.id.as_str()).collect()
}

fn package(change: impl Fn(&mut Answers)) -> Package<'static> {
    let mut answers = complete();
    change(&mut answers);
    recommend(&CATALOGUE, &answers).expect("complete answers")
}

#[test]
fn incomplete_answers_give_no_package() {
    let mut answers = complete();
    answers.purpose = None;
    assert!(recommend(&CATALOGUE, &answers).is_none());
}

#[test]
fn an_undescribed_practice_gets_no_causal_design() {
    let p = package(|a| {
        a.evidence = Some(0);
        a.ambition = Some(Ambition::Attribution);
        a.budget = Some(Budget::Research);
    });
    assert!(
        p.picks
            .iter()
            .all(|pick| pick.method.causal.rank() <= CausalStrength::Plausibility.rank())
    );
    let keys: Vec<&str> = p.notes.iter().map(|n| n.key.as_str()).collect();
    assert!(keys.contains(&"keuzehulp-note-describe-first"), "{keys:?}");
    assert!(
        keys.contains(&"keuzehulp-note-lowered-evidence"),
        "{keys:?}"
    );
    let rct = p
        .not_recommended
        .iter()
        .find(|n| n.method.id == "M27")
        .expect("RCT ruled out");
    assert!(
        rct.reasons
            .iter()
            .any(|r| r.key == "keuzehulp-avoid-early_practice")
    );
}

#[test]
fn packages_for_typical_teams() {
    type Change = fn(&mut Answers);
    let cases: [(&str, Change, &[&str], &[&str]); 5] = [
        // name, answers, must contain, must not contain
        (
            "a community project that wants to learn",
            |a| {
                a.negative = true;
                a.unintended = true;
            },
            &["M01"],
            &["M26", "M27", "M16"],
        ),
        (
            "housing support accounting to its municipality",
            |a| {
                a.locus = Some(Locus::Individual);
                a.purpose = Some(crate::keuzehulp::Purpose::Accountability);
                a.ambition = Some(Ambition::Contribution);
                a.evidence = Some(3);
                a.budget = Some(Budget::Some);
            },
            &["M01"],
            &["M13", "M12", "M27"],
        ),
        (
            "partners and policy",
            |a| {
                a.locus = Some(Locus::Actors);
                a.evidence = Some(2);
            },
            &["M01"],
            &["M03", "M04", "M05"],
        ),
        (
            "little time",
            |a| {
                a.capacity = Some(Level::Low);
                a.skills = Some(Skill::Basic);
            },
            &["M01"],
            &["M16", "M18", "M26"],
        ),
        (
            "money asked",
            |a| {
                a.money = true;
                a.evidence = Some(3);
                a.budget = Some(Budget::Some);
            },
            &["M01"],
            &["M30"],
        ),
    ];
    for (name, change, has, lacks) in cases {
        let p = package(change);
        let got = ids(&p);
        for id in has {
            assert!(got.contains(id), "{name}: {got:?} lacks {id}");
        }
        for id in lacks {
            assert!(!got.contains(id), "{name}: {got:?} has {id}");
        }
        for task in Task::ALL {
            assert!(p.covers(*task), "{name}: {task:?}");
        }
    }
}

#[test]
fn the_slots_follow_the_answers() {
    let slots = |p: &Package<'_>| p.picks.iter().map(|x| x.slot).collect::<Vec<_>>();
    let learning = package(|_| {});
    assert!(!slots(&learning).contains(&Slot::Counting));
    assert!(slots(&learning).contains(&Slot::Telling));
    let accountable = package(|a| a.purpose = Some(crate::keuzehulp::Purpose::Accountability));
    assert!(slots(&accountable).contains(&Slot::Counting));
    let money = package(|a| {
        a.money = true;
        a.evidence = Some(3);
    });
    let value = money
        .picks
        .iter()
        .find(|x| x.slot == Slot::Value)
        .expect("a value method");
    assert!(value.method.is_good_for(Strength::Money));
    assert!(money.notes.iter().any(|n| n.key == "keuzehulp-note-money"));
    assert_eq!(learning.picks[0].method.id, "M01");
    assert_eq!(learning.picks[0].why[0].key, "keuzehulp-slot-monitoring");
}

#[test]
fn reasons_alternatives_and_not_recommended_are_given() {
    let p = package(|_| {});
    for pick in &p.picks {
        assert!(
            pick.why.len() >= 2,
            "{} has only its slot as reason",
            pick.method.id
        );
    }
    assert!(p.picks.iter().any(|x| x.alternative.is_some()));
    let alternative = p
        .picks
        .iter()
        .find_map(|x| x.alternative.as_ref())
        .expect("an alternative");
    assert_eq!(
        p.reasons_for(&alternative.method.id)
            .map(|(why, _)| why.len()),
        Some(alternative.why.len())
    );
    assert_eq!(
        p.reasons_for("M01").map(|(why, _)| why[0].key.as_str()),
        Some("keuzehulp-slot-monitoring")
    );
    assert!(p.reasons_for("M27").is_none());
    assert!(!p.not_recommended.is_empty());
    assert!(p.not_recommended.iter().all(|n| !n.reasons.is_empty()));
    let negative_note = p.notes.iter().any(|n| n.key == "keuzehulp-note-negative");
    assert!(negative_note, "the team did not ask about negative effects");
}

fn answers_strategy() -> impl Strategy<Value = Answers> {
    (
        (
            0..3usize,
            0..3usize,
            0..4usize,
            0..6u8,
            0..3usize,
            0..3usize,
            0..3usize,
        ),
        (
            any::<[bool; 8]>(),
            prop_oneof![Just(1u32), Just(8), Just(40), Just(300), 1..5000u32],
            0..3usize,
            0..6usize,
        ),
    )
        .prop_map(
            |(
                (locus, purpose, ambition, evidence, capacity, budget, skills),
                (flags, participants, timing, level),
            )| {
                let mut a = complete();
                a.locus = Some(Locus::ALL[locus]);
                a.purpose = Some(crate::keuzehulp::Purpose::ALL[purpose]);
                a.ambition = Some(Ambition::ALL[ambition]);
                a.evidence = Some(evidence);
                a.capacity = Some(Level::ALL[capacity]);
                a.budget = Some(Budget::ALL[budget]);
                a.skills = Some(Skill::ALL[skills]);
                [
                    a.negative,
                    a.unintended,
                    a.indirect,
                    a.for_whom,
                    a.money,
                    a.admin_data,
                    a.sensitive,
                    _,
                ] = flags;
                a.participants = participants.to_string();
                a.timing = Some(crate::keuzehulp::answers::Timing::ALL[timing]);
                a.level = Some(crate::keuzehulp::answers::StaircaseLevel::ALL[level]);
                a
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_package_covers_the_four_tasks_and_counts_and_tells(answers in answers_strategy()) {
        let p = recommend(&CATALOGUE, &answers).expect("complete");
        for task in Task::ALL {
            prop_assert!(p.covers(*task), "{:?} not covered: {:?}", task, ids(&p));
        }
        prop_assert!(p.picks.iter().any(|x| x.slot == Slot::Telling), "no telling: {:?}", ids(&p));
    }

    #[test]
    fn no_pick_is_contra_indicated_or_beyond_the_ceiling(answers in answers_strategy()) {
        let p = recommend(&CATALOGUE, &answers).expect("complete");
        for pick in &p.picks {
            let m = pick.method;
            prop_assert!(!m.avoid_if.iter().any(|c| p.profile.holds(*c)), "{} avoided", m.id);
            prop_assert!(m.causal.rank() <= p.profile.ceiling.rank(), "{} beyond ceiling", m.id);
            prop_assert!(m.causal.rank() <= p.profile.asked.rank().max(CausalStrength::Plausibility.rank()));
            prop_assert!(m.min_participants <= p.profile.participants);
            prop_assert!(rules::exclusions(m, &p.profile).is_empty());
        }
        let picked: Vec<&str> = ids(&p);
        prop_assert!(p.not_recommended.iter().all(|n| !picked.contains(&n.method.id.as_str())));
    }

    #[test]
    fn no_method_is_offered_twice(answers in answers_strategy()) {
        let p = recommend(&CATALOGUE, &answers).expect("complete");
        let mut offered: Vec<&str> = ids(&p);
        offered.extend(p.picks.iter().filter_map(|x| x.alternative.as_ref()).map(|a| a.method.id.as_str()));
        let mut unique = offered.clone();
        unique.sort_unstable();
        unique.dedup();
        prop_assert_eq!(unique.len(), offered.len(), "{:?}", offered);
    }

    #[test]
    fn the_same_answers_give_the_same_package(answers in answers_strategy()) {
        let first = recommend(&CATALOGUE, &answers);
        let again = recommend(&CATALOGUE, &answers.clone());
        prop_assert_eq!(first, again);
    }
}
