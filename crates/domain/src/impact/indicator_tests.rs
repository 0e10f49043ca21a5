//! Tests of indicator forms and value checks.

use super::*;

fn input() -> IndicatorInput {
    IndicatorInput {
        node: "3".into(),
        code: "woon-1".into(),
        name: "Zelfredzaamheid wonen".into(),
        definition: "Score op het domein wonen".into(),
        kind: "scale".into(),
        min: "1".into(),
        max: "5".into(),
        target: "3,5".into(),
        aggregation: "mean".into(),
        dimensions: "Leeftijd, wijk".into(),
        ..IndicatorInput::default()
    }
}

#[test]
fn a_complete_indicator_is_accepted_with_its_code_upper_case() {
    let spec = input().validate(&[1, 3]).unwrap();
    assert_eq!(spec.code, "WOON-1");
    assert_eq!(spec.target, Some(3.5));
    assert_eq!(spec.dimensions, vec!["leeftijd", "wijk"]);
    assert!(spec.higher_is_better);
}

#[test]
fn every_problem_is_named_by_field() {
    let bad = IndicatorInput {
        node: "9".into(),
        code: "a b".into(),
        min: "5".into(),
        max: "1".into(),
        target: "veel".into(),
        frequency: "100".into(),
        kind: "scale".into(),
        aggregation: "nope".into(),
        ..IndicatorInput::default()
    };
    let e = bad.validate(&[1]).unwrap_err();
    for field in [
        "node",
        "code",
        "name",
        "definition",
        "max",
        "target",
        "frequency",
        "aggregation",
    ] {
        assert!(e.for_field(field).is_some(), "{field}");
    }
}

#[test]
fn a_share_reaching_the_target_needs_a_target() {
    let mut ratio = input();
    ratio.aggregation = "ratio".into();
    ratio.target.clear();
    let e = ratio.validate(&[3]).unwrap_err();
    assert_eq!(
        e.for_field("target").unwrap().key,
        "impact-indicator-ratio-target"
    );
}

#[test]
fn words_are_counted_not_averaged() {
    let mut words = input();
    words.kind = "qualitative".into();
    let e = words.validate(&[3]).unwrap_err();
    assert_eq!(
        e.for_field("aggregation").unwrap().key,
        "impact-indicator-qualitative"
    );
}

#[test]
fn values_are_checked_by_kind() {
    let scale = ValueRule {
        kind: IndicatorKind::Scale,
        min: Some(1.0),
        max: Some(5.0),
    };
    assert_eq!(scale.check("3,5"), Ok(Value::Number(3.5)));
    assert_eq!(scale.check("6"), Err(ValueProblem::OutOfRange));
    assert_eq!(scale.check("veel"), Err(ValueProblem::NotANumber));
    assert_eq!(scale.check(" "), Err(ValueProblem::Missing));
    let count = ValueRule {
        kind: IndicatorKind::Count,
        min: None,
        max: None,
    };
    assert_eq!(count.check("2.5"), Err(ValueProblem::NotACount));
    assert_eq!(count.check("-1"), Err(ValueProblem::NotACount));
    assert_eq!(count.check("1.250,0"), Ok(Value::Number(1250.0)));
    let share = ValueRule {
        kind: IndicatorKind::Percentage,
        min: None,
        max: None,
    };
    assert_eq!(share.check("101"), Err(ValueProblem::OutOfRange));
    let words = ValueRule {
        kind: IndicatorKind::Qualitative,
        min: None,
        max: None,
    };
    assert_eq!(words.check(" beter "), Ok(Value::Answer("beter".into())));
}

#[test]
fn numbers_are_read_as_typed_in_dutch_or_english() {
    assert_eq!(parse_number("1.250,5"), Some(1250.5));
    assert_eq!(parse_number("1,250.5"), Some(1250.5));
    assert_eq!(parse_number("-2"), Some(-2.0));
    assert_eq!(parse_number("inf"), None);
    assert_eq!(parse_number("NaN"), None);
}

#[test]
fn timepoints_and_perspectives_accept_dutch_words() {
    assert_eq!(Timepoint::parse("Nulmeting"), Some(Timepoint::Baseline));
    assert_eq!(Timepoint::parse("follow_up"), Some(Timepoint::FollowUp));
    assert_eq!(Timepoint::parse("later"), None);
    assert_eq!(Perspective::parse("Begeleider"), Some(Perspective::Worker));
    assert_eq!(Perspective::parse(""), Some(Perspective::Single));
}
