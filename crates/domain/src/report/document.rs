//! A composed report as a plain document: translated text only, no markup. The HTML page and
//! the PDF are both drawn from it, so they cannot say different things.

use serde::Serialize;

/// A whole document: title page data and its sections in order.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The document title (also the PDF title, which PDF/UA requires).
    pub title: String,
    /// A line under the title, e.g. the team and the period.
    pub subtitle: String,
    /// BCP 47 language of the text, e.g. `nl` or `en`.
    pub lang: String,
    /// Small print at the end (e.g. when the data was frozen).
    pub colophon: String,
    /// The platform's address, to make record links absolute in a PDF (empty: no links).
    pub base: String,
    /// The sections, each a level-2 heading with blocks under it.
    pub sections: Vec<Section>,
}

/// One section of the document.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// The section heading.
    pub heading: String,
    /// The content, in order.
    pub blocks: Vec<Block>,
}

/// A piece of content.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A level-3 heading inside a section.
    Subheading {
        /// The heading text.
        text: String,
    },
    /// A paragraph of text; blank lines in it start new paragraphs.
    Paragraph {
        /// The text.
        text: String,
    },
    /// A paragraph set apart as a note (a gap in the data, a warning).
    Note {
        /// The text.
        text: String,
    },
    /// A bulleted list.
    List {
        /// The items.
        items: Vec<String>,
    },
    /// A table with a header row.
    Table {
        /// The table's caption.
        caption: String,
        /// The column headings.
        header: Vec<String>,
        /// The rows, each as long as the header.
        rows: Vec<Vec<String>>,
    },
    /// An SVG chart with its text alternative.
    Chart {
        /// The SVG source (its text must use a font the PDF embeds: Libertinus Serif).
        svg: String,
        /// The text alternative read by a screen reader.
        alt: String,
        /// The caption under the chart.
        caption: String,
    },
    /// Where a figure or claim comes from: the kind of basis, linking to its record in the
    /// report's evidence list.
    Source {
        /// The label, e.g. "Bron: gemeten (WOON-1)".
        label: String,
        /// The anchor of the record entry.
        anchor: String,
    },
    /// An entry in the evidence list: the record a figure or claim comes from.
    Record {
        /// Its anchor, linked from the claims.
        anchor: String,
        /// Its title.
        title: String,
        /// What it says about itself (basis, count, dates).
        lines: Vec<String>,
        /// The platform address of the live record (relative), or empty when it is gone.
        href: String,
    },
}
