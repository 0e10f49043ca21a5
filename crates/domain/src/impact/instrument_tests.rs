//! Tests of instrument forms, items and scoring.

use super::*;

fn input(kind: &str, min: &str, max: &str) -> InstrumentInput {
    InstrumentInput {
        kind: kind.into(),
        level_min: min.into(),
        level_max: max.into(),
        scoring: "mean".into(),
        anchors: String::new(),
        instructions: String::new(),
    }
}

fn key(e: &FieldErrors, field: &str) -> Option<&'static str> {
    e.for_field(field).map(|f| f.key)
}

#[test]
fn a_likert_scale_names_every_level() {
    let mut likert = input("likert", "1", "5");
    let e = likert.validate((Some(1.0), Some(5.0))).unwrap_err();
    assert_eq!(key(&e, "anchors"), Some("impact-instrument-anchors"));
    likert.anchors = "Helemaal oneens\nOneens\nNeutraal\n\nEens\nHelemaal eens".into();
    let spec = likert.validate((Some(1.0), Some(5.0))).unwrap();
    assert_eq!(spec.anchors.len(), 5);
    assert_eq!(spec.levels(), 5);
}

#[test]
fn levels_must_be_whole_ordered_and_fit_the_indicator() {
    let e = input("matrix", "één", "5")
        .validate((None, None))
        .unwrap_err();
    assert_eq!(key(&e, "level_min"), Some("impact-instrument-level"));
    let e = input("matrix", "5", "1")
        .validate((None, None))
        .unwrap_err();
    assert_eq!(key(&e, "level_max"), Some("impact-instrument-levels"));
    let e = input("matrix", "1", "20")
        .validate((None, None))
        .unwrap_err();
    assert_eq!(key(&e, "level_max"), Some("impact-instrument-levels"));
    // A mean of 1–5 does not fit an indicator scored 1–4; a sum may (it is checked when scored).
    let e = input("matrix", "1", "5")
        .validate((Some(1.0), Some(4.0)))
        .unwrap_err();
    assert_eq!(key(&e, "level_max"), Some("impact-instrument-range"));
    let mut sum = input("matrix", "1", "5");
    sum.scoring = "sum".into();
    assert!(sum.validate((Some(1.0), Some(4.0))).is_ok());
}

#[test]
fn gas_and_web_have_fixed_levels() {
    let gas = input("gas", "", "")
        .validate((Some(0.0), Some(100.0)))
        .unwrap();
    assert_eq!((gas.level_min, gas.level_max), (-2, 2));
    let web = input("web", "3", "4")
        .validate((Some(0.0), Some(10.0)))
        .unwrap();
    assert_eq!((web.level_min, web.level_max), (0, 10));
    assert_eq!(
        key(
            &input("", "1", "5").validate((None, None)).unwrap_err(),
            "kind"
        ),
        Some("impact-error-choose")
    );
}

#[test]
fn matrix_items_need_a_criterion_per_level() {
    let spec = input("matrix", "1", "3").validate((None, None)).unwrap();
    let e = spec.item("Financiën", "Schulden\nStabiel", 0).unwrap_err();
    assert_eq!(key(&e, "criteria"), Some("impact-instrument-criteria"));
    assert_eq!(e.for_field("criteria").and_then(|f| f.limit), Some(3));
    let (label, criteria) = spec
        .item("Financiën", "Groeiende schulden\nStabiel\nZelfredzaam", 0)
        .unwrap();
    assert_eq!(label, "Financiën");
    assert_eq!(criteria.len(), 3);
    let e = spec.item("Nog een", "a\nb\nc", MAX_ITEMS).unwrap_err();
    assert_eq!(key(&e, "label"), Some("impact-instrument-too-many"));
    // A Likert statement needs no criteria; GAS has goals, not items.
    let likert = InstrumentInput {
        anchors: "a\nb\nc".into(),
        ..input("likert", "1", "3")
    }
    .validate((None, None))
    .unwrap();
    assert!(likert.item("Ik kan mijn rekeningen betalen", "", 0).is_ok());
    let gas = input("gas", "", "").validate((None, None)).unwrap();
    assert_eq!(
        key(&gas.item("x", "", 0).unwrap_err(), "label"),
        Some("impact-instrument-gas-items")
    );
}

#[test]
fn scorings_become_one_value() {
    let mut spec = input("matrix", "1", "5").validate((None, None)).unwrap();
    assert_eq!(spec.level("4"), Some(4.0));
    assert_eq!(spec.level("6"), None);
    assert_eq!(spec.level("drie"), None);
    let scores = [(1.0, 2.0), (1.0, 3.0), (1.0, 3.0)];
    assert_eq!(spec.total(&scores), Some(2.67));
    spec.scoring = Scoring::Sum;
    assert_eq!(spec.total(&scores), Some(8.0));
    assert_eq!(spec.total(&[]), None);
    let gas = input("gas", "", "").validate((None, None)).unwrap();
    assert_eq!(gas.level("-2"), Some(-2.0));
    // Three equal goals one level better than expected: the textbook 63.7.
    assert_eq!(gas.total(&[(1.0, 1.0), (1.0, 1.0), (1.0, 1.0)]), Some(63.7));
}

#[test]
fn goals_have_words_a_weight_and_an_expected_outcome() {
    let ok = GoalInput {
        goal: "Zelf de post openen".into(),
        weight: String::new(),
        expected: "Opent de post wekelijks met hulp".into(),
    };
    assert_eq!(ok.validate(0).unwrap().1, 1.0);
    let bad = GoalInput {
        goal: String::new(),
        weight: "0".into(),
        expected: String::new(),
    };
    let e = bad.validate(8).unwrap_err();
    assert_eq!(key(&e, "goal"), Some("error-required"));
    assert_eq!(key(&e, "weight"), Some("impact-instrument-weight"));
    assert_eq!(key(&e, "expected"), Some("error-required"));
}
