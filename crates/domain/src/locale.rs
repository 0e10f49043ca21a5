//! The interface languages: Dutch first, English second.

use serde::{Deserialize, Serialize};

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Locale {
    /// Every supported language, Dutch first.
    pub const ALL: [Locale; 2] = [Locale::Nl, Locale::En];

    /// The language code used in URLs, cookies, the database and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
        }
    }

    /// Parses a language code; a region (`nl-BE`, `en-GB`) is accepted and ignored.
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Locale::Nl),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// Picks the best supported language from an `Accept-Language` header, by quality.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut best: Option<(Locale, f32)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(locale) = Locale::from_code(tag)
                && quality > 0.0
                && best.is_none_or(|(_, q)| quality > q)
            {
                best = Some((locale, quality));
            }
        }
        best.map(|(locale, _)| locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_regions_are_ignored() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
        }
        assert_eq!(Locale::from_code("nl-BE"), Some(Locale::Nl));
        assert_eq!(Locale::from_code("EN_gb"), Some(Locale::En));
        assert_eq!(Locale::from_code("de"), None);
    }

    #[test]
    fn accept_language_follows_quality() {
        let cases = [
            ("en-GB,en;q=0.9,nl;q=0.8", Some(Locale::En)),
            ("de-DE,nl;q=0.5,en;q=0.4", Some(Locale::Nl)),
            ("fr,de", None),
            ("en;q=0, nl;q=0.1", Some(Locale::Nl)),
            ("", None),
        ];
        for (header, expected) in cases {
            assert_eq!(Locale::from_accept_language(header), expected, "{header}");
        }
    }
}
