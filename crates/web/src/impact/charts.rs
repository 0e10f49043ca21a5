//! The dashboard's cards: for one indicator its trend, pre–post change and breakdowns as SVG
//! charts, each with the same numbers as a table, hidden cells written as "fewer than 5".

use super::figure;
use app::i18n::{self, Arg};
use app::impact::dashboard::IndicatorDash;
use domain::Locale;
use domain::impact::chart::{ChartText, Line, bars, trend};
use domain::impact::indicator::Timepoint;

/// A table beside a chart: a caption, column heads and rows of cells.
#[derive(Debug, Clone)]
pub struct Table {
    /// Caption.
    pub caption: String,
    /// Column heads.
    pub heads: Vec<String>,
    /// Rows.
    pub rows: Vec<Vec<String>>,
}

/// A chart with its table.
#[derive(Debug, Clone)]
pub struct Chart {
    /// The SVG.
    pub svg: String,
    /// The same numbers.
    pub table: Table,
}

fn t(locale: Locale, key: &str) -> String {
    i18n::text(locale, key)
}

fn perspective_name(locale: Locale, code: &str) -> String {
    let code = if code.is_empty() { "single" } else { code };
    t(locale, &format!("impact-perspective-{code}"))
}

fn count(n: Option<i64>, locale: Locale) -> String {
    n.map_or_else(|| t(locale, "impact-hidden"), |n| n.to_string())
}

/// The trend chart of an indicator (none when nothing was measured).
pub fn trend_chart(d: &IndicatorDash, locale: Locale) -> Option<Chart> {
    let timepoints: Vec<&Timepoint> = Timepoint::ALL
        .iter()
        .filter(|tp| {
            d.series
                .iter()
                .any(|s| s.points.iter().any(|p| p.timepoint == tp.code()))
        })
        .collect();
    if timepoints.is_empty() {
        return None;
    }
    let labels: Vec<String> = timepoints
        .iter()
        .map(|tp| t(locale, &format!("impact-timepoint-{}", tp.code())))
        .collect();
    let point = |s: &domain::impact::dashboard::Series, tp: &Timepoint| {
        s.points.iter().find(|p| p.timepoint == tp.code()).cloned()
    };
    let lines: Vec<Line> = d
        .series
        .iter()
        .map(|s| Line {
            name: perspective_name(locale, &s.perspective),
            values: timepoints
                .iter()
                .map(|tp| point(s, tp).and_then(|p| p.figure))
                .collect(),
        })
        .collect();
    let text = ChartText {
        id: format!("trend-{}", d.id),
        title: i18n::text_with(
            locale,
            "impact-chart-trend",
            &[("name", Arg::Text(&d.name))],
        ),
        description: t(
            locale,
            &format!("impact-aggregation-{}-explained", d.aggregation),
        ),
    };
    let svg = trend(&text, &labels, &lines, d.target);
    let mut heads = vec![t(locale, "impact-col-timepoint")];
    for s in &d.series {
        let who = perspective_name(locale, &s.perspective);
        heads.push(format!("{who}: {}", t(locale, "impact-col-n")));
        heads.push(format!("{who}: {}", t(locale, "impact-col-figure")));
        if d.target.is_some() {
            heads.push(format!("{who}: {}", t(locale, "impact-col-reached")));
        }
    }
    let rows = timepoints
        .iter()
        .zip(&labels)
        .map(|(tp, label)| {
            let mut row = vec![label.clone()];
            for s in &d.series {
                let p = point(s, tp);
                row.push(count(p.as_ref().and_then(|p| p.n), locale));
                row.push(
                    p.as_ref()
                        .and_then(|p| p.figure)
                        .map_or_else(|| "–".to_owned(), |f| figure(f, locale)),
                );
                if d.target.is_some() {
                    row.push(
                        p.as_ref()
                            .and_then(|p| p.reached_share)
                            .map_or_else(|| "–".to_owned(), |f| format!("{}%", figure(f, locale))),
                    );
                }
            }
            row
        })
        .collect();
    Some(Chart {
        svg,
        table: Table {
            caption: text.title,
            heads,
            rows,
        },
    })
}

/// The pre–post change charts of an indicator, one per perspective.
pub fn change_charts(d: &IndicatorDash, locale: Locale) -> Vec<Chart> {
    d.changes
        .iter()
        .map(|c| {
            let who = perspective_name(locale, &c.perspective);
            let title = i18n::text_with(
                locale,
                "impact-chart-change",
                &[("name", Arg::Text(&d.name)), ("who", Arg::Text(&who))],
            );
            let cells = [
                (t(locale, "impact-change-worse"), c.worse),
                (t(locale, "impact-change-same"), c.same),
                (t(locale, "impact-change-better"), c.better),
            ];
            let text = ChartText {
                id: format!("change-{}-{}", d.id, c.perspective),
                title: title.clone(),
                description: t(locale, "impact-chart-change-explained"),
            };
            let svg = bars(
                &text,
                &cells
                    .iter()
                    .map(|(l, n)| (l.clone(), n.map(|n| n as f64)))
                    .collect::<Vec<_>>(),
                &t(locale, "impact-hidden"),
            );
            let mut rows: Vec<Vec<String>> = cells
                .iter()
                .map(|(l, n)| vec![l.clone(), count(*n, locale)])
                .collect();
            rows.push(vec![t(locale, "impact-change-total"), count(c.n, locale)]);
            Chart {
                svg,
                table: Table {
                    caption: title,
                    heads: vec![t(locale, "impact-col-change"), t(locale, "impact-col-n")],
                    rows,
                },
            }
        })
        .collect()
}

/// The breakdown charts of an indicator, one per dimension.
pub fn breakdown_charts(d: &IndicatorDash, locale: Locale) -> Vec<Chart> {
    d.breakdowns
        .iter()
        .filter(|(_, groups)| !groups.is_empty())
        .enumerate()
        .map(|(i, (dimension, groups))| {
            let (timepoint, perspective) = &d.breakdown_at;
            let moment = format!(
                "{}, {}",
                t(locale, &format!("impact-timepoint-{timepoint}")),
                perspective_name(locale, perspective)
            );
            let title = i18n::text_with(
                locale,
                "impact-chart-breakdown",
                &[
                    ("name", Arg::Text(&d.name)),
                    ("dimension", Arg::Text(dimension)),
                    ("moment", Arg::Text(&moment)),
                ],
            );
            let text = ChartText {
                id: format!("breakdown-{}-{i}", d.id),
                title: title.clone(),
                description: t(locale, "impact-chart-breakdown-explained"),
            };
            let svg = bars(
                &text,
                &groups
                    .iter()
                    .map(|g| (g.label.clone(), g.mean))
                    .collect::<Vec<_>>(),
                &t(locale, "impact-hidden"),
            );
            let rows = groups
                .iter()
                .map(|g| {
                    vec![
                        g.label.clone(),
                        count(g.n, locale),
                        g.mean.map_or_else(|| "–".to_owned(), |m| figure(m, locale)),
                    ]
                })
                .collect();
            Chart {
                svg,
                table: Table {
                    caption: title,
                    heads: vec![
                        dimension.clone(),
                        t(locale, "impact-col-n"),
                        t(locale, "impact-col-mean"),
                    ],
                    rows,
                },
            }
        })
        .collect()
}
