//! Answers travel as pairs and are checked step by step; `complete()` serves other tests.

use super::*;

/// A complete set of answers for tests elsewhere.
pub(crate) fn complete() -> Answers {
    let mut pairs = BTreeMap::new();
    for (k, v) in [
        ("intervention", "buurtkamer"),
        ("change", "minder eenzaamheid"),
        ("target_group", "oudere buurtbewoners"),
        ("level", "living"),
        ("locus", "community"),
        ("timing", "both"),
        ("ambition", "plausible"),
        ("purpose", "learning"),
        ("users", "het team"),
        ("good_enough", "de helft voelt zich minder alleen"),
        ("capacity", "medium"),
        ("budget", "none"),
        ("skills", "some"),
        ("participants", "40"),
        ("evidence", "E1"),
    ] {
        pairs.insert(k.to_owned(), v.to_owned());
    }
    Answers::from_pairs(&pairs)
}

#[test]
fn pairs_round_trip() {
    let mut answers = complete();
    answers.negative = true;
    answers.follow_up = "6".into();
    assert_eq!(Answers::from_pairs(&answers.to_pairs()), answers);
    assert!(answers.first_incomplete_step().is_none());
}

#[test]
fn each_step_names_the_missing_and_wrong_fields() {
    type Case = (
        usize,
        &'static [(&'static str, &'static str)],
        &'static [&'static str],
    );
    let cases: [Case; 7] = [
        (
            1,
            &[("intervention", "  ")],
            &["intervention", "change", "target_group", "level", "locus"],
        ),
        (
            2,
            &[("timing", "soon"), ("follow_up", "0")],
            &["timing", "follow_up"],
        ),
        (3, &[], &["ambition"]),
        (
            4,
            &[("purpose", "learning"), ("decision_when", "2027-13")],
            &["users", "decision_when"],
        ),
        (5, &[("judged_by", "x")], &["good_enough"]),
        (
            6,
            &[("capacity", "low"), ("participants", "0")],
            &["budget", "skills", "participants"],
        ),
        (7, &[("evidence", "E6")], &["evidence"]),
    ];
    for (step, given, wrong) in cases {
        let pairs = given
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let errors = Answers::from_pairs(&pairs).check_step(Step(step));
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, wrong, "step {step}");
    }
}

#[test]
fn the_first_incomplete_step_is_found() {
    let mut answers = complete();
    answers.good_enough.clear();
    assert_eq!(answers.first_incomplete_step(), Some(Step(5)));
    assert_eq!(Step::from_number(99), Step(1));
    assert!(is_month("2027-03") && !is_month("2027-3") && !is_month("03-2027"));
}
