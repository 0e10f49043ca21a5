//! An atelier report as a document: its stage and how it moved, meetings and who came by
//! background, what the meetings yielded, knowledge products and their reuse, giving and taking
//! in aggregate, what was learned and how it was counted. Counts under the minimum cell size
//! read "fewer than 5"; every claim ends with its source.

use super::evidence::{Evidence, Heading, assemble, sections_of};
use app::i18n::{self, Arg};
use app::reports::ReportPage;
use app::reports::atelier_data::AtelierReportData;
use domain::Locale;
use domain::events::local_time::LocalTime;
use domain::report::document::{Block, Document};
use domain::report::{Basis, Section};

struct AtelierComposer<'a> {
    data: &'a AtelierReportData,
    locale: Locale,
    evidence: Evidence,
}

impl AtelierComposer<'_> {
    fn t(&self, key: &str) -> String {
        i18n::text(self.locale, key)
    }

    fn t_with(&self, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
        i18n::text_with(self.locale, key, args)
    }

    fn count(&self, n: Option<i64>) -> String {
        n.map_or_else(|| self.t("impact-hidden"), |n| n.to_string())
    }

    /// A source line and its record (once) in the evidence list.
    fn source(
        &mut self,
        anchor: &str,
        basis: Basis,
        (title, line, href): (String, String, String),
    ) -> Block {
        self.evidence
            .source((anchor.to_owned(), basis), (title, vec![line], href))
    }

    /// A table of (background, count) with a caption.
    fn by_background(&self, caption: &str, rows: &[(String, Option<i64>)]) -> Block {
        Block::Table {
            caption: caption.to_owned(),
            header: vec![
                self.t("report-background-head"),
                self.t("report-count-head"),
            ],
            rows: rows
                .iter()
                .map(|(b, n)| vec![self.t(&format!("background-{b}")), self.count(*n)])
                .collect(),
        }
    }

    fn atelier_source(&mut self) -> Block {
        let title = self.t_with(
            "report-record-atelier",
            &[("name", Arg::Text(&self.data.name))],
        );
        let line = self.t("report-record-atelier-line");
        let href = format!("/ateliers/{}", self.data.atelier_id);
        self.source(
            &format!("bron-atelier-{}", self.data.atelier_id),
            Basis::Documented,
            (title, line, href),
        )
    }
}

fn date(at: i64) -> String {
    LocalTime::of(at).date_value()
}

/// The document of an atelier report.
pub(super) fn document(
    page: &ReportPage,
    data: &AtelierReportData,
    locale: Locale,
    base: &str,
) -> Document {
    let mut c = AtelierComposer {
        data,
        locale,
        evidence: Evidence::new(locale),
    };
    let sections = sections_of(page, locale, |layout| match layout.section {
        Section::Stage => stage(&mut c),
        Section::Meetings => meetings(&mut c),
        Section::Outcomes => outcomes(&mut c),
        Section::Products => products(&mut c),
        Section::Reciprocity => reciprocity(&mut c),
        Section::Learning if layout.text.is_empty() => vec![Block::Note {
            text: c.t("report-gap-learning"),
        }],
        Section::Methods => vec![Block::List {
            items: vec![
                c.t_with(
                    "report-method-period-atelier",
                    &[
                        ("from", Arg::Text(&data.period.0)),
                        ("to", Arg::Text(&data.period.1)),
                    ],
                ),
                c.t("report-method-atelier-counts"),
                c.t("report-method-cells"),
                c.t("report-method-reciprocity"),
            ],
        }],
        _ => Vec::new(),
    });
    let heading = Heading {
        team: &data.name,
        period: &data.period,
        composed_at: data.composed_at,
    };
    assemble(page, (locale, base), (sections, c.evidence), heading)
}

fn stage(c: &mut AtelierComposer) -> Vec<Block> {
    let data = c.data;
    let name = c.t(&format!("stage-{}", data.stage));
    let mut out = vec![Block::Paragraph {
        text: c.t_with("report-stage-now", &[("stage", Arg::Text(&name))]),
    }];
    if !data.question.is_empty() {
        out.push(Block::Paragraph {
            text: c.t_with(
                "report-atelier-question",
                &[("question", Arg::Text(&data.question))],
            ),
        });
    }
    if data.stage_changes.is_empty() {
        out.push(Block::Note {
            text: c.t("report-gap-stage"),
        });
    } else {
        out.push(Block::List {
            items: data
                .stage_changes
                .iter()
                .map(|(stage, reason, at)| {
                    let name = c.t(&format!("stage-{stage}"));
                    if reason.is_empty() {
                        format!("{}: {name}", date(*at))
                    } else {
                        format!("{}: {name} — {reason}", date(*at))
                    }
                })
                .collect(),
        });
    }
    out.push(c.atelier_source());
    out
}

fn meetings(c: &mut AtelierComposer) -> Vec<Block> {
    let data = c.data;
    if data.meetings.is_empty() {
        return vec![Block::Note {
            text: c.t("report-gap-meetings"),
        }];
    }
    let rows = data
        .meetings
        .iter()
        .map(|m| {
            let came = if m.checked_in > 0 {
                m.checked_in
            } else {
                m.going
            };
            vec![
                date(m.starts_at),
                m.title.clone(),
                c.t(&format!("event-kind-{}", m.kind)),
                c.count(domain::impact::dashboard::shown(came)),
            ]
        })
        .collect();
    let mut out = vec![Block::Table {
        caption: c.t("report-meetings-caption"),
        header: vec![
            c.t("report-date-head"),
            c.t("report-meeting-head"),
            c.t("report-kind-head"),
            c.t("report-came-head"),
        ],
        rows,
    }];
    out.push(c.by_background(&c.t("report-attendance-caption"), &data.attendance));
    out.push(c.by_background(&c.t("report-members-caption"), &data.members));
    let title = c.t("report-record-meetings");
    let line = c.t_with(
        "report-record-meetings-line",
        &[("n", Arg::Number(data.meetings.len() as i64))],
    );
    out.push(c.source(
        "bron-bijeenkomsten",
        Basis::Measured,
        (title, line, "/agenda".to_owned()),
    ));
    out
}

fn outcomes(c: &mut AtelierComposer) -> Vec<Block> {
    let data = c.data;
    let reported: Vec<_> = data
        .meetings
        .iter()
        .filter(|m| !m.insights.is_empty() || !m.decisions.is_empty() || !m.actions.is_empty())
        .collect();
    if reported.is_empty() {
        return vec![Block::Note {
            text: c.t("report-gap-outcomes"),
        }];
    }
    let mut out = Vec::new();
    for m in reported {
        out.push(Block::Subheading {
            text: format!("{} ({})", m.title, date(m.starts_at)),
        });
        for (key, text) in [
            ("report-insights", &m.insights),
            ("report-decisions", &m.decisions),
            ("report-actions", &m.actions),
        ] {
            if !text.is_empty() {
                out.push(Block::Paragraph {
                    text: format!("{} {text}", c.t(key)),
                });
            }
        }
        let title = c.t_with("report-record-meeting", &[("title", Arg::Text(&m.title))]);
        let line = c.t("report-record-meeting-line");
        out.push(c.source(
            &format!("bron-bijeenkomst-{}", m.id),
            Basis::SelfReported,
            (title, line, format!("/agenda/{}", m.id)),
        ));
    }
    out
}

fn products(c: &mut AtelierComposer) -> Vec<Block> {
    let data = c.data;
    if data.products.is_empty() {
        return vec![Block::Note {
            text: c.t("report-gap-products"),
        }];
    }
    let rows = data
        .products
        .iter()
        .map(|p| {
            vec![
                p.title.clone(),
                c.t(&format!("knowledge-kind-{}", p.kind)),
                date(p.published_at),
                p.collections.to_string(),
            ]
        })
        .collect();
    let mut out = vec![Block::Table {
        caption: c.t("report-products-caption"),
        header: vec![
            c.t("report-product-head"),
            c.t("report-kind-head"),
            c.t("report-date-head"),
            c.t("report-reuse-head"),
        ],
        rows,
    }];
    let title = c.t("report-record-products");
    let line = c.t_with(
        "report-record-products-line",
        &[("n", Arg::Number(data.products.len() as i64))],
    );
    out.push(c.source(
        "bron-kennisproducten",
        Basis::Measured,
        (title, line, "/kennis".to_owned()),
    ));
    out
}

fn reciprocity(c: &mut AtelierComposer) -> Vec<Block> {
    let r = &c.data.reciprocity;
    if r.groups.is_empty() {
        return vec![Block::Note {
            text: c.t("report-gap-reciprocity"),
        }];
    }
    let mut out = vec![Block::Paragraph {
        text: c.t_with(
            "report-reciprocity-sums",
            &[
                ("given", Arg::Number(i64::from(r.given))),
                ("taken", Arg::Number(i64::from(r.taken))),
            ],
        ),
    }];
    out.push(Block::Table {
        caption: c.t("report-reciprocity-caption"),
        header: vec![c.t("report-standing-head"), c.t("report-count-head")],
        rows: r
            .groups
            .iter()
            .map(|(key, n)| vec![c.t(key), c.count(*n)])
            .collect(),
    });
    out.push(c.atelier_source());
    out
}
