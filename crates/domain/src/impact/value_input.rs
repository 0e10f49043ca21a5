//! The forms of a value calculation: the investment and discount rate, and one valued outcome
//! with its estimates typed as percentages (Dutch or English number format), each checked to
//! its range so the calculation never runs on an impossible number.

use super::indicator::parse_number;
use super::value::{Settings, ValuedOutcome};
use crate::FieldErrors;
use crate::validation::{optional_text, required_text};

/// The longest duration in years a team may claim.
pub const MAX_YEARS: u32 = 10;

/// The settings as typed.
#[derive(Debug, Clone, Default)]
pub struct SettingsInput {
    /// Euros.
    pub investment: String,
    /// Percent a year.
    pub discount_rate: String,
    /// What the investment consists of.
    pub note: String,
    /// Typed by an English reader (`20,000` is twenty thousand).
    pub english: bool,
}

/// One valued outcome as typed.
#[derive(Debug, Clone, Default)]
pub struct OutcomeValueInput {
    /// What changed, for whom.
    pub name: String,
    /// Number of people or units.
    pub quantity: String,
    /// Euros per unit per year.
    pub proxy: String,
    /// Where the proxy comes from.
    pub proxy_source: String,
    /// Percent.
    pub deadweight: String,
    /// Percent.
    pub displacement: String,
    /// Percent.
    pub attribution: String,
    /// Percent.
    pub drop_off: String,
    /// Years.
    pub duration: String,
    /// How the estimates were made.
    pub basis: String,
    /// Typed by an English reader (`20,000` is twenty thousand).
    pub english: bool,
}

/// A checked valued outcome with its words.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeValueSpec {
    /// What changed, for whom.
    pub name: String,
    /// The numbers.
    pub outcome: ValuedOutcome,
    /// Where the proxy comes from.
    pub proxy_source: String,
    /// How the estimates were made.
    pub basis: String,
}

/// An amount as people type it: a leading `€` is dropped, and separators that group thousands
/// are read as the reader's language writes them: `20.000` in Dutch, `20,000` in English (each
/// group after the first exactly three digits, no decimal separator of the other kind).
pub fn parse_amount(text: &str, english: bool) -> Option<f64> {
    let t = text.trim().trim_start_matches('€').trim();
    let (group, decimal) = if english { (',', '.') } else { ('.', ',') };
    let groups: Vec<&str> = t.split(group).collect();
    let thousands = groups.len() > 1
        && !t.contains(decimal)
        && (1..=3).contains(&groups[0].len())
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3);
    if thousands {
        parse_number(&t.replace(group, ""))
    } else {
        parse_number(t)
    }
}

/// A number of at least 0 (and at most `max` when given), or an error on the field.
fn number(
    e: &mut FieldErrors,
    (field, text): (&'static str, &str),
    max: Option<f64>,
    english: bool,
) -> Option<f64> {
    match parse_amount(text, english) {
        None if text.trim().is_empty() => {
            e.add(field, "error-required");
            None
        }
        None => {
            e.add(field, "impact-value-not-number");
            None
        }
        Some(n) if n < 0.0 || max.is_some_and(|m| n > m) => {
            e.add(
                field,
                if max == Some(100.0) {
                    "impact-value-percent"
                } else {
                    "impact-value-negative"
                },
            );
            None
        }
        Some(n) => Some(n),
    }
}

impl SettingsInput {
    /// Checks the settings: an investment above 0, a discount rate of 0–100%.
    pub fn validate(&self) -> Result<(Settings, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let investment = number(&mut e, ("investment", &self.investment), None, self.english);
        if investment == Some(0.0) {
            e.add("investment", "impact-value-investment");
        }
        let rate = number(
            &mut e,
            ("discount_rate", &self.discount_rate),
            Some(100.0),
            self.english,
        );
        let note = optional_text(&mut e, "note", &self.note, 2000);
        match (investment, rate) {
            (Some(investment), Some(rate)) if e.is_empty() => Ok((
                Settings {
                    investment,
                    discount_rate: rate / 100.0,
                },
                note,
            )),
            _ => Err(e),
        }
    }
}

impl OutcomeValueInput {
    /// Checks a valued outcome: shares of 0–100%, a duration of 1 to [`MAX_YEARS`] years, a
    /// source for every money value above 0, and the basis of the estimates.
    pub fn validate(&self) -> Result<OutcomeValueSpec, FieldErrors> {
        let mut e = FieldErrors::new();
        let name = required_text(&mut e, "name", &self.name, 300);
        let quantity = number(&mut e, ("quantity", &self.quantity), None, self.english);
        let proxy = number(&mut e, ("proxy", &self.proxy), None, self.english);
        let proxy_source = optional_text(&mut e, "proxy_source", &self.proxy_source, 500);
        if proxy.is_some_and(|p| p > 0.0) && proxy_source.is_empty() {
            e.add("proxy_source", "impact-value-source");
        }
        let english = self.english;
        let pct = |e: &mut FieldErrors, field, text: &str| {
            number(e, (field, text), Some(100.0), english).map(|n| n / 100.0)
        };
        let deadweight = pct(&mut e, "deadweight", &self.deadweight);
        let displacement = pct(&mut e, "displacement", &self.displacement);
        let attribution = pct(&mut e, "attribution", &self.attribution);
        let drop_off = pct(&mut e, "drop_off", &self.drop_off);
        let duration = match self.duration.trim().parse::<u32>() {
            Ok(d) if (1..=MAX_YEARS).contains(&d) => Some(d),
            _ => {
                e.add("duration", "impact-value-duration");
                None
            }
        };
        let basis = required_text(&mut e, "basis", &self.basis, 2000);
        match (
            quantity,
            proxy,
            deadweight,
            displacement,
            attribution,
            drop_off,
            duration,
        ) {
            (Some(q), Some(p), Some(dw), Some(dp), Some(at), Some(dr), Some(d)) if e.is_empty() => {
                Ok(OutcomeValueSpec {
                    name,
                    outcome: ValuedOutcome {
                        quantity: q,
                        proxy: p,
                        deadweight: dw,
                        displacement: dp,
                        attribution: at,
                        drop_off: dr,
                        duration: d,
                    },
                    proxy_source,
                    basis,
                })
            }
            _ => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> OutcomeValueInput {
        OutcomeValueInput {
            name: "Huurders behouden hun woning".into(),
            quantity: "20".into(),
            proxy: "1.000,00".into(),
            proxy_source: "Kosten van een ontruiming, gemeente 2025".into(),
            deadweight: "25".into(),
            displacement: "0".into(),
            attribution: "20".into(),
            drop_off: "30".into(),
            duration: "3".into(),
            basis: "Vergelijking met de wachtlijst".into(),
            english: false,
        }
    }

    #[test]
    fn percentages_become_shares_and_dutch_numbers_are_read() {
        let spec = example().validate().unwrap();
        assert_eq!(spec.outcome.proxy, 1000.0);
        assert_eq!(spec.outcome.deadweight, 0.25);
        assert_eq!(spec.outcome.attribution, 0.2);
        assert_eq!(spec.outcome.duration, 3);
    }

    #[test]
    fn amounts_with_thousands_separators_and_a_euro_sign_are_read() {
        assert_eq!(parse_amount("20.000", false), Some(20_000.0));
        assert_eq!(parse_amount("€ 1.250.000", false), Some(1_250_000.0));
        assert_eq!(parse_amount("20.000,50", false), Some(20_000.5));
        assert_eq!(parse_amount("3,5", false), Some(3.5));
        assert_eq!(parse_amount("1000", false), Some(1000.0));
        assert_eq!(parse_amount("twintig", false), None);
        // An English reader groups with commas and writes a decimal point.
        assert_eq!(parse_amount("20,000", true), Some(20_000.0));
        assert_eq!(parse_amount("€1,250,000.50", true), Some(1_250_000.5));
        assert_eq!(parse_amount("3.5", true), Some(3.5));
        assert_eq!(parse_amount("20.000", true), Some(20.0));
    }

    #[test]
    fn every_bad_estimate_is_named() {
        let input = OutcomeValueInput {
            name: String::new(),
            quantity: "twintig".into(),
            proxy: "-5".into(),
            deadweight: "125".into(),
            duration: "0".into(),
            proxy_source: String::new(),
            ..example()
        };
        let e = input.validate().unwrap_err();
        for (field, key) in [
            ("name", "error-required"),
            ("quantity", "impact-value-not-number"),
            ("proxy", "impact-value-negative"),
            ("deadweight", "impact-value-percent"),
            ("duration", "impact-value-duration"),
        ] {
            assert_eq!(e.for_field(field).map(|f| f.key), Some(key), "{field}");
        }
    }

    #[test]
    fn a_money_value_needs_its_source() {
        let input = OutcomeValueInput {
            proxy_source: String::new(),
            ..example()
        };
        let e = input.validate().unwrap_err();
        assert_eq!(
            e.for_field("proxy_source").map(|f| f.key),
            Some("impact-value-source")
        );
        let words_only = OutcomeValueInput {
            proxy: "0".into(),
            proxy_source: String::new(),
            ..example()
        };
        assert!(words_only.validate().is_ok());
    }

    #[test]
    fn settings_need_an_investment_and_a_rate() {
        let ok = SettingsInput {
            investment: "20000".into(),
            discount_rate: "3,5".into(),
            note: String::new(),
            english: false,
        };
        let (s, _) = ok.validate().unwrap();
        assert_eq!(s.discount_rate, 0.035);
        let bad = SettingsInput {
            investment: "0".into(),
            discount_rate: String::new(),
            note: String::new(),
            english: false,
        };
        let e = bad.validate().unwrap_err();
        assert_eq!(
            e.for_field("investment").map(|f| f.key),
            Some("impact-value-investment")
        );
        assert_eq!(
            e.for_field("discount_rate").map(|f| f.key),
            Some("error-required")
        );
    }
}
