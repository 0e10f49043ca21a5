//! Tagged PDF from a plain document model: the caller builds a [`Document`] of sections and
//! blocks (already translated), this crate typesets it with Typst and exports PDF/UA-1.
//!
//! User text never becomes Typst markup: the document travels as JSON in a virtual file that
//! the fixed template reads, so a story containing `#` or `]` is printed, not evaluated.

mod world;

pub use domain::report::document::{Block, Document, Section};

use typst::foundations::Datetime;
use world::ReportWorld;

/// The fixed Typst template that lays out every [`Document`].
const TEMPLATE: &str = include_str!("report.typ");

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The document could not be serialised for the template.
    #[error("document could not be serialised: {0}")]
    Serialise(#[from] serde_json::Error),
    /// Typst reported errors while typesetting or exporting.
    #[error("typst: {0}")]
    Typst(String),
}

/// Typesets `document` and returns the bytes of a tagged PDF/UA-1 file.
///
/// `today` (year, month, day) is the document date; it is passed in so the same snapshot
/// always gives the same file. CPU-bound: call it from a blocking task.
pub fn render(document: &Document, today: (i32, u8, u8)) -> Result<Vec<u8>, PdfError> {
    let data = serde_json::to_vec(&for_typst(document))?;
    let date = Datetime::from_ymd(today.0, today.1, today.2)
        .ok_or_else(|| PdfError::Typst(format!("invalid date {today:?}")))?;
    let world = ReportWorld::new(TEMPLATE, vec![("data.json", data)], date)?;
    let compiled = typst::compile::<typst_layout::PagedDocument>(&world);
    let paged = compiled.output.map_err(|errors| joined(&errors))?;
    let standards = typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1])
        .map_err(|e| PdfError::Typst(e.message().to_string()))?;
    let options = typst_pdf::PdfOptions {
        standards,
        timestamp: Some(typst_pdf::Timestamp::new_utc(date)),
        ..Default::default()
    };
    let bytes = typst_pdf::pdf(&paged, &options).map_err(|errors| joined(&errors))?;
    // Typst memoises across compilations; free it so a long-running server does not grow.
    typst::comemo::evict(0);
    Ok(bytes)
}

/// The document as the template wants it: SVG text set in a font the PDF embeds (a PDF/UA
/// file may not show text in a font it cannot embed) and record links made absolute.
fn for_typst(document: &Document) -> Document {
    let mut out = document.clone();
    for section in &mut out.sections {
        for block in &mut section.blocks {
            match block {
                Block::Chart { svg, .. } => {
                    *svg = svg.replacen("<svg ", "<svg font-family=\"Libertinus Serif\" ", 1);
                }
                Block::Record { href, .. } if !href.is_empty() => {
                    *href = if document.base.is_empty() {
                        String::new()
                    } else {
                        format!("{}{}", document.base.trim_end_matches('/'), href)
                    };
                }
                _ => {}
            }
        }
    }
    out
}

/// One line per diagnostic, so a failure in a test or log says what Typst objected to.
fn joined(errors: &[typst::diag::SourceDiagnostic]) -> PdfError {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| {
            let hints: Vec<&str> = e.hints.iter().map(|h| h.v.as_str()).collect();
            format!("{} {}", e.message, hints.join("; "))
        })
        .collect();
    PdfError::Typst(lines.join("\n"))
}
