//! The client-data guard: before a post is saved, look for signs that the text holds data about
//! a client (AVG/GDPR): a citizen service number (BSN) that passes the 11-test, a date of birth,
//! a postcode or street with a house number, and a full name next to any of those. It only
//! warns: the author anonymises or confirms. Pure, so every rule is table-tested.

use regex::Regex;
use std::sync::LazyLock;

/// A kind of sign the guard looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientDataSign {
    /// Nine digits that pass the BSN 11-test.
    Bsn,
    /// A full date said to be a birth date, or old enough to be one.
    BirthDate,
    /// A postcode or street with a house number.
    Address,
    /// A first and last name right next to one of the above.
    NameWithData,
}

impl ClientDataSign {
    /// Message key suffix (`guard-sign-…`).
    pub fn code(self) -> &'static str {
        match self {
            ClientDataSign::Bsn => "bsn",
            ClientDataSign::BirthDate => "birth-date",
            ClientDataSign::Address => "address",
            ClientDataSign::NameWithData => "name",
        }
    }
}

/// One finding: what kind, and the text that triggered it (to show the author where).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The kind of sign.
    pub sign: ClientDataSign,
    /// The matching text.
    pub text: String,
}

fn pattern(source: &str) -> Option<Regex> {
    Regex::new(source).ok()
}

/// 9 digits, alone or grouped 3-3-3 (or 4-2-3) with dots, spaces or dashes.
static BSN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    pattern(r"(?:^|[^\d])(\d{3}[ .-]?\d{3}[ .-]?\d{3}|\d{4}[ .-]\d{2}[ .-]\d{3})(?:[^\d]|$)")
});

/// dd-mm-yyyy, d/m/yyyy, dd.mm.yyyy, or "12 maart 1987" (Dutch and English month names).
static DATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    pattern(
        r"(?i)\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b|\b(\d{1,2}) (?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|m(?:aa|a)rt?|march|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:tember)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? ((?:19|20)\d{2})\b",
    )
});

/// Words that say a date is a birth date.
static BIRTH_WORDS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    pattern(r"(?i)\b(?:geboren|geboortedatum|geboortejaar|born|date of birth|dob|geb\.)")
});

/// A Dutch postcode (1234 AB) with a house number within a few words either side.
static POSTCODE_WITH_NUMBER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    pattern(
        r"\b\d{1,4}\s?[a-zA-Z]?\s*,?\s*[1-9]\d{3}\s?[A-Z]{2}\b|\b[1-9]\d{3}\s?[A-Z]{2}\s*,?\s*(?:nr\.?\s*)?\d{1,4}\s?[a-zA-Z]?\b",
    )
});

/// A street with a house number: Kerkstraat 12, Lange Leemstraat 4b, Meir 1 (with a 4-digit
/// Belgian postcode after it).
static STREET_WITH_NUMBER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    pattern(
        r"\b[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|dreef|singel|kade|gracht|steenweg|lei|hof|pad|dijk|markt|baan|park)\s+\d{1,4}\s?[a-zA-Z]?\b|\b[A-Z][a-zà-ÿ]+\s+\d{1,4}\s?[a-z]?\s*,\s*[1-9]\d{3}\s+[A-Z][a-zà-ÿ]+",
    )
});

/// A first and last name: two or three capitalised words, possibly with a Dutch infix.
static FULL_NAME: LazyLock<Option<Regex>> = LazyLock::new(|| {
    pattern(
        r"\b[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s+(?:(?:van|de|der|den|het|ter|ten|el|al|van de|van der|van den|in 't|op de)\s+)?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\b",
    )
});

/// How close (in bytes) a name must stand to other data to count as "next to" it.
const NEAR: usize = 60;

/// True for nine digits that pass the BSN 11-test (and are not all zeros).
pub fn passes_eleven_test(digits: &str) -> bool {
    let numbers: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if numbers.len() != 9 || numbers.iter().all(|d| *d == 0) {
        return false;
    }
    let sum: i64 = numbers
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let weight = if i == 8 { -1 } else { 9 - i as i64 };
            weight * i64::from(*d)
        })
        .sum();
    sum % 11 == 0
}

/// Every sign of client data in `text`. `current_year` decides which dates are old enough
/// to be someone's birth date (twelve years or more) when no word says so.
pub fn client_data_signs(text: &str, current_year: i32) -> Vec<Finding> {
    let mut found: Vec<(usize, usize, ClientDataSign)> = Vec::new();
    if let Some(bsn) = BSN.as_ref() {
        for caps in bsn.captures_iter(text) {
            if let Some(m) = caps.get(1)
                && passes_eleven_test(m.as_str())
            {
                found.push((m.start(), m.end(), ClientDataSign::Bsn));
            }
        }
    }
    if let (Some(date), Some(words)) = (DATE.as_ref(), BIRTH_WORDS.as_ref()) {
        for caps in date.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            let year: i32 = caps
                .get(3)
                .or_else(|| caps.get(5))
                .and_then(|y| y.as_str().parse().ok())
                .unwrap_or(current_year);
            let day_month_valid = match (caps.get(1), caps.get(2)) {
                (Some(d), Some(m)) => {
                    let (d, m): (u32, u32) = (
                        d.as_str().parse().unwrap_or(0),
                        m.as_str().parse().unwrap_or(0),
                    );
                    (1..=31).contains(&d) && (1..=12).contains(&m)
                }
                _ => true,
            };
            let mut from = whole.start().saturating_sub(NEAR);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let before = &text[from..whole.start()];
            let said_birth = words.is_match(before);
            if day_month_valid && (said_birth || year <= current_year - 12) {
                found.push((whole.start(), whole.end(), ClientDataSign::BirthDate));
            }
        }
    }
    for regex in [POSTCODE_WITH_NUMBER.as_ref(), STREET_WITH_NUMBER.as_ref()]
        .into_iter()
        .flatten()
    {
        for m in regex.find_iter(text) {
            if !found.iter().any(|(s, e, _)| *s < m.end() && m.start() < *e) {
                found.push((m.start(), m.end(), ClientDataSign::Address));
            }
        }
    }
    let mut names = Vec::new();
    if let Some(name) = FULL_NAME.as_ref() {
        for m in name.find_iter(text) {
            // A name that is part of an address ("Lange Leemstraat 4") is not a person.
            let overlaps = found.iter().any(|(s, e, _)| m.start() < *e && *s < m.end());
            let near = found
                .iter()
                .any(|(s, e, _)| m.end() + NEAR >= *s && *e + NEAR >= m.start());
            if near && !overlaps {
                names.push((m.start(), m.end(), ClientDataSign::NameWithData));
            }
        }
    }
    found.extend(names);
    found.sort_by_key(|(start, _, _)| *start);
    found
        .into_iter()
        .map(|(start, end, sign)| Finding {
            sign,
            text: text[start..end].to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signs(text: &str) -> Vec<ClientDataSign> {
        client_data_signs(text, 2026)
            .into_iter()
            .map(|f| f.sign)
            .collect()
    }

    #[test]
    fn all_patterns_compile() {
        for p in [
            &BSN,
            &DATE,
            &BIRTH_WORDS,
            &POSTCODE_WITH_NUMBER,
            &STREET_WITH_NUMBER,
            &FULL_NAME,
        ] {
            assert!(p.is_some());
        }
    }

    #[test]
    fn the_eleven_test() {
        assert!(passes_eleven_test("111222333"));
        assert!(passes_eleven_test("123456782"));
        assert!(!passes_eleven_test("123456789"));
        assert!(!passes_eleven_test("000000000"));
        assert!(!passes_eleven_test("12345678"));
    }

    #[test]
    fn signs_of_client_data_are_found() {
        use ClientDataSign::*;
        let cases: &[(&str, &[ClientDataSign])] = &[
            ("Haar BSN is 123456782, kun je kijken?", &[Bsn]),
            ("bsn 123.456.782 staat in het dossier", &[Bsn]),
            ("Nummer 1234-56-782 klopt", &[Bsn]),
            ("Ze is geboren op 12-03-2015.", &[BirthDate]),
            ("geb. 3 maart 1987", &[BirthDate]),
            ("Meneer (04/11/1950) woont alleen", &[BirthDate]),
            ("Hij woont op 1234 AB 12 sinds kort", &[Address]),
            ("adres: 3512JE, 7", &[Address]),
            ("Ze woont Kerkstraat 12 in het centrum", &[Address]),
            ("Lange Leemstraat 4b", &[Address]),
            ("Meir 12, 2000 Antwerpen", &[Address]),
            (
                "Jan de Vries, geboren 12-03-1980, belde",
                &[NameWithData, BirthDate],
            ),
            (
                "Fatima El Amrani woont op Kerkstraat 12",
                &[NameWithData, Address],
            ),
            ("één — ééé — ëëë — café geboren 3-4-2012", &[BirthDate]),
        ];
        for (text, expected) in cases {
            assert_eq!(signs(text), expected.to_vec(), "{text}");
        }
    }

    #[test]
    fn ordinary_practice_talk_passes() {
        let cases = [
            "We bereikten 123 bewoners in 45 bijeenkomsten.",
            "De bijeenkomst is op 12-03-2026 in het buurthuis.",
            "Een moeder van drie (eind dertig) vertelde over haar schulden.",
            "Het telefoonnummer van het wijkteam is 020-1234567.",
            "Sanne de Wit en Youssef Amrani leiden het leeratelier.",
            "Factuur 123456789 is betaald.",
            "In 2019 startte het project met 25 deelnemers.",
            "Zie hoofdstuk 3 van de Impactladder.",
            // 40 two-byte letters: the look-back for birth words starts inside a letter.
            "éééééééééééééééééééééééééééééééééééééééé 12-03-2026",
        ];
        for text in cases {
            assert_eq!(signs(text), Vec::<ClientDataSign>::new(), "{text}");
        }
    }
}
