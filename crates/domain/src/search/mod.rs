//! Search as pure text processing: the same tokens, stems and query on SQLite and PostgreSQL,
//! so both backends find the same documents (the store only matches pre-stemmed terms).

mod query;
mod scope;
mod snippet;
mod text;

pub use query::{MAX_QUERY_TERMS, SearchQuery};
pub use scope::{MatchExpression, Scope, document_tokens};
pub use snippet::{Fragment, snippet};
pub use text::{TextLanguage, index_terms, tokens};

/// What kind of thing a search document is; each feature indexes its own kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// A knowledge item.
    Knowledge,
    /// A forum post (added by the forum).
    Post,
    /// An event (added by events).
    Event,
    /// A member profile (added by the directory).
    Member,
}

impl DocumentKind {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            DocumentKind::Knowledge => "knowledge",
            DocumentKind::Post => "post",
            DocumentKind::Event => "event",
            DocumentKind::Member => "member",
        }
    }
}

/// Facets a document can carry; search counts and filters on them.
pub const FACETS: [&str; 6] = ["type", "atelier", "theme", "tag", "language", "year"];

/// Results whose facets are counted: the best this many (exact below it, a sample above).
pub const FACET_SAMPLE: i64 = 200;

/// Matches counted at most; more shows as "1000+".
pub const MAX_COUNTED: i64 = 1000;

/// Results per search page.
pub const PAGE_SIZE: i64 = 20;
