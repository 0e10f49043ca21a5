//! The impact report for funders (issue 10), its domain rules: the sections a report has (the
//! skeleton of the reference notes, §9), the three templates that differ in emphasis and order
//! (a municipality, a fund, a Flemish government reporting round), a team's own layout (sections
//! switched off or moved), the kind of basis every figure rests on, and the period a report
//! covers; the stored and posted layout ([`layout_json`]); the composed document both the HTML
//! page and the PDF are drawn from ([`document`]).

pub mod document;
mod layout_json;

pub use layout_json::{SectionInput, layout_from_input, own_text_field};

use crate::FieldErrors;
use crate::impact::import::parse_date;

coded_enum!(
    /// A section of an impact report.
    Section {
        /// The question and its purpose.
        Question => "question",
        /// The theory of change, with its ceiling of accountability.
        Theory => "theory",
        /// What we did and whom we reached (output levels).
        Reach => "reach",
        /// What changed: indicator trends and the panel's stories, with its reasons.
        Changes => "changes",
        /// Unexpected and negative effects.
        Unexpected => "unexpected",
        /// Contribution: the story, the evidence and the alternative explanations checked.
        Contribution => "contribution",
        /// What it is worth (only with a value calculation).
        Value => "value",
        /// What we learned and will change.
        Learning => "learning",
        /// Methods and limitations.
        Methods => "methods",
        /// An atelier report: its stage in Wenger's sequence and how it moved.
        Stage => "stage",
        /// An atelier report: meetings and who came, by background.
        Meetings => "meetings",
        /// An atelier report: what the meetings yielded (insights, decisions, actions).
        Outcomes => "outcomes",
        /// An atelier report: knowledge products made and how they are reused.
        Products => "products",
        /// An atelier report: giving and taking in aggregate.
        Reciprocity => "reciprocity",
    }
);

coded_enum!(
    /// Who a report is written for; each template orders and weighs the sections differently.
    ReportTemplate {
        /// A municipality (Wmo, jeugd): reach and results first, trends as a conversation
        /// starter rather than a reckoning.
        Municipality => "municipality",
        /// A fund: the question, the theory and what was learned up front.
        Fund => "fund",
        /// A Flemish government reporting round: the fixed order of a results report, with
        /// methods before value.
        Flemish => "flemish",
        /// About an atelier itself, for the werkplaats and its funders.
        Werkplaats => "werkplaats",
    }
);

coded_enum!(
    /// How strong the basis of a figure or claim is, shown beside it.
    Basis {
        /// Measured by the team (a count, an observation, an instrument scored by a worker).
        Measured => "measured",
        /// Reported by the people themselves (a client's own score, a story).
        SelfReported => "self_reported",
        /// Estimated by the team (deadweight, attribution, drop-off).
        Estimated => "estimated",
        /// Taken from elsewhere (a financial proxy, a figure from literature).
        Borrowed => "borrowed",
        /// Written down by the team (its plan, its theory of change, an atelier's stage): not
        /// a measurement, but what the team documented.
        Documented => "documented",
    }
);

/// Whether a section is written out in full or kept brief in a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    /// Written out, near the top.
    Full,
    /// A short section.
    Brief,
}

impl ReportTemplate {
    /// The sections of this template in its order, with their emphasis.
    pub fn sections(self) -> Vec<(Section, Emphasis)> {
        use Emphasis::{Brief, Full};
        use Section::*;
        match self {
            ReportTemplate::Municipality => vec![
                (Question, Brief),
                (Reach, Full),
                (Changes, Full),
                (Unexpected, Full),
                (Contribution, Brief),
                (Theory, Brief),
                (Value, Brief),
                (Learning, Full),
                (Methods, Brief),
            ],
            ReportTemplate::Fund => vec![
                (Question, Full),
                (Theory, Full),
                (Changes, Full),
                (Learning, Full),
                (Unexpected, Full),
                (Contribution, Full),
                (Reach, Brief),
                (Value, Brief),
                (Methods, Brief),
            ],
            ReportTemplate::Flemish => vec![
                (Question, Full),
                (Theory, Full),
                (Reach, Full),
                (Changes, Full),
                (Contribution, Full),
                (Unexpected, Brief),
                (Learning, Brief),
                (Methods, Full),
                (Value, Brief),
            ],
            ReportTemplate::Werkplaats => vec![
                (Stage, Brief),
                (Meetings, Full),
                (Outcomes, Full),
                (Products, Full),
                (Reciprocity, Brief),
                (Learning, Full),
                (Methods, Brief),
            ],
        }
    }

    /// How much room `section` gets in this template (full for a section it lacks).
    pub fn emphasis(self, section: Section) -> Emphasis {
        self.sections()
            .into_iter()
            .find(|(s, _)| *s == section)
            .map_or(Emphasis::Full, |(_, e)| e)
    }

    /// The templates of an impact report (the werkplaats template is for atelier reports).
    pub fn for_impact() -> [ReportTemplate; 3] {
        [
            ReportTemplate::Municipality,
            ReportTemplate::Fund,
            ReportTemplate::Flemish,
        ]
    }
}

/// A section as a team laid it out: shown or not, with their own text beside the generated part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionLayout {
    /// The section.
    pub section: Section,
    /// Shown in the report.
    pub shown: bool,
    /// The team's own text.
    pub text: String,
}

/// A report's sections in the team's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout(pub Vec<SectionLayout>);

impl Layout {
    /// The template's sections, all shown, without own text; the value section only when the
    /// plan has a value calculation.
    pub fn of(template: ReportTemplate, has_value: bool) -> Layout {
        Layout(
            template
                .sections()
                .into_iter()
                .filter(|(s, _)| has_value || *s != Section::Value)
                .map(|(section, _)| SectionLayout {
                    section,
                    shown: true,
                    text: String::new(),
                })
                .collect(),
        )
    }

    /// Moves a section one place up (`up`) or down; `false` when it cannot move.
    pub fn shift(&mut self, section: Section, up: bool) -> bool {
        let Some(i) = self.0.iter().position(|s| s.section == section) else {
            return false;
        };
        let j = match (up, i) {
            (true, 0) => return false,
            (true, i) => i - 1,
            (false, i) if i + 1 >= self.0.len() => return false,
            (false, i) => i + 1,
        };
        self.0.swap(i, j);
        true
    }

    /// The sections shown, in order.
    pub fn shown(&self) -> Vec<&SectionLayout> {
        self.0.iter().filter(|s| s.shown).collect()
    }
}

/// The most a team's own text per section may hold.
pub const MAX_OWN_TEXT: usize = 10_000;

/// A report's period as typed.
#[derive(Debug, Clone, Default)]
pub struct PeriodInput {
    /// First day.
    pub from: String,
    /// Last day.
    pub to: String,
}

/// A checked period: both days as `YYYY-MM-DD`, the first not after the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub from: String,
    /// Last day.
    pub to: String,
}

impl PeriodInput {
    /// Checks the period.
    pub fn validate(&self) -> Result<Period, FieldErrors> {
        let mut e = FieldErrors::new();
        let from = parse_date(&self.from);
        let to = parse_date(&self.to);
        if from.is_none() {
            e.add("from", "impact-measurement-date");
        }
        if to.is_none() {
            e.add("to", "impact-measurement-date");
        }
        match (from, to) {
            (Some(from), Some(to)) if from <= to => Ok(Period { from, to }),
            (Some(_), Some(_)) => {
                e.add("to", "report-period-order");
                Err(e)
            }
            _ => Err(e),
        }
    }
}

impl Period {
    /// Whether a `YYYY-MM-DD` date lies in the period.
    pub fn contains(&self, date: &str) -> bool {
        self.from.as_str() <= date && date <= self.to.as_str()
    }
}

/// The basis of a measured value: a client's own score is self-reported, the rest measured.
pub fn basis_of_measurement(perspective: &str) -> Basis {
    if perspective == "client" {
        Basis::SelfReported
    } else {
        Basis::Measured
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
