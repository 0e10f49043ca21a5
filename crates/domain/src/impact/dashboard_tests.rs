//! Tests of dashboard figures and the minimum cell size.

use super::*;

fn counts(timepoint: Timepoint, n: i64, sum: f64, reached: i64) -> TimepointCounts {
    TimepointCounts {
        timepoint,
        perspective: Perspective::Single,
        n,
        sum,
        reached,
    }
}

#[test]
fn figures_follow_the_aggregation_rule() {
    let c = [
        counts(Timepoint::Baseline, 10, 20.0, 0),
        counts(Timepoint::End, 10, 35.0, 5),
    ];
    let figure = |rule| -> Vec<Option<f64>> {
        series(&c, rule, true)[0]
            .points
            .iter()
            .map(|p| p.figure)
            .collect()
    };
    assert_eq!(figure(Aggregation::Mean), vec![Some(2.0), Some(3.5)]);
    assert_eq!(figure(Aggregation::Sum), vec![Some(20.0), Some(35.0)]);
    assert_eq!(
        figure(Aggregation::Cumulative),
        vec![Some(20.0), Some(55.0)]
    );
    assert_eq!(figure(Aggregation::Ratio), vec![Some(0.0), Some(50.0)]);
    assert_eq!(
        series(&c, Aggregation::Mean, true)[0].points[1].reached_share,
        Some(50.0)
    );
    assert_eq!(
        series(&c, Aggregation::Mean, false)[0].points[1].reached_share,
        None
    );
}

#[test]
fn a_timepoint_with_fewer_than_five_subjects_shows_nothing() {
    let c = [counts(Timepoint::Baseline, 4, 8.0, 1)];
    let p = &series(&c, Aggregation::Mean, true)[0].points[0];
    assert_eq!((p.n, p.figure, p.reached_share), (None, None, None));
}

#[test]
fn perspectives_stay_apart() {
    let mut worker = counts(Timepoint::End, 6, 24.0, 0);
    worker.perspective = Perspective::Worker;
    let mut client = counts(Timepoint::End, 6, 18.0, 0);
    client.perspective = Perspective::Client;
    let s = series(&[worker, client], Aggregation::Mean, false);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].perspective, "client");
    assert_eq!(s[0].points[0].figure, Some(3.0));
    assert_eq!(s[1].points[0].figure, Some(4.0));
}

#[test]
fn one_hidden_group_hides_the_next_smallest_too() {
    assert_eq!(suppress(&[3, 20, 8]), vec![None, Some(20), None]);
    assert_eq!(suppress(&[3, 2, 8]), vec![None, None, Some(8)]);
    assert_eq!(suppress(&[0, 6, 8]), vec![Some(0), Some(6), Some(8)]);
}

#[test]
fn change_is_read_in_the_indicators_direction() {
    let up = change(Perspective::Single, (6, 10, 30), true);
    assert_eq!(
        (up.worse, up.same, up.better),
        (Some(6), Some(10), Some(30))
    );
    let down = change(Perspective::Single, (6, 10, 30), false);
    assert_eq!((down.worse, down.better), (Some(30), Some(6)));
    let few = change(Perspective::Single, (1, 2, 1), true);
    assert_eq!((few.n, few.worse, few.better), (None, None, None));
    let all_better = change(Perspective::Single, (0, 0, 3), true);
    assert_eq!(
        (all_better.worse, all_better.same),
        (None, None),
        "no zero beside a hidden total"
    );
}

#[test]
fn a_share_that_points_at_a_few_people_is_hidden() {
    // 6 measured, 5 reached: the one who did not would be visible.
    let c = [counts(Timepoint::End, 6, 20.0, 5)];
    let p = &series(&c, Aggregation::Ratio, true)[0].points[0];
    assert_eq!((p.n, p.figure, p.reached_share), (Some(6), None, None));
    let p = &series(&c, Aggregation::Mean, true)[0].points[0];
    assert_eq!((p.figure.is_some(), p.reached_share), (true, None));
}

#[test]
fn breakdown_groups_below_five_are_hidden() {
    let groups = breakdown(&[("18-25".into(), 4, 12.0), ("26-40".into(), 10, 30.0)]);
    assert_eq!(groups[0].mean, None);
    // The only other group would give the hidden one away from the total.
    assert_eq!(groups[1].n, None);
    let groups = breakdown(&[
        ("a".into(), 10, 30.0),
        ("b".into(), 12, 24.0),
        ("c".into(), 2, 4.0),
    ]);
    assert_eq!(groups[1].mean, Some(2.0));
    assert_eq!(groups[0].n, None);
}
