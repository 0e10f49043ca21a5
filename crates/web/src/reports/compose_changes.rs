//! The middle of an impact report: what was done and whom it reached (activities and the
//! indicators of outputs), and what changed (the indicators of changes with their charts,
//! tables, targets, breakdowns and comments, and the stories the panel selected with its
//! reasons). Every indicator and story ends with its source.

use super::compose::Composer;
use crate::impact::charts::{Chart, breakdown_charts, change_charts, trend_chart};
use crate::impact::figure;
use app::i18n::Arg;
use app::impact::report_data::ReportIndicator;
use domain::report::Basis;
use domain::report::document::Block;
use domain::toc::NodeKind;

/// Whether an indicator measures what was done (an activity or its output) rather than a
/// change.
fn is_output(c: &Composer, indicator: &ReportIndicator) -> bool {
    c.data
        .theory
        .nodes
        .iter()
        .find(|n| i64::from(n.id) == indicator.figures.node_key)
        .is_some_and(|n| matches!(n.kind, NodeKind::Activity | NodeKind::Output))
}

pub(super) fn reach(c: &mut Composer) -> Vec<Block> {
    let data = c.data;
    let mut out = vec![Block::Paragraph {
        text: match data.reached {
            Some(n) => c.t_with("report-reached", &[("n", Arg::Number(n))]),
            None => c.t("report-reached-few"),
        },
    }];
    let activities: Vec<String> = data
        .theory
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::Activity)
        .map(|n| n.title.clone())
        .collect();
    if !activities.is_empty() {
        out.push(Block::Subheading {
            text: c.t("report-activities"),
        });
        out.push(Block::List { items: activities });
    }
    let outputs: Vec<&ReportIndicator> =
        data.indicators.iter().filter(|i| is_output(c, i)).collect();
    for indicator in outputs {
        out.extend(indicator_blocks(c, indicator));
    }
    out
}

pub(super) fn changes(c: &mut Composer) -> Vec<Block> {
    let data = c.data;
    let mut out = Vec::new();
    let outcomes: Vec<&ReportIndicator> = data
        .indicators
        .iter()
        .filter(|i| !is_output(c, i))
        .collect();
    if outcomes.is_empty() {
        out.push(Block::Note {
            text: c.t("report-gap-indicators"),
        });
    }
    for indicator in outcomes {
        out.extend(indicator_blocks(c, indicator));
    }
    out.push(Block::Subheading {
        text: c.t("report-stories"),
    });
    if data.stories.is_empty() {
        out.push(Block::Note {
            text: c.t("report-gap-stories"),
        });
    }
    for story in &data.stories {
        let removed = c.page.removed_stories.contains(&story.id);
        if removed {
            // Deleted since publishing (perhaps the teller withdrew): no longer shown.
            out.push(Block::Note {
                text: c.t("report-story-removed"),
            });
        } else {
            out.push(Block::Subheading {
                text: story.title.clone(),
            });
            out.push(Block::Paragraph {
                text: story.body.clone(),
            });
            if !story.selection_reason.is_empty() {
                out.push(Block::Paragraph {
                    text: c.t_with(
                        "report-story-reason",
                        &[("reason", Arg::Text(&story.selection_reason))],
                    ),
                });
            }
        }
        let href = if removed {
            String::new()
        } else {
            c.impact_path("/verhalen")
        };
        let title = if removed {
            c.t("report-record-story-removed")
        } else {
            c.t_with("report-record-story", &[("title", Arg::Text(&story.title))])
        };
        let line = c.t_with(
            "report-record-story-line",
            &[
                ("role", Arg::Text(&story.teller_role)),
                ("date", Arg::Text(&story.told_on)),
            ],
        );
        out.push(c.source(
            (format!("bron-verhaal-{}", story.id), Basis::SelfReported),
            (title, vec![line], href),
        ));
    }
    out
}

/// Tables and charts of one indicator with its basis.
fn indicator_blocks(c: &mut Composer, indicator: &ReportIndicator) -> Vec<Block> {
    let d = &indicator.figures;
    let l = c.locale;
    let mut out = vec![Block::Subheading {
        text: format!("{} {}", d.code, d.name),
    }];
    if !indicator.definition.is_empty() {
        out.push(Block::Paragraph {
            text: indicator.definition.clone(),
        });
    }
    if let Some(target) = d.target {
        out.push(Block::Paragraph {
            text: c.t_with(
                "report-target",
                &[("target", Arg::Text(&figure(target, l)))],
            ),
        });
    }
    // Brief: the trend only; in full also the pre–post change, breakdowns and comments.
    let mut charts: Vec<Chart> = Vec::new();
    charts.extend(trend_chart(d, l));
    if !c.brief {
        charts.extend(change_charts(d, l));
        charts.extend(breakdown_charts(d, l));
    }
    if charts.is_empty() {
        out.push(Block::Note {
            text: c.t("report-gap-measurements"),
        });
    }
    for chart in charts {
        out.push(Block::Chart {
            svg: chart.svg,
            alt: c.t_with(
                "report-chart-alt",
                &[("caption", Arg::Text(&chart.table.caption))],
            ),
            caption: chart.table.caption.clone(),
        });
        out.push(Block::Table {
            caption: chart.table.caption,
            header: chart.table.heads,
            rows: chart.table.rows,
        });
    }
    if !indicator.comments.is_empty() && !c.brief {
        out.push(Block::Paragraph {
            text: c.t("report-comments"),
        });
        out.push(Block::List {
            items: indicator
                .comments
                .iter()
                .map(|(_, text)| text.clone())
                .collect(),
        });
    }
    let perspectives: Vec<&str> = d.series.iter().map(|s| s.perspective.as_str()).collect();
    let basis = if !perspectives.is_empty() && perspectives.iter().all(|p| *p == "client") {
        Basis::SelfReported
    } else {
        Basis::Measured
    };
    let n: i64 = d
        .series
        .iter()
        .flat_map(|s| s.points.iter().filter_map(|p| p.n))
        .max()
        .unwrap_or(0);
    let title = format!("{} {}", d.code, d.name);
    let lines = vec![
        c.t_with("report-record-indicator-line", &[("n", Arg::Number(n))]),
        indicator.population.clone(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    let href = c.impact_path(&format!("/indicatoren/{}", d.id));
    out.push(c.source(
        (format!("bron-indicator-{}", d.id), basis),
        (title, lines, href),
    ));
    out
}
