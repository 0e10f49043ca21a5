//! From grouped counts to what a dashboard may show: the figure per timepoint by the
//! indicator's aggregation rule, the pre–post change (worse, same, better), breakdowns, and the
//! minimum cell size: a group of fewer than five subjects is never shown, and when hiding one
//! group would let a reader work it out from the total, the next smallest is hidden too.

use super::indicator::{Aggregation, Perspective, Timepoint};
use serde::{Deserialize, Serialize};

/// Fewest subjects a shown figure may stand for.
pub const MIN_CELL: i64 = 5;

/// Counts of one indicator at one timepoint from one perspective, as the store groups them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimepointCounts {
    /// Timepoint.
    pub timepoint: Timepoint,
    /// Perspective.
    pub perspective: Perspective,
    /// Subjects measured.
    pub n: i64,
    /// Sum of their values.
    pub sum: f64,
    /// How many met the target.
    pub reached: i64,
}

/// One shown point of a trend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Timepoint code.
    pub timepoint: String,
    /// Subjects measured; `None` when fewer than [`MIN_CELL`].
    pub n: Option<i64>,
    /// The figure by the aggregation rule; `None` when hidden.
    pub figure: Option<f64>,
    /// Share that met the target (0–100), when there is a target.
    pub reached_share: Option<f64>,
}

/// A trend from one perspective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// Perspective code.
    pub perspective: String,
    /// One point per timepoint measured, in order.
    pub points: Vec<Point>,
}

/// Whether a cell may be shown.
pub fn shown(n: i64) -> Option<i64> {
    (n >= MIN_CELL).then_some(n)
}

/// Hides every group of 1–4 subjects; when exactly one group is hidden, also the next smallest,
/// so the hidden one cannot be worked out from a total.
pub fn suppress(counts: &[i64]) -> Vec<Option<i64>> {
    let mut out: Vec<Option<i64>> = counts
        .iter()
        .map(|n| if *n > 0 { shown(*n) } else { Some(0) })
        .collect();
    let hidden = out.iter().filter(|c| c.is_none()).count();
    if hidden == 1
        && let Some((i, _)) = out
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.filter(|n| *n > 0).map(|n| (i, n)))
            .min_by_key(|(_, n)| *n)
    {
        out[i] = None;
    }
    out
}

/// The trend of one indicator, one series per perspective, by its aggregation rule.
pub fn series(counts: &[TimepointCounts], rule: Aggregation, has_target: bool) -> Vec<Series> {
    let mut out = Vec::new();
    for perspective in Perspective::ALL {
        let mut running = 0.0;
        let mut points = Vec::new();
        for timepoint in Timepoint::ALL {
            let Some(c) = counts
                .iter()
                .find(|c| c.timepoint == *timepoint && c.perspective == *perspective)
            else {
                continue;
            };
            running += c.sum;
            let n = shown(c.n);
            // A share of people who did (not) reach the target is a cell of its own: hidden
            // when either side stands for one to four people.
            let split = suppress(&[c.reached, c.n - c.reached]);
            let share = n
                .filter(|_| has_target && split.iter().all(Option::is_some))
                .map(|n| 100.0 * c.reached as f64 / n as f64);
            let figure = match rule {
                Aggregation::Sum => n.map(|_| c.sum),
                Aggregation::Mean | Aggregation::Latest => n.map(|n| c.sum / n as f64),
                Aggregation::Cumulative => n.map(|_| running),
                Aggregation::Ratio => share,
            };
            let reached_share = share;
            points.push(Point {
                timepoint: timepoint.code().to_owned(),
                n,
                figure,
                reached_share,
            });
        }
        if !points.is_empty() {
            out.push(Series {
                perspective: perspective.code().to_owned(),
                points,
            });
        }
    }
    out
}

/// Pre–post change of the subjects measured at baseline and at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Perspective code.
    pub perspective: String,
    /// Subjects with both measurements (hidden below [`MIN_CELL`]).
    pub n: Option<i64>,
    /// Worse, the same, better (each hidden when it could point at a few people).
    pub worse: Option<i64>,
    /// The same.
    pub same: Option<i64>,
    /// Better.
    pub better: Option<i64>,
}

/// The change from counts of lower, equal and higher end values.
pub fn change(
    perspective: Perspective,
    (lower, equal, higher): (i64, i64, i64),
    higher_is_better: bool,
) -> Change {
    let (worse, better) = if higher_is_better {
        (lower, higher)
    } else {
        (higher, lower)
    };
    let n = shown(worse + equal + better);
    // With the total hidden, even a zero cell would say something about the few measured.
    let cells = match n {
        Some(_) => suppress(&[worse, equal, better]),
        None => vec![None; 3],
    };
    Change {
        perspective: perspective.code().to_owned(),
        n,
        worse: cells[0],
        same: cells[1],
        better: cells[2],
    }
}

/// One group of a breakdown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The attribute's value (e.g. `18-25`).
    pub label: String,
    /// Subjects (hidden below the minimum).
    pub n: Option<i64>,
    /// Their mean, when shown.
    pub mean: Option<f64>,
}

/// A breakdown of the latest timepoint by one dimension, smallest groups hidden.
pub fn breakdown(groups: &[(String, i64, f64)]) -> Vec<Group> {
    let counts: Vec<i64> = groups.iter().map(|g| g.1).collect();
    suppress(&counts)
        .into_iter()
        .zip(groups)
        .map(|(n, (label, count, sum))| Group {
            label: label.clone(),
            n,
            mean: n.map(|_| sum / *count as f64),
        })
        .collect()
}

#[cfg(test)]
#[path = "dashboard_tests.rs"]
mod tests;
