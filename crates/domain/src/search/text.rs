//! Words in, terms out: lower-casing, folding accents, dropping stop words and stemming with
//! the Snowball stemmers for Dutch and English.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;

/// The language a text is written in, which decides how its words are stemmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextLanguage {
    /// Dutch (also Flemish).
    Dutch,
    /// English.
    English,
}

impl TextLanguage {
    /// From a language code (`nl`, `en`); Dutch for anything else.
    pub fn from_code(code: &str) -> TextLanguage {
        if code == "en" {
            TextLanguage::English
        } else {
            TextLanguage::Dutch
        }
    }

    /// Stems one folded, lower-case word.
    pub fn stem(self, word: &str) -> String {
        static DUTCH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Dutch));
        static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
        match self {
            TextLanguage::Dutch => DUTCH.stem(word).into_owned(),
            TextLanguage::English => ENGLISH.stem(word).into_owned(),
        }
    }
}

/// Longest word that is indexed; longer "words" are noise (hashes, pasted URLs).
const MAX_WORD_CHARS: usize = 40;

/// Words so common that they only slow matching down and blur ranking.
const STOP_WORDS: &[&str] = &[
    "de", "het", "een", "en", "van", "in", "op", "te", "dat", "die", "is", "voor", "met", "aan",
    "er", "als", "bij", "om", "of", "ook", "tot", "uit", "naar", "zijn", "wordt", "worden", "the",
    "a", "an", "and", "of", "to", "in", "is", "for", "on", "with", "by", "or", "as", "at",
];

fn fold(ch: char) -> char {
    match ch {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        c => c,
    }
}

/// The words of `text` with their byte ranges, lower-cased and folded (`één` → `een`).
pub fn tokens(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut word = String::new();
    let mut push = |range: std::ops::Range<usize>, word: &mut String| {
        if !word.is_empty() && word.chars().count() <= MAX_WORD_CHARS {
            out.push((range, std::mem::take(word)));
        }
        word.clear();
    };
    for (i, ch) in text.char_indices() {
        if ch.is_alphanumeric() {
            start.get_or_insert(i);
            word.extend(ch.to_lowercase().map(fold));
        } else if let Some(s) = start.take() {
            push(s..i, &mut word);
        }
    }
    if let Some(s) = start {
        push(s..text.len(), &mut word);
    }
    out
}

/// True for a word that is not indexed.
pub(crate) fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// The indexed form of `text`: stemmed terms separated by spaces, stop words left out.
pub fn index_terms(text: &str, language: TextLanguage) -> String {
    let mut out = String::with_capacity(text.len() / 2);
    for (_, word) in tokens(text) {
        if is_stop_word(&word) {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&language.stem(&word));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_plurals_stem_to_the_singular() {
        let table = [
            ("methoden", "methode"),
            ("gemeenten", "gemeente"),
            ("verhalen", "verhaal"),
            ("jongeren", "jongere"),
        ];
        for (plural, singular) in table {
            assert_eq!(
                index_terms(plural, TextLanguage::Dutch),
                index_terms(singular, TextLanguage::Dutch),
                "{plural}"
            );
        }
        assert_eq!(
            index_terms("evaluations", TextLanguage::English),
            index_terms("evaluation", TextLanguage::English)
        );
    }

    #[test]
    fn tokens_fold_accents_and_keep_byte_ranges() {
        let text = "Één cliënt, 2 ideeën!";
        let found = tokens(text);
        let words: Vec<&str> = found.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(words, ["een", "client", "2", "ideeen"]);
        assert_eq!(&text[found[1].0.clone()], "cliënt");
    }

    #[test]
    fn stop_words_and_symbols_are_not_indexed() {
        assert_eq!(index_terms("de 🙂 \"\" --", TextLanguage::Dutch), "");
        assert_eq!(index_terms(&"x".repeat(200), TextLanguage::Dutch), "");
    }
}
