//! Pseudonyms for the people whose change is measured. The team chooses them; the platform
//! never needs a name, so it refuses what looks like one (no digit) and any nine digits that
//! pass the BSN 11-test.

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
}
