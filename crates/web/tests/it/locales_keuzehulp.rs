//! The keuzehulp composes many message ids from codes (reasons, choices, labels); every one of
//! them exists in both languages.

use crate::locales::keys;
use domain::keuzehulp::answers::{Ambition, Budget, StaircaseLevel, Timing};
use domain::keuzehulp::package::Slot;
use domain::keuzehulp::{CausalStrength, Condition, DataKind, Level, Locus, Purpose, Skill, Task};

fn composed() -> Vec<String> {
    let mut ids = Vec::new();
    for c in Condition::ALL {
        ids.push(format!("keuzehulp-avoid-{}", c.code()));
        ids.push(format!("keuzehulp-caution-{}", c.code()));
    }
    for p in Purpose::ALL {
        ids.push(format!("keuzehulp-why-purpose-{}", p.code()));
        ids.push(format!("keuzehulp-purpose-{}", p.code()));
    }
    for l in Locus::ALL {
        ids.push(format!("keuzehulp-why-locus-{}", l.code()));
        ids.push(format!("keuzehulp-locus-{}", l.code()));
    }
    for c in CausalStrength::ALL {
        ids.push(format!("keuzehulp-why-ceiling-{}", c.code()));
        ids.push(format!("keuzehulp-causal-{}", c.code()));
    }
    for s in Slot::ALL {
        ids.push(format!("keuzehulp-slot-{}", s.code()));
        ids.push(format!("keuzehulp-slot-name-{}", s.code()));
    }
    ids.extend((1..=6).map(|n| format!("keuzehulp-note-next-e{n}")));
    ids.extend((1..=8).map(|n| format!("keuzehulp-step-{n}")));
    ids.extend((1..=7).map(|n| format!("keuzehulp-step-{n}-intro")));
    ids.extend(
        StaircaseLevel::ALL
            .iter()
            .map(|v| format!("keuzehulp-level-{}", v.code())),
    );
    ids.extend(
        Timing::ALL
            .iter()
            .map(|v| format!("keuzehulp-timing-option-{}", v.code())),
    );
    for a in Ambition::ALL {
        ids.push(format!("keuzehulp-ambition-{}", a.code()));
        ids.push(format!("keuzehulp-ambition-{}-hint", a.code()));
    }
    for l in Level::ALL {
        ids.push(format!("keuzehulp-capacity-{}", l.code()));
        ids.push(format!("keuzehulp-capacity-{}-hint", l.code()));
        ids.push(format!("keuzehulp-level-of-{}", l.code()));
    }
    ids.extend(
        Budget::ALL
            .iter()
            .map(|v| format!("keuzehulp-budget-{}", v.code())),
    );
    ids.extend(
        Skill::ALL
            .iter()
            .map(|v| format!("keuzehulp-skills-{}", v.code())),
    );
    ids.extend(
        Skill::ALL
            .iter()
            .map(|v| format!("keuzehulp-skill-needed-{}", v.code())),
    );
    ids.extend((0..=6).map(|n| format!("keuzehulp-evidence-name-e{n}")));
    for n in 0..=5 {
        ids.push(format!("keuzehulp-evidence-e{n}"));
        ids.push(format!("keuzehulp-evidence-e{n}-hint"));
    }
    ids.extend(
        Task::ALL
            .iter()
            .map(|v| format!("keuzehulp-task-{}", v.code())),
    );
    ids.extend(
        DataKind::ALL
            .iter()
            .map(|v| format!("keuzehulp-data-{}", v.code())),
    );
    for field in [
        "intervention",
        "change",
        "target_group",
        "level",
        "locus",
        "effects",
        "timing",
        "anyway",
        "contributors",
        "ambition",
        "for_whom",
        "purpose",
        "users",
        "decision",
        "decision_when",
        "money",
        "good_enough",
        "judged_by",
        "capacity",
        "budget",
        "skills",
        "participants",
        "admin_data",
        "sensitive",
        "evidence",
        "existing",
    ] {
        ids.push(format!("keuzehulp-label-{field}"));
    }
    for effect in ["negative", "unintended", "indirect"] {
        ids.push(format!("keuzehulp-effect-{effect}"));
    }
    for row in [
        "tasks",
        "data",
        "causal",
        "effort",
        "participation",
        "skill",
        "steps",
        "loci",
        "purposes",
    ] {
        ids.push(format!("keuzehulp-method-{row}"));
    }
    ids
}

fn composed_toc() -> Vec<String> {
    use domain::toc::quality::Check;
    use domain::toc::{AssumptionKind, Certainty, NodeKind, Sphere, Strength};
    let mut ids: Vec<String> = NodeKind::ALL
        .iter()
        .map(|v| format!("toc-kind-{}", v.code()))
        .collect();
    ids.extend(
        Sphere::ALL
            .iter()
            .map(|v| format!("toc-sphere-{}", v.code())),
    );
    ids.extend(
        AssumptionKind::ALL
            .iter()
            .map(|v| format!("toc-assumption-{}", v.code())),
    );
    ids.extend(
        Certainty::ALL
            .iter()
            .map(|v| format!("toc-certainty-{}", v.code())),
    );
    ids.extend(
        Strength::ALL
            .iter()
            .map(|v| format!("toc-strength-{}", v.code())),
    );
    ids.extend(Check::ALL.iter().map(|v| format!("toc-check-{}", v.code())));
    ids
}

#[test]
fn composed_toc_messages_exist_in_both_languages() {
    let (nl, en) = (keys("nl"), keys("en"));
    let missing: Vec<String> = composed_toc()
        .into_iter()
        .filter(|k| !nl.contains(k) || !en.contains(k))
        .collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

#[test]
fn composed_keuzehulp_messages_exist_in_both_languages() {
    let (nl, en) = (keys("nl"), keys("en"));
    let missing: Vec<String> = composed()
        .into_iter()
        .filter(|k| !nl.contains(k) || !en.contains(k))
        .collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}
