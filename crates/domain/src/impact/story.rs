//! Stories and Most Significant Change rounds: a story has the teller's role (never a name), a
//! date, a domain of change, the text and why it matters, the teller's consent, and links to
//! boxes of the theory or a mark as unexpected. A round names its domains and period; a
//! selection panel picks the most significant story per domain and records why.

use super::import::parse_date;
use crate::validation::{FieldErrors, optional_text, required_text};

/// Longest story text.
pub const MAX_BODY: usize = 10_000;
/// Longest short text (title, role, domain).
pub const MAX_SHORT: usize = 160;
/// Most domains in a round.
pub const MAX_DOMAINS: usize = 8;

/// A story as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryInput {
    /// The teller's role (e.g. "bewoner", "begeleider").
    pub teller_role: String,
    /// Date told.
    pub told_on: String,
    /// Domain of change (one of the round's, when in a round).
    pub domain: String,
    /// Title.
    pub title: String,
    /// The story.
    pub body: String,
    /// Why it is significant to the teller.
    pub why_significant: String,
    /// The teller agreed to its use.
    pub consent: bool,
    /// Theory box keys it is about.
    pub nodes: Vec<String>,
    /// About a change nobody expected.
    pub unexpected: bool,
}

/// A checked story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorySpec {
    /// Role.
    pub teller_role: String,
    /// `YYYY-MM-DD`.
    pub told_on: String,
    /// Domain.
    pub domain: String,
    /// Title.
    pub title: String,
    /// Text.
    pub body: String,
    /// Why significant.
    pub why_significant: String,
    /// Box keys.
    pub nodes: Vec<u32>,
    /// Unexpected.
    pub unexpected: bool,
}

impl StoryInput {
    /// The story, or the problems; `domains` are the round's (empty: any), `nodes` the boxes.
    pub fn validate(&self, domains: &[String], nodes: &[u32]) -> Result<StorySpec, FieldErrors> {
        let mut e = FieldErrors::new();
        let teller_role = required_text(&mut e, "teller_role", &self.teller_role, MAX_SHORT);
        let told_on = parse_date(&self.told_on).unwrap_or_default();
        if told_on.is_empty() {
            e.add("told_on", "impact-story-date");
        }
        let domain = optional_text(&mut e, "domain", &self.domain, MAX_SHORT);
        if !domains.is_empty() && !domains.contains(&domain) {
            e.add("domain", "impact-error-choose");
        }
        let title = required_text(&mut e, "title", &self.title, MAX_SHORT);
        let body = required_text(&mut e, "body", &self.body, MAX_BODY);
        let why_significant =
            optional_text(&mut e, "why_significant", &self.why_significant, MAX_BODY);
        if !self.consent {
            e.add("consent", "impact-story-consent");
        }
        let mut keys: Vec<u32> = self
            .nodes
            .iter()
            .filter_map(|k| k.parse().ok())
            .filter(|k| nodes.contains(k))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.is_empty() && !self.unexpected {
            e.add("nodes", "impact-story-nodes");
        }
        e.into_result(StorySpec {
            teller_role,
            told_on,
            domain,
            title,
            body,
            why_significant,
            nodes: keys,
            unexpected: self.unexpected,
        })
    }
}

/// A round as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoundInput {
    /// Title.
    pub title: String,
    /// Reporting period, in words.
    pub period: String,
    /// Domains, one per line.
    pub domains: String,
    /// Who sits on the selection panel (roles).
    pub panel: String,
}

/// A checked round: title, period, domains, panel.
pub type RoundSpec = (String, String, Vec<String>, String);

impl RoundInput {
    /// The round, or the problems.
    pub fn validate(&self) -> Result<RoundSpec, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = required_text(&mut e, "title", &self.title, MAX_SHORT);
        let period = optional_text(&mut e, "period", &self.period, MAX_SHORT);
        let mut domains: Vec<String> = Vec::new();
        for d in self
            .domains
            .lines()
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            if !domains.iter().any(|x| x == d) {
                domains.push(d.to_owned());
            }
        }
        if domains.is_empty()
            || domains.len() > MAX_DOMAINS
            || domains.iter().any(|d| d.chars().count() > MAX_SHORT)
        {
            e.add_with_limit("domains", "impact-round-domains", MAX_DOMAINS);
        }
        let panel = optional_text(&mut e, "panel", &self.panel, MAX_SHORT * 2);
        e.into_result((title, period, domains, panel))
    }
}

/// The domains of a stored round (one per line).
pub fn domains_of(stored: &str) -> Vec<String> {
    stored
        .lines()
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story() -> StoryInput {
        StoryInput {
            teller_role: "bewoner".into(),
            told_on: "12-3-2026".into(),
            domain: "Wonen".into(),
            title: "Weer een eigen sleutel".into(),
            body: "Sinds de zomer woon ik zelfstandig.".into(),
            consent: true,
            nodes: vec!["2".into(), "2".into(), "9".into()],
            ..StoryInput::default()
        }
    }

    #[test]
    fn a_story_needs_consent_a_domain_of_the_round_and_a_box_or_unexpected() {
        let domains = vec!["Wonen".to_string(), "Meedoen".to_string()];
        let ok = story().validate(&domains, &[1, 2]).unwrap();
        assert_eq!(ok.nodes, vec![2]);
        assert_eq!(ok.told_on, "2026-03-12");
        let mut bad = story();
        bad.consent = false;
        bad.domain = "Geld".into();
        bad.nodes.clear();
        let e = bad.validate(&domains, &[1, 2]).unwrap_err();
        for field in ["consent", "domain", "nodes"] {
            assert!(e.for_field(field).is_some(), "{field}");
        }
        bad.unexpected = true;
        bad.consent = true;
        bad.domain = "Meedoen".into();
        assert!(bad.validate(&domains, &[1, 2]).is_ok());
    }

    #[test]
    fn a_round_has_one_to_eight_distinct_domains() {
        let round = RoundInput {
            title: "Ronde 2026".into(),
            domains: "Wonen\n\nMeedoen\nWonen\n".into(),
            ..RoundInput::default()
        };
        assert_eq!(round.validate().unwrap().2, vec!["Wonen", "Meedoen"]);
        let empty = RoundInput {
            title: "x".into(),
            ..RoundInput::default()
        };
        assert!(empty.validate().unwrap_err().for_field("domains").is_some());
    }
}
