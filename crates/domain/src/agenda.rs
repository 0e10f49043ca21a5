//! Agenda-setting together: members propose topics for their atelier and support them; a
//! facilitator schedules a topic or closes it with a reason.

use crate::validation::{self, FieldErrors};
use serde::Deserialize;

/// Where a topic stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopicStatus {
    /// Proposed; members may support it.
    Proposed,
    /// Put on the agenda.
    Scheduled,
    /// Closed with a reason.
    Closed,
}

impl TopicStatus {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            TopicStatus::Proposed => "proposed",
            TopicStatus::Scheduled => "scheduled",
            TopicStatus::Closed => "closed",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<TopicStatus> {
        [
            TopicStatus::Proposed,
            TopicStatus::Scheduled,
            TopicStatus::Closed,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// Longest topic title.
pub const MAX_TITLE_CHARS: usize = 150;
/// Longest topic description or decision note.
pub const MAX_NOTE_CHARS: usize = 2000;

/// What the proposal form submits.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TopicInput {
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Why this topic (optional).
    #[serde(default)]
    pub description: String,
}

impl TopicInput {
    /// The trimmed title and description, or the problems.
    pub fn validate(&self) -> Result<(String, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = validation::required_text(&mut errors, "title", &self.title, MAX_TITLE_CHARS);
        let description = validation::optional_text(
            &mut errors,
            "description",
            &self.description,
            MAX_NOTE_CHARS,
        );
        errors.into_result((title, description))
    }
}

/// What the facilitator's decision form submits.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TopicDecisionInput {
    /// `scheduled` or `closed`.
    #[serde(default)]
    pub status: String,
    /// When it is scheduled (optional), or why it is closed (required).
    #[serde(default)]
    pub note: String,
}

impl TopicDecisionInput {
    /// The decision, or the problems. Closing needs a reason: members deserve to know why.
    pub fn validate(&self) -> Result<(TopicStatus, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let status = match TopicStatus::from_code(&self.status) {
            Some(s @ (TopicStatus::Scheduled | TopicStatus::Closed)) => s,
            _ => {
                errors.add("status", "error-choice");
                TopicStatus::Scheduled
            }
        };
        let note = if status == TopicStatus::Closed {
            validation::required_text(&mut errors, "note", &self.note, MAX_NOTE_CHARS)
        } else {
            validation::optional_text(&mut errors, "note", &self.note, MAX_NOTE_CHARS)
        };
        errors.into_result((status, note))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_need_a_title() {
        let empty = TopicInput::default().validate().unwrap_err();
        assert_eq!(
            empty.for_field("title").map(|e| e.key),
            Some("error-required")
        );
        let ok = TopicInput {
            title: " Verhalen oogsten ".into(),
            description: "".into(),
        };
        assert_eq!(
            ok.validate().unwrap(),
            ("Verhalen oogsten".into(), String::new())
        );
    }

    #[test]
    fn closing_needs_a_reason_scheduling_does_not() {
        let decide = |status: &str, note: &str| {
            TopicDecisionInput {
                status: status.into(),
                note: note.into(),
            }
            .validate()
        };
        assert_eq!(
            decide("scheduled", "").unwrap(),
            (TopicStatus::Scheduled, String::new())
        );
        assert_eq!(
            decide("closed", "")
                .unwrap_err()
                .for_field("note")
                .map(|e| e.key),
            Some("error-required")
        );
        assert_eq!(
            decide("closed", " Al besproken ").unwrap(),
            (TopicStatus::Closed, "Al besproken".into())
        );
        assert!(
            decide("proposed", "")
                .unwrap_err()
                .for_field("status")
                .is_some()
        );
        for s in [
            TopicStatus::Proposed,
            TopicStatus::Scheduled,
            TopicStatus::Closed,
        ] {
            assert_eq!(TopicStatus::from_code(s.code()), Some(s));
        }
    }
}
