//! Highlighted snippets: a window of the original text around the first match, with every word
//! whose stem matches the query marked. Works on the readable text, not on the indexed terms.

use super::text::{TextLanguage, tokens};
use std::collections::HashSet;

/// A piece of a snippet; `marked` pieces matched the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fragment {
    /// The text (not escaped; the template escapes it).
    pub text: String,
    /// True when it matched.
    pub marked: bool,
}

/// Words shown before the first match.
const LEAD_WORDS: usize = 8;

/// A snippet of at most `max_words` words of `text`, starting a little before the first word
/// matching one of `stems`; the start of the text when nothing matches.
pub fn snippet<'a>(
    text: &str,
    stems: impl IntoIterator<Item = &'a str>,
    max_words: usize,
) -> Vec<Fragment> {
    let stems: HashSet<&str> = stems.into_iter().collect();
    let words = tokens(text);
    // Stemming is the costly part; a stem keeps its word's first letter, so only words that
    // start like a stem are stemmed.
    let initials: HashSet<char> = stems.iter().filter_map(|s| s.chars().next()).collect();
    let matches = |word: &str| {
        word.chars().next().is_some_and(|c| initials.contains(&c))
            && (stems.contains(TextLanguage::Dutch.stem(word).as_str())
                || stems.contains(TextLanguage::English.stem(word).as_str()))
    };
    let first = words.iter().position(|(_, w)| matches(w)).unwrap_or(0);
    let start = first.saturating_sub(LEAD_WORDS);
    let end = (start + max_words).min(words.len());
    let Some(window) = words.get(start..end) else {
        return Vec::new();
    };
    let Some(first_word) = window.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut plain = String::new();
    if start > 0 {
        plain.push('…');
    }
    let mut cursor = first_word.0.start;
    for (range, word) in window {
        plain.push_str(&text[cursor..range.start]);
        if matches(word) {
            if !plain.is_empty() {
                out.push(Fragment {
                    text: std::mem::take(&mut plain),
                    marked: false,
                });
            }
            out.push(Fragment {
                text: text[range.clone()].to_owned(),
                marked: true,
            });
        } else {
            plain.push_str(&text[range.clone()]);
        }
        cursor = range.end;
    }
    if end < words.len() {
        plain.push('…');
    }
    if !plain.is_empty() {
        out.push(Fragment {
            text: plain,
            marked: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SearchQuery;

    fn render(fragments: &[Fragment]) -> String {
        fragments
            .iter()
            .map(|f| {
                if f.marked {
                    format!("[{}]", f.text)
                } else {
                    f.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn marks_every_matching_form_in_a_window() {
        let text = "Een twee drie vier vijf zes zeven acht negen tien elf. Wij vergelijken \
                    methoden: welke methode past bij gemeenten? Daarna volgt nog veel meer tekst.";
        let q = SearchQuery::parse("methode");
        let s = render(&snippet(text, q.stems(), 12));
        assert_eq!(
            s,
            "…zes zeven acht negen tien elf. Wij vergelijken [methoden]: welke [methode] past…"
        );
        let s = render(&snippet(text, q.stems(), 40));
        assert!(s.contains("[methoden]: welke [methode] past"), "{s}");
    }

    #[test]
    fn no_match_gives_the_start_and_empty_text_nothing() {
        let q = SearchQuery::parse("zon");
        assert_eq!(
            render(&snippet("Maan en sterren", q.stems(), 2)),
            "Maan en…"
        );
        assert!(snippet("", q.stems(), 5).is_empty());
    }
}
