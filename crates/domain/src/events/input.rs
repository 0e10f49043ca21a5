//! The event form: what organisers type (local Europe/Amsterdam times) and the checks that
//! turn it into a valid event with UTC times.

use super::local_time::LocalTime;
use super::{EventKind, EventMode};
use crate::validation::{FieldErrors, optional_text, required_text};
use serde::Deserialize;

/// How far ahead an event may be planned (ten years).
pub const MAX_AHEAD: i64 = 10 * 366 * 86_400;

/// Longest title.
pub const MAX_TITLE: usize = 160;

/// The event form, as typed (times are local, Europe/Amsterdam).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EventInput {
    /// Title.
    #[serde(default)]
    pub title: String,
    /// Kind code.
    #[serde(default)]
    pub kind: String,
    /// Mode code.
    #[serde(default)]
    pub mode: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    /// Start date `jjjj-mm-dd`.
    #[serde(default)]
    pub date: String,
    /// Start time `uu:mm`.
    #[serde(default)]
    pub start: String,
    /// End time `uu:mm` (on the start date, or on `end_date`).
    #[serde(default)]
    pub end: String,
    /// End date when it differs from the start date.
    #[serde(default)]
    pub end_date: String,
    /// Address or room.
    #[serde(default)]
    pub location: String,
    /// Link for online and hybrid events.
    #[serde(default)]
    pub online_url: String,
    /// Places (empty: unlimited).
    #[serde(default)]
    pub capacity: String,
    /// Registration closes on this date (empty: at the start).
    #[serde(default)]
    pub deadline_date: String,
    /// ... at this time.
    #[serde(default)]
    pub deadline_time: String,
}

/// A valid event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    /// Title.
    pub title: String,
    /// Kind.
    pub kind: EventKind,
    /// Mode.
    pub mode: EventMode,
    /// Markdown.
    pub description: String,
    /// Start, UTC.
    pub starts_at: i64,
    /// End, UTC.
    pub ends_at: i64,
    /// Where.
    pub location: String,
    /// Online link.
    pub online_url: String,
    /// Places.
    pub capacity: Option<i64>,
    /// Registration deadline, UTC (defaults to the start).
    pub deadline: i64,
}

fn moment(errors: &mut FieldErrors, field: &'static str, date: &str, time: &str) -> Option<i64> {
    match LocalTime::parse(date, time) {
        None => {
            errors.add(field, "error-event-time");
            None
        }
        Some(local) => {
            let utc = local.to_unix();
            if utc.is_none() {
                errors.add(field, "error-event-time-skipped");
            }
            utc
        }
    }
}

impl EventInput {
    /// Checks the form; `now` keeps new events out of the past.
    pub fn validate(&self, now: i64) -> Result<NewEvent, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = required_text(&mut errors, "title", &self.title, MAX_TITLE);
        let kind = EventKind::from_code(&self.kind);
        if kind.is_none() {
            errors.add("kind", "error-choice");
        }
        let mode = EventMode::from_code(&self.mode);
        if mode.is_none() {
            errors.add("mode", "error-choice");
        }
        let description = optional_text(&mut errors, "description", &self.description, 20_000);
        let starts_at = moment(&mut errors, "date", &self.date, &self.start);
        if starts_at.is_some_and(|s| s < now) {
            errors.add("date", "error-event-in-past");
        }
        if starts_at.is_some_and(|s| s > now + MAX_AHEAD) {
            errors.add("date", "error-event-too-far");
        }
        let end_date = if self.end_date.trim().is_empty() {
            &self.date
        } else {
            &self.end_date
        };
        let ends_at = moment(&mut errors, "end", end_date, &self.end);
        if let (Some(s), Some(e)) = (starts_at, ends_at)
            && e <= s
        {
            errors.add("end", "error-event-end-before-start");
        }
        let location = optional_text(&mut errors, "location", &self.location, 300);
        let online_url = optional_text(&mut errors, "online_url", &self.online_url, 500);
        let online = matches!(mode, Some(EventMode::Online | EventMode::Hybrid));
        // Online and hybrid events need a link; any link must be https.
        let missing = online && online_url.is_empty();
        let unsafe_link = !online_url.is_empty() && !online_url.starts_with("https://");
        if missing || unsafe_link {
            errors.add("online_url", "error-event-online-url");
        }
        if mode == Some(EventMode::InPerson) && location.is_empty() {
            errors.add("location", "error-required");
        }
        let capacity = match self.capacity.trim() {
            "" => None,
            text => match text.parse::<i64>() {
                Ok(n) if (1..=100_000).contains(&n) => Some(n),
                _ => {
                    errors.add("capacity", "error-event-capacity");
                    None
                }
            },
        };
        let deadline = if self.deadline_date.trim().is_empty() {
            starts_at
        } else {
            let time = if self.deadline_time.trim().is_empty() {
                "23:59"
            } else {
                &self.deadline_time
            };
            let deadline = moment(&mut errors, "deadline_date", &self.deadline_date, time);
            if let (Some(d), Some(s)) = (deadline, starts_at)
                && d > s
            {
                errors.add("deadline_date", "error-event-deadline-after-start");
            }
            deadline
        };
        errors.into_result(NewEvent {
            title,
            kind: kind.unwrap_or(EventKind::Meeting),
            mode: mode.unwrap_or(EventMode::InPerson),
            description,
            starts_at: starts_at.unwrap_or_default(),
            ends_at: ends_at.unwrap_or_default(),
            location,
            online_url,
            capacity,
            deadline: deadline.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_790_000_000; // 2026-09-21

    fn input() -> EventInput {
        EventInput {
            title: "Bijeenkomst december".into(),
            kind: "meeting".into(),
            mode: "in_person".into(),
            date: "2026-12-10".into(),
            start: "19:30".into(),
            end: "21:30".into(),
            location: "Buurthuis De Brug".into(),
            ..EventInput::default()
        }
    }

    fn problems(input: &EventInput) -> Vec<(String, String)> {
        match input.validate(NOW) {
            Ok(_) => Vec::new(),
            Err(e) => e
                .iter()
                .map(|e| (e.field.to_owned(), e.key.to_owned()))
                .collect(),
        }
    }

    #[test]
    fn a_good_event_gets_utc_times_and_the_start_as_deadline() {
        let event = input().validate(NOW).unwrap();
        assert_eq!(event.starts_at, 1_796_927_400);
        assert_eq!(event.ends_at, 1_796_927_400 + 2 * 3600);
        assert_eq!(event.deadline, event.starts_at);
        assert_eq!(event.capacity, None);
    }

    #[test]
    fn bad_input_is_named_per_field() {
        let cases: Vec<(EventInput, (&str, &str))> = vec![
            (
                EventInput {
                    end: "18:00".into(),
                    ..input()
                },
                ("end", "error-event-end-before-start"),
            ),
            (
                EventInput {
                    capacity: "0".into(),
                    ..input()
                },
                ("capacity", "error-event-capacity"),
            ),
            (
                EventInput {
                    capacity: "-3".into(),
                    ..input()
                },
                ("capacity", "error-event-capacity"),
            ),
            (
                EventInput {
                    capacity: "tien".into(),
                    ..input()
                },
                ("capacity", "error-event-capacity"),
            ),
            (
                EventInput {
                    date: "2025-01-01".into(),
                    ..input()
                },
                ("date", "error-event-in-past"),
            ),
            (
                EventInput {
                    date: "10-12-2026".into(),
                    ..input()
                },
                ("date", "error-event-time"),
            ),
            (
                EventInput {
                    mode: "online".into(),
                    ..input()
                },
                ("online_url", "error-event-online-url"),
            ),
            (
                EventInput {
                    mode: "hybrid".into(),
                    online_url: "http://x.nl".into(),
                    ..input()
                },
                ("online_url", "error-event-online-url"),
            ),
            (
                EventInput {
                    location: String::new(),
                    ..input()
                },
                ("location", "error-required"),
            ),
            (
                EventInput {
                    deadline_date: "2026-12-11".into(),
                    ..input()
                },
                ("deadline_date", "error-event-deadline-after-start"),
            ),
            (
                EventInput {
                    date: "2199-01-01".into(),
                    ..input()
                },
                ("date", "error-event-too-far"),
            ),
            (
                EventInput {
                    kind: "feest".into(),
                    ..input()
                },
                ("kind", "error-choice"),
            ),
        ];
        for (case, (field, key)) in cases {
            let found = problems(&case);
            assert!(
                found.iter().any(|(f, k)| f == field && k == key),
                "{field}/{key} in {found:?}"
            );
        }
    }

    #[test]
    fn a_multi_day_event_and_a_deadline_on_a_date() {
        let event = EventInput {
            end_date: "2026-12-11".into(),
            end: "12:00".into(),
            deadline_date: "2026-12-08".into(),
            capacity: "25".into(),
            ..input()
        }
        .validate(NOW)
        .unwrap();
        assert!(event.ends_at > event.starts_at + 12 * 3600);
        assert_eq!(event.capacity, Some(25));
        assert_eq!(
            LocalTime::of(event.deadline).time_value(),
            "23:59",
            "a deadline date without a time closes at the end of that day"
        );
    }
}
