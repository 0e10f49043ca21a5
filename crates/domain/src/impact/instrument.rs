//! Instruments a team builds to score a scale indicator, of generic, licence-free types:
//! Likert statements with shared anchors, a matrix with a criterion per level and domain (the
//! shape of a self-sufficiency matrix, with the team's own content), a ladder with stages, a
//! web of dimensions scored 0–10, and Goal Attainment Scaling with goals per person and its
//! T-score. A scoring becomes one value of the indicator: the mean or sum of the items, or the
//! T-score.

use super::gas;
use super::indicator::{MAX_TEXT, parse_number};
use crate::FieldErrors;
use crate::validation::{optional_text, required_text};

/// The most levels an item may have.
pub const MAX_LEVELS: i64 = 11;
/// The most items or goals an instrument may have.
pub const MAX_ITEMS: usize = 40;

coded_enum!(
    /// The shape of an instrument.
    InstrumentKind {
        /// Statements scored on shared anchors (agree … disagree).
        Likert => "likert",
        /// Domains, each with its own criterion per level.
        Matrix => "matrix",
        /// One or more ladders, each level a named stage.
        Ladder => "ladder",
        /// Dimensions scored 0–10, drawn as a web.
        Web => "web",
        /// Goal Attainment Scaling: the person's own goals scored −2…+2.
        Gas => "gas",
    }
);

coded_enum!(
    /// How item scores become the indicator's value.
    Scoring {
        /// Their average.
        Mean => "mean",
        /// Their total.
        Sum => "sum",
    }
);

/// An instrument as typed.
#[derive(Debug, Clone, Default)]
pub struct InstrumentInput {
    /// Kind code.
    pub kind: String,
    /// Lowest level.
    pub level_min: String,
    /// Highest level.
    pub level_max: String,
    /// Scoring code.
    pub scoring: String,
    /// Likert anchors, one per line.
    pub anchors: String,
    /// Instructions for who scores.
    pub instructions: String,
}

/// A checked instrument.
#[derive(Debug, Clone, PartialEq)]
pub struct InstrumentSpec {
    /// Kind.
    pub kind: InstrumentKind,
    /// Lowest level.
    pub level_min: i64,
    /// Highest level.
    pub level_max: i64,
    /// Scoring.
    pub scoring: Scoring,
    /// Likert anchors.
    pub anchors: Vec<String>,
    /// Instructions.
    pub instructions: String,
}

/// The non-empty lines of a text, trimmed.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

impl InstrumentInput {
    /// Checks the instrument against its indicator's scale (`scale`: its minimum and maximum):
    /// levels are whole numbers, at most [`MAX_LEVELS`]; a Likert scale names every level; a
    /// mean of the items must fit the indicator's scale. GAS is always −2…+2 and a web 0–10.
    pub fn validate(
        &self,
        scale: (Option<f64>, Option<f64>),
    ) -> Result<InstrumentSpec, FieldErrors> {
        let mut e = FieldErrors::new();
        let kind = InstrumentKind::from_code(&self.kind);
        if kind.is_none() {
            e.add("kind", "impact-error-choose");
        }
        let instructions = optional_text(&mut e, "instructions", &self.instructions, MAX_TEXT);
        let anchors = lines(&self.anchors);
        let (mut level_min, mut level_max) = (
            self.level_min.trim().parse::<i64>().ok(),
            self.level_max.trim().parse::<i64>().ok(),
        );
        let mut scoring = Scoring::from_code(&self.scoring);
        match kind {
            Some(InstrumentKind::Gas) => {
                (level_min, level_max, scoring) = (Some(-2), Some(2), Some(Scoring::Mean));
            }
            Some(InstrumentKind::Web) => {
                (level_min, level_max) = (Some(0), Some(10));
            }
            _ => {}
        }
        if scoring.is_none() {
            e.add("scoring", "impact-error-choose");
        }
        match (level_min, level_max) {
            (None, _) => e.add("level_min", "impact-instrument-level"),
            (_, None) => e.add("level_max", "impact-instrument-level"),
            (Some(lo), Some(hi)) if hi <= lo || hi - lo + 1 > MAX_LEVELS => {
                e.add("level_max", "impact-instrument-levels")
            }
            (Some(lo), Some(hi)) => {
                if kind == Some(InstrumentKind::Likert) && anchors.len() as i64 != hi - lo + 1 {
                    e.add("anchors", "impact-instrument-anchors");
                }
                let fits = scale.0.is_none_or(|m| m <= lo as f64)
                    && scale.1.is_none_or(|m| m >= hi as f64);
                if scoring == Some(Scoring::Mean) && kind != Some(InstrumentKind::Gas) && !fits {
                    e.add("level_max", "impact-instrument-range");
                }
            }
        }
        match (kind, level_min, level_max, scoring) {
            (Some(kind), Some(level_min), Some(level_max), Some(scoring)) if e.is_empty() => {
                Ok(InstrumentSpec {
                    kind,
                    level_min,
                    level_max,
                    scoring,
                    anchors,
                    instructions,
                })
            }
            _ => Err(e),
        }
    }
}

impl InstrumentSpec {
    /// How many levels an item has.
    pub fn levels(&self) -> usize {
        (self.level_max - self.level_min + 1) as usize
    }

    /// Checks a new item (its label and criteria, one per level, lowest first): a matrix and
    /// a ladder name every level; other kinds may, but then every level.
    pub fn item(
        &self,
        label: &str,
        criteria: &str,
        count: usize,
    ) -> Result<(String, Vec<String>), FieldErrors> {
        let mut e = FieldErrors::new();
        let label = required_text(&mut e, "label", label, 300);
        let criteria = lines(criteria);
        let needed = matches!(self.kind, InstrumentKind::Matrix | InstrumentKind::Ladder);
        if self.kind == InstrumentKind::Gas {
            e.add("label", "impact-instrument-gas-items");
        } else if count >= MAX_ITEMS {
            e.add_with_limit("label", "impact-instrument-too-many", MAX_ITEMS);
        } else if (needed || !criteria.is_empty()) && criteria.len() != self.levels() {
            e.add_with_limit("criteria", "impact-instrument-criteria", self.levels());
        }
        e.into_result((label, criteria))
    }

    /// Reads one item's chosen level.
    pub fn level(&self, text: &str) -> Option<f64> {
        text.trim()
            .parse::<i64>()
            .ok()
            .filter(|l| (self.level_min..=self.level_max).contains(l))
            .map(|l| l as f64)
    }

    /// The indicator's value of a scoring: the mean (to two decimals) or the sum of the item
    /// levels, or for GAS the T-score (to one decimal) of (weight, level) pairs.
    pub fn total(&self, scores: &[(f64, f64)]) -> Option<f64> {
        if scores.is_empty() {
            return None;
        }
        let round = |x: f64, places: i32| {
            let f = 10f64.powi(places);
            (x * f).round() / f
        };
        match (self.kind, self.scoring) {
            (InstrumentKind::Gas, _) => gas::t_score(scores).map(|t| round(t, 1)),
            (_, Scoring::Sum) => Some(scores.iter().map(|(_, s)| s).sum()),
            (_, Scoring::Mean) => Some(round(
                scores.iter().map(|(_, s)| s).sum::<f64>() / scores.len() as f64,
                2,
            )),
        }
    }
}

/// A GAS goal as typed.
#[derive(Debug, Clone, Default)]
pub struct GoalInput {
    /// The goal in the person's words.
    pub goal: String,
    /// Weight (default 1).
    pub weight: String,
    /// The expected outcome (level 0).
    pub expected: String,
}

impl GoalInput {
    /// Checks a goal: its words, a weight from 0.1 to 10 and the expected outcome.
    pub fn validate(&self, count: usize) -> Result<(String, f64, String), FieldErrors> {
        let mut e = FieldErrors::new();
        let goal = required_text(&mut e, "goal", &self.goal, 300);
        let expected = required_text(&mut e, "expected", &self.expected, 500);
        let weight = if self.weight.trim().is_empty() {
            Some(1.0)
        } else {
            parse_number(&self.weight).filter(|w| (0.1..=10.0).contains(w))
        };
        if weight.is_none() {
            e.add("weight", "impact-instrument-weight");
        }
        if count >= 8 {
            e.add_with_limit("goal", "impact-instrument-too-many", 8);
        }
        e.into_result((goal, weight.unwrap_or(1.0), expected))
    }
}

#[cfg(test)]
#[path = "instrument_tests.rs"]
mod tests;
