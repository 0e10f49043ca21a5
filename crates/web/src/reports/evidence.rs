//! What every report document shares, whatever it is about: the evidence list that claims link
//! to, the sections in the team's order with the team's own text first, and the title, subtitle
//! and colophon around them.

use app::i18n::{self, Arg};
use app::reports::ReportPage;
use domain::Locale;
use domain::events::local_time::LocalTime;
use domain::report::document::{Block, Document, Section as DocSection};
use domain::report::{Basis, SectionLayout};

/// The evidence list a report builds up while it is composed.
pub(super) struct Evidence {
    locale: Locale,
    records: Vec<Block>,
}

impl Evidence {
    /// An empty list.
    pub(super) fn new(locale: Locale) -> Evidence {
        Evidence {
            locale,
            records: Vec::new(),
        }
    }

    /// A source line after a claim ("Bron: basis — record"), and the record in the evidence
    /// list, once however often it is cited.
    pub(super) fn source(
        &mut self,
        (anchor, basis): (String, Basis),
        (title, lines, href): (String, Vec<String>, String),
    ) -> Block {
        let t_with =
            |key: &str, args: &[(&'static str, Arg<'_>)]| i18n::text_with(self.locale, key, args);
        let kind = i18n::text(self.locale, &format!("report-basis-{}", basis.code()));
        let label = t_with(
            "report-source",
            &[("basis", Arg::Text(&kind)), ("record", Arg::Text(&title))],
        );
        if !self
            .records
            .iter()
            .any(|r| matches!(r, Block::Record { anchor: a, .. } if *a == anchor))
        {
            let mut all = vec![t_with(
                "report-record-basis",
                &[("basis", Arg::Text(&kind))],
            )];
            all.extend(lines);
            self.records.push(Block::Record {
                anchor: anchor.clone(),
                title,
                lines: all,
                href,
            });
        }
        Block::Source { label, anchor }
    }
}

/// The shown sections in the team's order: each with the team's own text first, then what
/// `generate` composes for it.
pub(super) fn sections_of(
    page: &ReportPage,
    locale: Locale,
    mut generate: impl FnMut(&SectionLayout) -> Vec<Block>,
) -> Vec<DocSection> {
    page.layout
        .shown()
        .into_iter()
        .map(|layout| {
            let mut blocks = Vec::new();
            if !layout.text.is_empty() {
                blocks.push(Block::Paragraph {
                    text: layout.text.clone(),
                });
            }
            blocks.extend(generate(layout));
            DocSection {
                heading: i18n::text(locale, &format!("report-section-{}", layout.section.code())),
                blocks,
            }
        })
        .collect()
}

/// Who reports, over which period, and when the data was read.
pub(super) struct Heading<'a> {
    /// The team or the atelier.
    pub(super) team: &'a str,
    /// First and last day.
    pub(super) period: &'a (String, String),
    /// When the data was read (seconds).
    pub(super) composed_at: i64,
}

/// The whole document: the sections, the evidence list last, and the title, subtitle and
/// colophon (draft or frozen).
pub(super) fn assemble(
    page: &ReportPage,
    (locale, base): (Locale, &str),
    (mut sections, evidence): (Vec<DocSection>, Evidence),
    heading: Heading<'_>,
) -> Document {
    if !evidence.records.is_empty() {
        sections.push(DocSection {
            heading: i18n::text(locale, "report-sources"),
            blocks: evidence.records,
        });
    }
    let template = i18n::text(locale, &format!("report-template-{}", page.template.code()));
    let status = if page.frozen {
        "report-colophon-frozen"
    } else {
        "report-colophon-draft"
    };
    let date = LocalTime::of(heading.composed_at).date_value();
    Document {
        title: page.row.title.clone(),
        subtitle: i18n::text_with(
            locale,
            "report-subtitle",
            &[
                ("team", Arg::Text(heading.team)),
                ("from", Arg::Text(&heading.period.0)),
                ("to", Arg::Text(&heading.period.1)),
                ("template", Arg::Text(&template)),
            ],
        ),
        lang: locale.code().to_owned(),
        colophon: i18n::text_with(
            locale,
            status,
            &[
                ("version", Arg::Number(page.row.version)),
                ("date", Arg::Text(&date)),
            ],
        ),
        base: base.to_owned(),
        sections,
    }
}
