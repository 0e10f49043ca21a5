//! The later sections of a report: contribution (the theory's links with their evidence and
//! assumptions, and the outcome descriptions), value (the SROI result with its sensitivity),
//! what was learned, and methods and limitations.

use super::compose::Composer;
use crate::impact::figure;
use crate::impact::values::{money, percent, ratio};
use app::i18n::Arg;
use app::impact::values::{ESTIMATES, computed, valued};
use domain::impact::value::BreakEven;
use domain::report::Basis;
use domain::report::document::Block;

pub(super) fn contribution(c: &mut Composer) -> Vec<Block> {
    let data = c.data;
    let title_of = |key: u32| {
        data.theory
            .nodes
            .iter()
            .find(|n| n.id == key)
            .map(|n| n.title.clone())
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    let argued: Vec<_> = data
        .theory
        .links
        .iter()
        .filter(|l| !l.rationale.is_empty() || !l.evidence.is_empty() || !l.assumptions.is_empty())
        .collect();
    // Brief: the alternatives and outcomes only, not every argued link.
    let argued = if c.brief { Vec::new() } else { argued };
    for link in &argued {
        out.push(Block::Subheading {
            text: format!("{} → {}", title_of(link.from), title_of(link.to)),
        });
        if !link.rationale.is_empty() {
            out.push(Block::Paragraph {
                text: link.rationale.clone(),
            });
        }
        if !link.evidence.is_empty() {
            out.push(Block::Paragraph {
                text: c.t("report-evidence"),
            });
            out.push(Block::List {
                items: link
                    .evidence
                    .iter()
                    .map(|e| {
                        let strength = c.t(&format!("toc-strength-{}", e.strength.code()));
                        format!("{} ({strength})", e.source)
                    })
                    .collect(),
            });
        }
        if !link.assumptions.is_empty() {
            out.push(Block::Paragraph {
                text: c.t("report-assumptions"),
            });
            out.push(Block::List {
                items: link
                    .assumptions
                    .iter()
                    .map(|a| {
                        let certainty = c.t(&format!("toc-certainty-{}", a.certainty.code()));
                        format!("{} ({certainty})", a.text)
                    })
                    .collect(),
            });
        }
        let path = format!("/veranderingstheorie/{}", data.theory_id);
        let title = c.t_with(
            "report-record-theory",
            &[("title", Arg::Text(&data.theory.title))],
        );
        out.push(c.source(
            (
                format!("bron-theorie-{}", data.theory_id),
                Basis::Documented,
            ),
            (title, vec![c.t("report-record-theory-line")], path),
        ));
    }
    let alternatives: Vec<String> = data
        .effects
        .iter()
        .filter(|e| !e.anyway.is_empty() || !e.others.is_empty())
        .map(|e| {
            [e.description.as_str(), e.anyway.as_str(), e.others.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" — ")
        })
        .collect();
    if !alternatives.is_empty() {
        out.push(Block::Subheading {
            text: c.t("report-alternatives"),
        });
        out.push(Block::List {
            items: alternatives,
        });
    }
    if !data.outcomes.is_empty() {
        let rows = data
            .outcomes
            .iter()
            .map(|o| {
                vec![
                    o.social_actor.clone(),
                    o.change.clone(),
                    o.significance.clone(),
                    o.contribution.clone(),
                    o.substantiation.clone(),
                ]
            })
            .collect();
        out.push(Block::Table {
            caption: c.t("report-outcomes-caption"),
            header: vec![
                c.t("impact-label-social-actor"),
                c.t("impact-label-change"),
                c.t("impact-label-significance"),
                c.t("impact-label-contribution"),
                c.t("impact-label-substantiation"),
            ],
            rows,
        });
        let href = format!("{}/effecten", app::impact::impact_path(data.theory_id));
        let title = c.t("report-record-outcomes");
        let line = c.t_with(
            "report-record-outcomes-line",
            &[("n", Arg::Number(data.outcomes.len() as i64))],
        );
        out.push(c.source(
            ("bron-uitkomsten".to_owned(), Basis::SelfReported),
            (title, vec![line], href),
        ));
    }
    if out.is_empty() {
        out.push(Block::Note {
            text: c.t("report-gap-contribution"),
        });
    }
    out
}

pub(super) fn value(c: &mut Composer) -> Vec<Block> {
    let Some(input) = &c.data.value else {
        return vec![Block::Note {
            text: c.t("report-gap-value"),
        }];
    };
    let l = c.locale;
    let view = computed(Some(input.settings.clone()), input.outcomes.clone());
    let mut out = vec![Block::Note {
        text: c.t("impact-value-warning"),
    }];
    if let Some(result) = &view.result {
        out.push(Block::Table {
            caption: c.t("impact-value-result"),
            header: vec![c.t("report-figure-head"), c.t("report-value-head")],
            rows: vec![
                vec![
                    c.t("impact-label-investment"),
                    money(input.settings.investment, l),
                ],
                vec![c.t("impact-value-present"), money(result.present_value, l)],
                vec![c.t("impact-value-net"), money(result.net_present_value, l)],
                vec![c.t("impact-value-ratio"), ratio(result.ratio, l)],
            ],
        });
    }
    let rows = input
        .outcomes
        .iter()
        .map(|o| {
            vec![
                o.name.clone(),
                figure(o.quantity, l),
                format!("{} ({})", money(o.proxy, l), o.proxy_source),
                percent(o.deadweight, l),
                percent(o.attribution, l),
                percent(o.drop_off, l),
                o.duration.to_string(),
                o.basis.clone(),
            ]
        })
        .collect();
    out.push(Block::Table {
        caption: c.t("impact-value-outcomes"),
        header: vec![
            c.t("impact-value-outcome"),
            c.t("impact-value-estimate-quantity"),
            c.t("impact-value-estimate-proxy"),
            c.t("impact-value-estimate-deadweight"),
            c.t("impact-value-estimate-attribution"),
            c.t("impact-value-estimate-drop-off"),
            c.t("impact-label-duration"),
            c.t("impact-label-value-basis"),
        ],
        rows,
    });
    let sensitivity = input
        .outcomes
        .iter()
        .zip(&view.sensitivity)
        .map(|(o, row)| {
            let mut cells = vec![o.name.clone()];
            for (e, b) in ESTIMATES.iter().zip(row) {
                let show = |x: f64| match e {
                    domain::impact::value::Estimate::Proxy => money(x, l),
                    domain::impact::value::Estimate::Quantity => figure(x, l),
                    _ => percent(x, l),
                };
                let now = show(valued(o).estimate(*e));
                cells.push(match b {
                    BreakEven::At(x) => format!("{now} → {}", show(*x)),
                    BreakEven::OutOfRange => {
                        format!("{now} → {}", c.t("impact-value-no-break-even"))
                    }
                });
            }
            cells
        })
        .collect();
    let mut header = vec![c.t("impact-value-outcome")];
    header.extend(ESTIMATES.iter().map(|e| {
        c.t(&format!(
            "impact-value-estimate-{}",
            crate::impact::values::estimate_code(*e)
        ))
    }));
    out.push(Block::Table {
        caption: c.t("impact-value-sensitivity-caption"),
        header,
        rows: sensitivity,
    });
    let href = format!("{}/waarde", app::impact::impact_path(c.data.theory_id));
    let title = c.t("report-record-value");
    let line = c.t("report-record-value-line");
    out.push(c.source(
        ("bron-waarde".to_owned(), Basis::Borrowed),
        (title, vec![line], href),
    ));
    out
}

pub(super) fn learning(c: &Composer, no_own_text: bool) -> Vec<Block> {
    if no_own_text {
        vec![Block::Note {
            text: c.t("report-gap-learning"),
        }]
    } else {
        Vec::new()
    }
}

pub(super) fn methods(c: &Composer) -> Vec<Block> {
    let data = c.data;
    let mut items = vec![
        c.t_with(
            "report-method-period",
            &[
                ("from", Arg::Text(&data.period.0)),
                ("to", Arg::Text(&data.period.1)),
            ],
        ),
        c.t("report-method-consent"),
        c.t("report-method-cells"),
        c.t("report-method-effects"),
    ];
    if let Some(plan) = &data.plan
        && let Ok(catalogue) = app::keuzehulp::catalogue()
    {
        let names: Vec<String> = catalogue
            .methods
            .iter()
            .filter(|m| plan.methods.contains(&m.id))
            .map(|m| app::keuzehulp::export::method_words(m, c.locale).name)
            .collect();
        if !names.is_empty() {
            items.push(c.t_with(
                "report-method-methods",
                &[("methods", Arg::Text(&names.join(", ")))],
            ));
        }
    }
    items.push(c.t("report-method-bases"));
    vec![Block::List { items }]
}
