//! Who may read what, and which facet values are asked for, expressed as filter tokens that the
//! full-text index stores beside the words: matching them is as fast as matching a word, so
//! visibility and facet filters never need a join.

use super::SearchQuery;

/// The visibility token of a document.
pub fn visibility_token(visibility: &str, werkplaats: i64, atelier: Option<i64>) -> String {
    match (visibility, atelier) {
        ("public", _) => "zzvispublic".to_owned(),
        ("atelier", Some(a)) => format!("zzvisa{a}"),
        _ => format!("zzvisw{werkplaats}"),
    }
}

/// The token of a facet value: letters and digits only, whatever the value holds.
pub fn facet_token(name: &str, value: &str) -> String {
    let mut token = format!("zzf{name}x");
    for byte in value.as_bytes() {
        token.push_str(&format!("{byte:02x}"));
    }
    token
}

/// The filter tokens of a document.
pub fn document_tokens(
    visibility: &str,
    werkplaats: i64,
    atelier: Option<i64>,
    facets: &[(&str, String)],
) -> String {
    // (Indexes written before 2026-11-29 also hold "zzall"; nothing asks for it any more.)
    let mut tokens = vec![visibility_token(visibility, werkplaats, atelier)];
    tokens.extend(facets.iter().map(|(n, v)| facet_token(n, v)));
    tokens.join(" ")
}

/// What a reader may see: everything (admins), or public documents plus those of their
/// werkplaatsen and ateliers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Reads everything.
    pub admin: bool,
    /// Werkplaatsen the reader belongs to.
    pub werkplaatsen: Vec<i64>,
    /// Ateliers the reader is an active member of.
    pub ateliers: Vec<i64>,
}

impl Scope {
    /// The visibility tokens any of which a readable document carries; `None`: no limit.
    pub fn tokens(&self) -> Option<Vec<String>> {
        if self.admin {
            return None;
        }
        let mut tokens = vec![visibility_token("public", 0, None)];
        tokens.extend(
            self.werkplaatsen
                .iter()
                .map(|w| visibility_token("werkplaats", *w, None)),
        );
        tokens.extend(
            self.ateliers
                .iter()
                .map(|a| visibility_token("atelier", 0, Some(*a))),
        );
        Some(tokens)
    }

    /// Whether the reader may see something with this visibility code (`public`,
    /// `werkplaats`, `atelier`) that belongs to this werkplaats and atelier: the same rule the
    /// tokens apply in the index, for lists that do not go through search.
    pub fn may_read(&self, visibility: &str, werkplaats: i64, atelier: i64) -> bool {
        let token = visibility_token(visibility, werkplaats, Some(atelier));
        self.tokens().is_none_or(|tokens| tokens.contains(&token))
    }
}

/// A full-text match: the words typed, limited to what the reader may see and to the chosen
/// facet values.
#[derive(Debug, Clone)]
pub struct MatchExpression {
    words: SearchQuery,
    filters: Vec<Vec<String>>,
}

impl MatchExpression {
    /// Words, scope and facet filters (name, value) together.
    pub fn new(words: SearchQuery, scope: &Scope, facets: &[(String, String)]) -> MatchExpression {
        // A search without words never reaches the index (it lists the document table).
        let mut filters: Vec<Vec<String>> = Vec::new();
        filters.extend(scope.tokens());
        filters.extend(facets.iter().map(|(n, v)| vec![facet_token(n, v)]));
        MatchExpression { words, filters }
    }

    /// For SQLite FTS5: words in the title and body columns, tokens in the filters column.
    pub fn fts5(&self) -> String {
        self.fts5_in("{title body}", false)
    }

    /// For SQLite FTS5: only documents whose title has the words.
    pub fn fts5_title(&self) -> String {
        self.fts5_in("title", false)
    }

    /// For SQLite FTS5: documents with the words, but not in their title.
    pub fn fts5_body_only(&self) -> String {
        self.fts5_in("{title body}", true)
    }

    fn fts5_in(&self, columns: &str, not_in_title: bool) -> String {
        let mut parts = Vec::new();
        if !self.words.is_empty() {
            parts.push(format!("{columns} : ({})", self.words.to_fts5()));
        }
        for group in &self.filters {
            let alternatives: Vec<String> = group.iter().map(|t| format!("\"{t}\"")).collect();
            parts.push(format!("filters : ({})", alternatives.join(" OR ")));
        }
        let mut expression = parts.join(" AND ");
        if not_in_title && !self.words.is_empty() {
            expression.push_str(&format!(" NOT title : ({})", self.words.to_fts5()));
        }
        expression
    }

    /// For PostgreSQL: the words (`to_tsquery('simple', …)` over the terms).
    pub fn tsquery_words(&self) -> String {
        self.words.to_tsquery()
    }

    /// For PostgreSQL: words and filter tokens in one query (the vectors hold both).
    pub fn tsquery_all(&self) -> String {
        [self.words.to_tsquery(), self.tsquery_filters()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" & ")
    }

    /// For PostgreSQL: the filter tokens alone (empty for an admin without facet filters).
    pub fn tsquery_filters(&self) -> String {
        self.filters
            .iter()
            .map(|g| format!("({})", g.join(" | ")))
            .collect::<Vec<_>>()
            .join(" & ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_for_documents_and_readers() {
        assert_eq!(
            document_tokens("atelier", 1, Some(7), &[("tag", "wijk team".into())]),
            "zzvisa7 zzftagx77696a6b207465616d"
        );
        let member = Scope {
            admin: false,
            werkplaatsen: vec![1],
            ateliers: vec![7, 9],
        };
        assert_eq!(
            member.tokens().unwrap(),
            ["zzvispublic", "zzvisw1", "zzvisa7", "zzvisa9"]
        );
        assert_eq!(Scope::default().tokens().unwrap(), ["zzvispublic"]);
        assert!(member.may_read("public", 5, 50));
        assert!(member.may_read("werkplaats", 1, 50));
        assert!(!member.may_read("werkplaats", 2, 50));
        assert!(member.may_read("atelier", 1, 9));
        assert!(!member.may_read("atelier", 1, 8));
        assert!(!Scope::default().may_read("werkplaats", 1, 7));
        assert!(
            Scope {
                admin: true,
                ..Default::default()
            }
            .tokens()
            .is_none()
        );
    }

    #[test]
    fn match_expressions_for_both_backends() {
        let scope = Scope::default();
        let m = MatchExpression::new(
            SearchQuery::parse("methoden"),
            &scope,
            &[("type".into(), "tool".into())],
        );
        assert_eq!(
            m.fts5(),
            "{title body} : ((\"method\" OR \"methoden\")) AND \
             filters : (\"zzvispublic\") AND filters : (\"zzftypex746f6f6c\")"
        );
        assert!(
            m.fts5_title()
                .starts_with("title : ((\"method\" OR \"methoden\")) AND")
        );
        assert!(
            m.fts5_body_only()
                .ends_with(" NOT title : ((\"method\" OR \"methoden\"))")
        );
        assert_eq!(m.tsquery_words(), "(method | methoden)");
        assert_eq!(m.tsquery_filters(), "(zzvispublic) & (zzftypex746f6f6c)");
        assert_eq!(
            m.tsquery_all(),
            "(method | methoden) & (zzvispublic) & (zzftypex746f6f6c)"
        );
        let browse = MatchExpression::new(SearchQuery::parse(""), &scope, &[]);
        assert_eq!(browse.tsquery_filters(), "(zzvispublic)");
        assert_eq!(browse.tsquery_all(), "(zzvispublic)");
        let admin = Scope {
            admin: true,
            ..Scope::default()
        };
        let everything = MatchExpression::new(SearchQuery::parse("methoden"), &admin, &[]);
        assert_eq!(everything.tsquery_all(), "(method | methoden)");
        assert_eq!(
            everything.fts5(),
            "{title body} : ((\"method\" OR \"methoden\"))"
        );
    }
}
