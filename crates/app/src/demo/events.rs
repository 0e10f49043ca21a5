//! Demo agenda (`content/events.toml`): upcoming meetings, an intervision session and a public
//! event, dated relative to the day of seeding and checked like the event form.

use super::knowledge::SeedIds;
use crate::{AppError, AppResult};
use domain::events::EventInput;
use domain::events::local_time::LocalTime;
use domain::slug::slugify;
use serde::Deserialize;
use store::Tx;
use store::events::{self, EventFields, registrations};

const EVENTS_TOML: &str = include_str!("../../../../content/events.toml");

/// A registration in the demo.
#[derive(Debug, Deserialize)]
pub struct DemoRegistration {
    /// A demo member's e-mail.
    pub email: String,
    /// Status code.
    pub status: String,
}

/// A demo event.
#[derive(Debug, Deserialize)]
pub struct DemoEvent {
    /// Atelier slug.
    pub atelier: String,
    /// Organiser's e-mail.
    pub organiser: String,
    /// Days after seeding.
    pub days_ahead: i64,
    /// The form's fields (date left out: it follows from `days_ahead`).
    #[serde(flatten)]
    pub input: EventInput,
    /// Who registered.
    #[serde(default)]
    pub registrations: Vec<DemoRegistration>,
}

#[derive(Debug, Deserialize)]
struct DemoAgenda {
    events: Vec<DemoEvent>,
}

fn bad(what: &str) -> AppError {
    AppError::Content(format!("events.toml: {what}"))
}

/// The demo events with their dates set `days_ahead` after `now`, each checked like the form.
pub fn demo_events(now: i64) -> AppResult<Vec<(DemoEvent, domain::events::NewEvent)>> {
    let agenda: DemoAgenda = toml::from_str(EVENTS_TOML).map_err(|e| bad(&e.to_string()))?;
    let mut out = Vec::new();
    for mut event in agenda.events {
        event.input.date = LocalTime::of(now + event.days_ahead * 86_400).date_value();
        let valid = event
            .input
            .validate(now)
            .map_err(|e| bad(&format!("{}: {e:?}", event.input.title)))?;
        out.push((event, valid));
    }
    Ok(out)
}

impl crate::App {
    /// Seeds the demo agenda inside the demo's transaction.
    pub(crate) async fn seed_events(
        &self,
        tx: &mut Tx,
        seed: &SeedIds<'_>,
        werkplaats: domain::WerkplaatsId,
        now: i64,
    ) -> AppResult<()> {
        let user_of = |email: &str| {
            seed.users
                .iter()
                .find(|(e, _)| *e == email)
                .map(|(_, id)| *id)
        };
        for (demo, event) in demo_events(now)? {
            let atelier = seed
                .ateliers
                .iter()
                .find(|(slug, _)| *slug == demo.atelier)
                .map(|(_, id)| id.0)
                .ok_or_else(|| bad(&format!("unknown atelier {}", demo.atelier)))?;
            let organiser = user_of(&demo.organiser)
                .ok_or_else(|| bad(&format!("unknown organiser {}", demo.organiser)))?;
            let slug = slugify(&event.title);
            let fields = EventFields {
                atelier: Some(atelier),
                kind: event.kind.code(),
                mode: event.mode.code(),
                title: &event.title,
                slug: &slug,
                description: &event.description,
                starts_at: event.starts_at,
                ends_at: event.ends_at,
                location: &event.location,
                online_url: &event.online_url,
                capacity: event.capacity,
                registration_deadline: event.deadline,
            };
            let id = events::insert(&mut *tx, werkplaats.0, fields, organiser, now).await?;
            events::add_organiser(&mut *tx, id, organiser).await?;
            crate::events::index::reindex(tx, id).await?;
            for r in &demo.registrations {
                if let Some(user) = user_of(&r.email) {
                    registrations::set(&mut *tx, id, user, &r.status, None, now).await?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::events::EventKind;

    #[test]
    fn the_demo_agenda_is_valid_and_has_every_kind() {
        let events = demo_events(1_800_000_000).unwrap();
        for kind in [
            EventKind::Meeting,
            EventKind::Intervision,
            EventKind::Public,
        ] {
            assert!(events.iter().any(|(_, e)| e.kind == kind), "{kind:?}");
        }
        assert!(events.iter().all(|(_, e)| e.starts_at > 1_800_000_000));
    }
}
