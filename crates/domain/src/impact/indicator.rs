//! Indicators and what a measurement of one may hold: the kinds, aggregation rules, timepoints,
//! perspectives and consent purposes as stable codes, the indicator form, and the check of one
//! value against its indicator (used by entry one by one and by the import alike).

use crate::validation::{FieldErrors, optional_text, required_text};

/// Longest indicator name.
pub const MAX_NAME: usize = 160;
/// Longest code.
pub const MAX_CODE: usize = 20;
/// Longest free text of an indicator.
pub const MAX_TEXT: usize = 2000;

coded_enum!(
    /// What an indicator counts or scores.
    IndicatorKind {
        /// A number of people, times or things.
        Count => "count",
        /// A share from 0 to 100.
        Percentage => "percentage",
        /// A score on a scale or instrument from its minimum to its maximum (a matrix level,
        /// a ladder stage, a 0–10 web dimension, a goal-attainment score).
        Scale => "scale",
        /// An answer in words; counted, never averaged.
        Qualitative => "qualitative",
    }
);

coded_enum!(
    /// How values of many subjects or moments become one figure.
    Aggregation {
        /// Added up.
        Sum => "sum",
        /// The average.
        Mean => "mean",
        /// The most recent value per subject, averaged.
        Latest => "latest",
        /// Added up over all timepoints so far.
        Cumulative => "cumulative",
        /// The share of subjects that reach the target (numerator over denominator).
        Ratio => "ratio",
    }
);

coded_enum!(
    /// When in a trajectory a measurement is taken.
    Timepoint {
        /// At the start.
        Baseline => "baseline",
        /// Along the way.
        Interim => "interim",
        /// At the end.
        End => "end",
        /// Some time after the end.
        FollowUp => "follow_up",
    }
);

impl Timepoint {
    /// Also accepts the Dutch words a team types in a spreadsheet.
    pub fn parse(text: &str) -> Option<Timepoint> {
        let t = text.trim().to_lowercase();
        Timepoint::from_code(&t).or(match t.as_str() {
            "nulmeting" | "begin" | "start" => Some(Timepoint::Baseline),
            "tussenmeting" | "tussen" => Some(Timepoint::Interim),
            "eindmeting" | "eind" | "einde" => Some(Timepoint::End),
            "follow-up" | "followup" | "nameting" => Some(Timepoint::FollowUp),
            _ => None,
        })
    }
}

coded_enum!(
    /// Whose view a score is: the client's own or the worker's (both may be recorded; a
    /// difference is shown, never averaged away).
    Perspective {
        /// One score, no perspective recorded.
        Single => "",
        /// The client's own score.
        Client => "client",
        /// The worker's score.
        Worker => "worker",
    }
);

impl Perspective {
    /// Also accepts the Dutch words.
    pub fn parse(text: &str) -> Option<Perspective> {
        let t = text.trim().to_lowercase();
        Perspective::from_code(&t).or(match t.as_str() {
            "cliënt" | "deelnemer" | "bewoner" => Some(Perspective::Client),
            "werker" | "begeleider" | "professional" | "medewerker" => Some(Perspective::Worker),
            _ => None,
        })
    }
}

coded_enum!(
    /// What a subject's data may be used for; consent is recorded per purpose.
    Purpose {
        /// The team's own evaluation (needed before any measurement is recorded).
        Evaluation => "evaluation",
        /// Aggregates in a report to a funder.
        Report => "report",
        /// Aggregates shared with the atelier.
        Sharing => "sharing",
    }
);

/// The rules a value of an indicator must meet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValueRule {
    /// The kind.
    pub kind: IndicatorKind,
    /// Lowest allowed (scales).
    pub min: Option<f64>,
    /// Highest allowed (scales).
    pub max: Option<f64>,
}

/// Why a value was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueProblem {
    /// Empty where a value is needed.
    Missing,
    /// Not a number.
    NotANumber,
    /// Below the minimum or above the maximum.
    OutOfRange,
    /// A count that is negative or not whole.
    NotACount,
}

impl ValueProblem {
    /// Message id.
    pub fn key(self) -> &'static str {
        match self {
            ValueProblem::Missing => "impact-value-missing",
            ValueProblem::NotANumber => "impact-value-not-number",
            ValueProblem::OutOfRange => "impact-value-out-of-range",
            ValueProblem::NotACount => "impact-value-not-count",
        }
    }
}

/// A checked value: a number, or the words of a qualitative answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number.
    Number(f64),
    /// Words.
    Answer(String),
}

/// Reads a number as typed in the Netherlands or elsewhere: `3,5`, `3.5`, `1.250,5`.
pub fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().replace(' ', "");
    if t.is_empty() {
        return None;
    }
    let normalised = match (t.rfind(','), t.rfind('.')) {
        (Some(c), Some(d)) if c > d => t.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => t.replace(',', ""),
        (Some(_), None) => t.replace(',', "."),
        _ => t,
    };
    normalised.parse::<f64>().ok().filter(|n| n.is_finite())
}

impl ValueRule {
    /// Checks one typed value.
    pub fn check(&self, text: &str) -> Result<Value, ValueProblem> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ValueProblem::Missing);
        }
        if self.kind == IndicatorKind::Qualitative {
            return Ok(Value::Answer(text.to_owned()));
        }
        let n = parse_number(text).ok_or(ValueProblem::NotANumber)?;
        let (min, max) = match self.kind {
            IndicatorKind::Percentage => (Some(0.0), Some(100.0)),
            _ => (self.min, self.max),
        };
        if self.kind == IndicatorKind::Count && (n < 0.0 || n.fract() != 0.0) {
            return Err(ValueProblem::NotACount);
        }
        if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
            return Err(ValueProblem::OutOfRange);
        }
        Ok(Value::Number(n))
    }
}

/// An indicator as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndicatorInput {
    /// The theory box it measures (key as text).
    pub node: String,
    /// Short code for imports.
    pub code: String,
    /// Name.
    pub name: String,
    /// What exactly is counted or scored.
    pub definition: String,
    /// For whom.
    pub population: String,
    /// Unit.
    pub unit: String,
    /// Kind code.
    pub kind: String,
    /// Scale minimum.
    pub min: String,
    /// Scale maximum.
    pub max: String,
    /// Target or threshold.
    pub target: String,
    /// Lower is better (e.g. debts, evictions).
    pub lower_is_better: bool,
    /// Value before the work started.
    pub baseline: String,
    /// Months between measurements (empty: no schedule).
    pub frequency: String,
    /// Aggregation code.
    pub aggregation: String,
    /// Breakdown dimensions, comma-separated.
    pub dimensions: String,
}

/// A checked indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorSpec {
    /// Box key.
    pub node: u32,
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Definition.
    pub definition: String,
    /// Population.
    pub population: String,
    /// Unit.
    pub unit: String,
    /// The value rules.
    pub rule: ValueRule,
    /// Target.
    pub target: Option<f64>,
    /// Higher values are better.
    pub higher_is_better: bool,
    /// Baseline.
    pub baseline: Option<f64>,
    /// Months between measurements; 0: none.
    pub frequency_months: i64,
    /// Aggregation.
    pub aggregation: Aggregation,
    /// Breakdown dimensions.
    pub dimensions: Vec<String>,
}

fn optional_number(e: &mut FieldErrors, field: &'static str, text: &str) -> Option<f64> {
    if text.trim().is_empty() {
        return None;
    }
    let n = parse_number(text);
    if n.is_none() {
        e.add(field, "impact-value-not-number");
    }
    n
}

impl IndicatorInput {
    /// The indicator, or the problems; `nodes` are the keys of the theory's boxes.
    pub fn validate(&self, nodes: &[u32]) -> Result<IndicatorSpec, FieldErrors> {
        let mut e = FieldErrors::new();
        let node = self
            .node
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| nodes.contains(n));
        if node.is_none() {
            e.add("node", "impact-indicator-node");
        }
        let code = required_text(&mut e, "code", &self.code, MAX_CODE).to_uppercase();
        if !code.is_empty() && !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            e.add("code", "impact-indicator-code");
        }
        let name = required_text(&mut e, "name", &self.name, MAX_NAME);
        let definition = required_text(&mut e, "definition", &self.definition, MAX_TEXT);
        let population = optional_text(&mut e, "population", &self.population, MAX_TEXT);
        let unit = optional_text(&mut e, "unit", &self.unit, MAX_NAME);
        let kind = IndicatorKind::from_code(&self.kind);
        if kind.is_none() {
            e.add("kind", "impact-error-choose");
        }
        let min = optional_number(&mut e, "min", &self.min);
        let max = optional_number(&mut e, "max", &self.max);
        if kind == Some(IndicatorKind::Scale) && (min.is_none() || max.is_none()) {
            e.add("max", "impact-indicator-scale");
        }
        if let (Some(lo), Some(hi)) = (min, max)
            && lo >= hi
        {
            e.add("max", "impact-indicator-scale");
        }
        let target = optional_number(&mut e, "target", &self.target);
        let baseline = optional_number(&mut e, "baseline", &self.baseline);
        let frequency_months = match self.frequency.trim() {
            "" => 0,
            f => match f.parse::<i64>() {
                Ok(n) if (1..=60).contains(&n) => n,
                _ => {
                    e.add("frequency", "impact-indicator-frequency");
                    0
                }
            },
        };
        let aggregation = Aggregation::from_code(&self.aggregation);
        if aggregation.is_none() {
            e.add("aggregation", "impact-error-choose");
        }
        if kind == Some(IndicatorKind::Qualitative)
            && aggregation.is_some_and(|a| a != Aggregation::Sum)
        {
            // Words can be counted, not averaged.
            e.add("aggregation", "impact-indicator-qualitative");
        }
        if aggregation == Some(Aggregation::Ratio) && target.is_none() {
            e.add("target", "impact-indicator-ratio-target");
        }
        let dimensions: Vec<String> = self
            .dimensions
            .split(',')
            .map(|d| d.trim().to_lowercase())
            .filter(|d| !d.is_empty())
            .collect();
        if dimensions.len() > 5
            || dimensions
                .iter()
                .any(|d| d.chars().count() > 40 || d.contains('='))
        {
            e.add("dimensions", "impact-indicator-dimensions");
        }
        let (Some(node), Some(kind), Some(aggregation)) = (node, kind, aggregation) else {
            return Err(e);
        };
        e.into_result(IndicatorSpec {
            node,
            code,
            name,
            definition,
            population,
            unit,
            rule: ValueRule { kind, min, max },
            target,
            higher_is_better: !self.lower_is_better,
            baseline,
            frequency_months,
            aggregation,
            dimensions,
        })
    }
}

#[cfg(test)]
#[path = "indicator_tests.rs"]
mod tests;
