//! What the scoring page shows: the parts to score (items with their criteria or anchors, or
//! GAS goals with their five levels) and the results so far (every scoring per part, the
//! client–worker difference per timepoint, and for a web instrument its chart).

use super::charts::{Chart, Table};
use super::{figure, perspective_name};
use crate::context::Ctx;
use app::impact::instruments::{GoalRow, InstrumentView, ScoreRow};
use domain::impact::chart::{ChartText, Line};
use domain::impact::instrument::InstrumentKind;
use std::collections::HashMap;

/// An item or goal to score: its id, label and the (level, text) choices.
pub struct Part {
    /// Item or goal id.
    pub id: i64,
    /// Its label.
    pub label: String,
    /// (level, text) choices.
    pub choices: Vec<(String, String)>,
}

/// The parts to score with their choices: items with their criteria or anchors, or goals with
/// the five GAS levels (the expected outcome at 0).
pub fn parts(ctx: &Ctx, instrument: &InstrumentView, goals: &[GoalRow]) -> Vec<Part> {
    let spec = &instrument.spec;
    if spec.kind == InstrumentKind::Gas {
        return goals
            .iter()
            .map(|g| Part {
                id: g.id,
                label: g.goal.clone(),
                choices: (-2..=2)
                    .map(|l: i64| {
                        let name = ctx.t(&format!("impact-gas-level-{}", l + 2));
                        let text = if l == 0 {
                            format!("{l}: {name} ({})", g.expected)
                        } else {
                            format!("{l:+}: {name}")
                        };
                        (l.to_string(), text)
                    })
                    .collect(),
            })
            .collect();
    }
    instrument
        .items
        .iter()
        .map(|item| {
            let criteria: Vec<&str> = item.criteria.lines().collect();
            Part {
                id: item.id,
                label: item.label.clone(),
                choices: (spec.level_min..=spec.level_max)
                    .enumerate()
                    .map(|(k, l)| {
                        let words = criteria
                            .get(k)
                            .copied()
                            .or_else(|| spec.anchors.get(k).map(String::as_str))
                            .unwrap_or_default();
                        let text = if words.is_empty() {
                            l.to_string()
                        } else {
                            format!("{l}: {words}")
                        };
                        (l.to_string(), text)
                    })
                    .collect(),
            }
        })
        .collect()
}

/// One scoring: its measurement's moment and total, and the score per part.
struct Scored<'a> {
    timepoint: &'a str,
    date: &'a str,
    perspective: &'a str,
    total: Option<f64>,
    by_part: HashMap<i64, f64>,
}

fn scorings(scores: &[ScoreRow]) -> Vec<Scored<'_>> {
    let mut out: Vec<(i64, Scored<'_>)> = Vec::new();
    for s in scores {
        let part = s.item_id.or(s.goal_id).unwrap_or_default();
        match out.iter_mut().find(|(m, _)| *m == s.measurement_id) {
            Some((_, scored)) => {
                scored.by_part.insert(part, s.score);
            }
            None => out.push((
                s.measurement_id,
                Scored {
                    timepoint: &s.timepoint,
                    date: &s.measured_on,
                    perspective: &s.perspective,
                    total: s.total,
                    by_part: HashMap::from([(part, s.score)]),
                },
            )),
        }
    }
    out.into_iter().map(|(_, s)| s).collect()
}

/// The history table, the client–worker differences per timepoint and, for a web, the chart
/// of the latest timepoint.
pub fn results(
    ctx: &Ctx,
    instrument: &InstrumentView,
    parts: &[Part],
    scores: &[ScoreRow],
) -> (Option<Table>, Vec<Table>, Option<Chart>) {
    let done = scorings(scores);
    if done.is_empty() {
        return (None, Vec::new(), None);
    }
    let n = |v: f64| figure(v, ctx.locale);
    let moment = |s: &Scored<'_>| {
        format!(
            "{} {} · {}",
            ctx.t_code("impact-timepoint", s.timepoint, ""),
            s.date,
            perspective_name(ctx, s.perspective)
        )
    };
    let mut heads = vec![ctx.t("impact-label-item")];
    heads.extend(done.iter().map(moment));
    let mut rows: Vec<Vec<String>> = parts
        .iter()
        .map(|p| {
            let mut row = vec![p.label.clone()];
            row.extend(
                done.iter()
                    .map(|s| s.by_part.get(&p.id).map(|v| n(*v)).unwrap_or_default()),
            );
            row
        })
        .collect();
    let mut total = vec![ctx.t("impact-instrument-total")];
    total.extend(done.iter().map(|s| s.total.map(n).unwrap_or_default()));
    rows.push(total);
    let history = Table {
        caption: ctx.t("impact-instrument-history"),
        heads,
        rows,
    };
    let mut differences = Vec::new();
    let mut web = None;
    for s in done.iter().filter(|s| s.perspective == "client") {
        let Some(w) = done
            .iter()
            .find(|w| w.perspective == "worker" && w.timepoint == s.timepoint)
        else {
            continue;
        };
        let when = ctx.t_code("impact-timepoint", s.timepoint, "");
        let rows = parts
            .iter()
            .filter_map(|p| {
                let (c, v) = (s.by_part.get(&p.id)?, w.by_part.get(&p.id)?);
                Some(vec![p.label.clone(), n(*c), n(*v), n(c - v)])
            })
            .collect();
        differences.push(Table {
            caption: ctx.t_text("impact-instrument-difference", "timepoint", &when),
            heads: [
                "impact-label-item",
                "impact-perspective-client",
                "impact-perspective-worker",
                "impact-instrument-gap",
            ]
            .map(|k| ctx.t(k))
            .to_vec(),
            rows,
        });
    }
    if instrument.spec.kind == InstrumentKind::Web && parts.len() >= 3 {
        let last = done.last().map(|s| s.timepoint).unwrap_or_default();
        let latest: Vec<&Scored<'_>> = done.iter().filter(|s| s.timepoint == last).collect();
        let when = ctx.t_code("impact-timepoint", last, "");
        let lines: Vec<Line> = latest
            .iter()
            .map(|s| Line {
                name: perspective_name(ctx, s.perspective),
                values: parts
                    .iter()
                    .map(|p| s.by_part.get(&p.id).copied())
                    .collect(),
            })
            .collect();
        let text = ChartText {
            id: "web".into(),
            title: ctx.t_text("impact-instrument-web", "timepoint", &when),
            description: ctx.t("impact-instrument-web-desc"),
        };
        let axes: Vec<String> = parts.iter().map(|p| p.label.clone()).collect();
        let mut heads = vec![ctx.t("impact-label-item")];
        heads.extend(lines.iter().map(|l| l.name.clone()));
        let rows = parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let mut row = vec![p.label.clone()];
                row.extend(lines.iter().map(|l| l.values[i].map(n).unwrap_or_default()));
                row
            })
            .collect();
        web = Some(Chart {
            svg: domain::impact::radar::radar(&text, &axes, &lines, (0.0, 10.0)),
            table: Table {
                caption: text.title.clone(),
                heads,
                rows,
            },
        });
    }
    (Some(history), differences, web)
}
