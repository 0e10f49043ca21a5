//! Pseudonyms for the people whose change is measured. The team chooses them; the platform
//! never needs a name, so it refuses what looks like one (no digit) and any nine digits that
//! pass the BSN 11-test. Their breakdown attributes are kept as `name=value` lines.

use crate::forum::guard::passes_eleven_test;

/// Longest pseudonym.
pub const MAX_PSEUDONYM: usize = 40;

/// Why a pseudonym was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PseudonymProblem {
    /// Empty.
    Missing,
    /// Too long, or characters other than letters, digits, `-` and `_`.
    Shape,
    /// No digit: it may be a name.
    LooksLikeName,
    /// Nine digits that pass the 11-test: it may be a BSN.
    LooksLikeBsn,
}

impl PseudonymProblem {
    /// Message id.
    pub fn key(self) -> &'static str {
        match self {
            PseudonymProblem::Missing => "impact-pseudonym-missing",
            PseudonymProblem::Shape => "impact-pseudonym-shape",
            PseudonymProblem::LooksLikeName => "impact-pseudonym-name",
            PseudonymProblem::LooksLikeBsn => "impact-pseudonym-bsn",
        }
    }
}

/// The pseudonym as stored (trimmed, upper case), or why it cannot be one.
pub fn pseudonym(text: &str) -> Result<String, PseudonymProblem> {
    let p = text.trim().to_uppercase();
    if p.is_empty() {
        return Err(PseudonymProblem::Missing);
    }
    if p.chars().count() > MAX_PSEUDONYM
        || !p
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(PseudonymProblem::Shape);
    }
    if !p.chars().any(|c| c.is_ascii_digit()) {
        return Err(PseudonymProblem::LooksLikeName);
    }
    let digits: String = p.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == 9 && passes_eleven_test(&digits) {
        return Err(PseudonymProblem::LooksLikeBsn);
    }
    Ok(p)
}

/// Breakdown attributes as stored: one `name=value` per line (line breaks in a value become
/// spaces; a name never holds `=`).
pub fn attributes_text(attributes: &[(String, String)]) -> String {
    attributes
        .iter()
        .map(|(n, v)| {
            format!(
                "{}={}",
                n.replace(['=', '\n', '\r'], " "),
                v.replace(['\n', '\r'], " ")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The attributes of a stored text.
pub fn parse_attributes(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_codes_are_accepted_and_names_and_bsns_refused() {
        assert_eq!(pseudonym(" wb-017 "), Ok("WB-017".into()));
        assert_eq!(pseudonym("Jansen"), Err(PseudonymProblem::LooksLikeName));
        assert_eq!(pseudonym("111222333"), Err(PseudonymProblem::LooksLikeBsn));
        assert_eq!(pseudonym("123456789"), Ok("123456789".into()));
        assert_eq!(pseudonym("Jan 1"), Err(PseudonymProblem::Shape));
        assert_eq!(pseudonym(""), Err(PseudonymProblem::Missing));
    }

    #[test]
    fn attributes_round_trip_as_lines() {
        let a = vec![
            ("wijk".to_string(), "Noord=Oost".to_string()),
            ("leeftijd".to_string(), "18-26\nx".to_string()),
        ];
        let text = attributes_text(&a);
        assert_eq!(text, "wijk=Noord=Oost\nleeftijd=18-26 x");
        assert_eq!(
            parse_attributes(&text),
            vec![
                ("wijk".to_string(), "Noord=Oost".to_string()),
                ("leeftijd".to_string(), "18-26 x".to_string())
            ]
        );
    }
}
