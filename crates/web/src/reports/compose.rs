//! A report as a document: its sections in the team's order, each with the team's own text
//! and the generated parts, every figure and claim followed by its basis and a link to its
//! record in the evidence list at the end. The HTML page and the PDF both draw this.

use super::compose_changes::{changes, reach};
use super::compose_more::{contribution, learning, methods, value};
use super::evidence::{Evidence, Heading, assemble, sections_of};
use app::i18n::{self, Arg};
use app::impact::report_data::ImpactReportData;
use app::reports::{ReportData, ReportPage};
use domain::Locale;
use domain::report::document::{Block, Document};
use domain::report::{Basis, Emphasis, Section};

/// An impact report being composed: its data, the language, the evidence list so far, and
/// whether the section at hand is brief in the template.
pub(super) struct Composer<'a> {
    pub(super) page: &'a ReportPage,
    pub(super) data: &'a ImpactReportData,
    pub(super) locale: Locale,
    pub(super) evidence: Evidence,
    /// The section being composed is brief in this template: the generated part keeps to
    /// the essentials (the team's own text is always shown whole).
    pub(super) brief: bool,
}

impl Composer<'_> {
    pub(super) fn t(&self, key: &str) -> String {
        i18n::text(self.locale, key)
    }

    pub(super) fn t_with(&self, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
        i18n::text_with(self.locale, key, args)
    }

    /// A source line after a claim, and its record in the evidence list (once).
    pub(super) fn source(
        &mut self,
        cited: (String, Basis),
        record: (String, Vec<String>, String),
    ) -> Block {
        self.evidence.source(cited, record)
    }

    /// An address in the impact model.
    pub(super) fn impact_path(&self, tail: &str) -> String {
        format!("{}{tail}", app::impact::impact_path(self.data.theory_id))
    }
}

/// The document of a report page in `locale`; `base` makes record links absolute (PDF).
pub fn document(page: &ReportPage, locale: Locale, base: &str) -> Document {
    match &page.data {
        ReportData::Impact(data) => impact_document(page, data, locale, base),
        ReportData::Atelier(data) => super::compose_atelier::document(page, data, locale, base),
    }
}

fn impact_document(
    page: &ReportPage,
    data: &ImpactReportData,
    locale: Locale,
    base: &str,
) -> Document {
    let mut c = Composer {
        page,
        data,
        locale,
        evidence: Evidence::new(locale),
        brief: false,
    };
    let sections = sections_of(page, locale, |layout| {
        c.brief = page.template.emphasis(layout.section) == Emphasis::Brief;
        match layout.section {
            Section::Question => question(&mut c),
            Section::Theory => theory(&mut c),
            Section::Reach => reach(&mut c),
            Section::Changes => changes(&mut c),
            Section::Unexpected => unexpected(&mut c),
            Section::Contribution => contribution(&mut c),
            Section::Value => value(&mut c),
            Section::Learning => learning(&c, layout.text.is_empty()),
            Section::Methods => methods(&c),
            // Atelier sections never appear in an impact report's layout.
            Section::Stage
            | Section::Meetings
            | Section::Outcomes
            | Section::Products
            | Section::Reciprocity => Vec::new(),
        }
    });
    let heading = Heading {
        team: &data.team,
        period: &data.period,
        composed_at: data.composed_at,
    };
    assemble(page, (locale, base), (sections, c.evidence), heading)
}

fn question(c: &mut Composer) -> Vec<Block> {
    let Some(plan) = &c.data.plan else {
        return vec![Block::Note {
            text: c.t("report-gap-plan"),
        }];
    };
    let answers = domain::keuzehulp::Answers::from_pairs(&plan.answers);
    let rows: Vec<Vec<String>> = app::keuzehulp::export::answer_rows(c.locale, &answers)
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| vec![k, v])
        .collect();
    let mut out = vec![Block::Subheading {
        text: plan.title.clone(),
    }];
    if !rows.is_empty() && !c.brief {
        out.push(Block::Table {
            caption: c.t("report-question-caption"),
            header: vec![c.t("report-question-head"), c.t("report-answer-head")],
            rows,
        });
    }
    if !plan.questions.is_empty() {
        out.push(Block::Paragraph {
            text: c.t("report-key-questions"),
        });
        out.push(Block::List {
            items: plan.questions.clone(),
        });
    }
    let title = c.t_with("report-record-plan", &[("title", Arg::Text(&plan.title))]);
    let href = app::keuzehulp::plans::plan_path(plan.id);
    out.push(c.source(
        (format!("bron-plan-{}", plan.id), Basis::Documented),
        (title, vec![c.t("report-record-plan-line")], href),
    ));
    out
}

fn theory(c: &mut Composer) -> Vec<Block> {
    let data = c.data;
    if data.theory.nodes.is_empty() {
        return vec![Block::Note {
            text: c.t("report-gap-theory"),
        }];
    }
    let mut out = vec![Block::Chart {
        svg: app::theories::theory_svg(&data.theory, c.locale),
        alt: c.t_with(
            "report-theory-alt",
            &[("title", Arg::Text(&data.theory.title))],
        ),
        caption: data.theory.title.clone(),
    }];
    if !data.narrative.trim().is_empty() && !c.brief {
        out.push(Block::Paragraph {
            text: data.narrative.clone(),
        });
    }
    let above: Vec<String> = data
        .theory
        .nodes
        .iter()
        .filter(|n| n.above_ceiling)
        .map(|n| n.title.clone())
        .collect();
    out.push(Block::Subheading {
        text: c.t("report-ceiling"),
    });
    if above.is_empty() {
        out.push(Block::Note {
            text: c.t("report-gap-ceiling"),
        });
    } else {
        out.push(Block::Paragraph {
            text: c.t("report-ceiling-lead"),
        });
        out.push(Block::List { items: above });
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
    out
}

fn unexpected(c: &mut Composer) -> Vec<Block> {
    let data = c.data;
    let effects: Vec<_> = data
        .effects
        .iter()
        .filter(|e| !e.positive || !e.intended)
        .collect();
    if effects.is_empty() {
        return vec![Block::Note {
            text: c.t("report-gap-unexpected"),
        }];
    }
    let mut out = vec![Block::Paragraph {
        text: c.t("report-unexpected-lead"),
    }];
    for e in effects {
        let facets = [
            c.t(if e.positive {
                "impact-valence-positive"
            } else {
                "impact-valence-negative"
            }),
            c.t(if e.intended {
                "impact-intent-intended"
            } else {
                "impact-intent-unintended"
            }),
            if e.direct {
                c.t("impact-reach-direct")
            } else if e.via_whom.is_empty() {
                c.t("impact-reach-indirect")
            } else {
                c.t_with("impact-reach-via", &[("whom", Arg::Text(&e.via_whom))])
            },
            c.t(&format!("impact-timing-{}", e.timing)),
        ];
        out.push(Block::Paragraph {
            text: format!("{} ({})", e.description, facets.join(", ")),
        });
        let basis = if e.source == "story" {
            Basis::SelfReported
        } else {
            Basis::Measured
        };
        let title = c.t_with("report-record-effect", &[("n", Arg::Number(e.id))]);
        let mut lines = vec![c.t(&format!("impact-source-{}", e.source))];
        if !e.anyway.is_empty() {
            lines.push(format!("{} {}", c.t("impact-label-anyway"), e.anyway));
        }
        let href = c.impact_path("/effecten");
        out.push(c.source(
            (format!("bron-effect-{}", e.id), basis),
            (title, lines, href),
        ));
    }
    out
}
