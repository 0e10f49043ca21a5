//! A search query as groups of alternative stems: every word must match, in its Dutch or its
//! English stem. Built from any input; words are letters and digits only, so the query strings
//! below never carry syntax a user typed.

use super::text::{TextLanguage, is_stop_word, tokens};

/// At most this many words of a query count (a pasted page is not an error, just cut short).
pub const MAX_QUERY_TERMS: usize = 12;

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchQuery {
    groups: Vec<Vec<String>>,
}

impl SearchQuery {
    /// Parses what someone typed; quotes, operators and emoji are separators, stop words drop.
    pub fn parse(input: &str) -> SearchQuery {
        let mut groups: Vec<Vec<String>> = Vec::new();
        for (_, word) in tokens(input) {
            if is_stop_word(&word) {
                continue;
            }
            let mut stems = vec![TextLanguage::Dutch.stem(&word)];
            let english = TextLanguage::English.stem(&word);
            if !stems.contains(&english) {
                stems.push(english);
            }
            if !groups.contains(&stems) {
                groups.push(stems);
            }
            if groups.len() == MAX_QUERY_TERMS {
                break;
            }
        }
        SearchQuery { groups }
    }

    /// True when nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Every stem in the query, for highlighting.
    pub fn stems(&self) -> impl Iterator<Item = &str> {
        self.groups.iter().flatten().map(String::as_str)
    }

    /// The query in SQLite FTS5 syntax: `("methode" OR "method") AND "gemeent"`.
    pub fn to_fts5(&self) -> String {
        self.join(" AND ", " OR ", |s| format!("\"{s}\""))
    }

    /// The query in PostgreSQL `to_tsquery('simple', …)` syntax: `(methode | method) & gemeent`.
    pub fn to_tsquery(&self) -> String {
        self.join(" & ", " | ", str::to_owned)
    }

    fn join(&self, and: &str, or: &str, quote: impl Fn(&str) -> String) -> String {
        self.groups
            .iter()
            .map(|group| {
                let alternatives: Vec<String> = group.iter().map(|s| quote(s)).collect();
                format!("({})", alternatives.join(or))
            })
            .collect::<Vec<_>>()
            .join(and)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_groups_of_stems() {
        let q = SearchQuery::parse("De methoden van gemeenten");
        assert_eq!(
            q.to_fts5(),
            "(\"method\" OR \"methoden\") AND (\"gemeent\" OR \"gemeenten\")"
        );
        assert_eq!(
            q.to_tsquery(),
            "(method | methoden) & (gemeent | gemeenten)"
        );
    }

    #[test]
    fn hostile_input_leaves_only_plain_words() {
        let table = [
            ("\"", ""),
            ("NOT AND OR * ( ) : ^ -", "(\"not\")"),
            (
                "'; DROP TABLE users; --",
                "(\"drop\") AND (\"tabl\") AND (\"user\")",
            ),
            ("🙂🙂", ""),
        ];
        for (input, expected) in table {
            assert_eq!(SearchQuery::parse(input).to_fts5(), expected, "{input}");
        }
        let long = "woord ".repeat(2000) + &"ander ".repeat(2000);
        assert_eq!(SearchQuery::parse(&long).groups.len(), 2);
        let many: String = (0..100).map(|i| format!("w{i} ")).collect();
        assert_eq!(SearchQuery::parse(&many).groups.len(), MAX_QUERY_TERMS);
    }
}
