//! Events: atelier meetings, intervision sessions and public events from the werkplaats's start
//! until the end of 2027 (so the calendar has past months and a year ahead), one in ten for the
//! werkplaats as a whole; members registered for them (some on a waiting list when a meeting is
//! full), past meetings with who came checked in, a few cancelled; every event indexed for
//! search as written ones are.

use crate::community::{Community, START};
use crate::textgen::{Rng, text, title};
use crate::{BATCH, GenerateResult, Progress, Scale};
use domain::UserId;
use store::events::{self, EventFields, registrations};
use store::{Db, Exec, Tx};

/// 2028-01-01: the last generated event starts before then.
pub const UNTIL: i64 = 1_830_297_600;

/// The day the generated data treats as today for check-ins: 2026-11-01. Later events have
/// registrations but nobody checked in yet.
const CHECKED_UNTIL: i64 = crate::knowledge::UNTIL;

const KINDS: [&str; 6] = [
    "meeting",
    "meeting",
    "meeting",
    "intervision",
    "intervision",
    "public",
];

const PLACES: [&str; 5] = [
    "Buurthuis De Schakel, Utrecht",
    "Hogeschool, lokaal 2.14",
    "Wijkcentrum Oost, Gent",
    "Bibliotheek, zaal 3",
    "Stadskantoor, vergaderruimte 5",
];

/// Generates `scale.events` events; returns how many registrations they got.
pub async fn generate(
    db: &Db,
    scale: &Scale,
    community: &Community,
    rng: &mut Rng,
    progress: Progress<'_>,
) -> GenerateResult<usize> {
    let Some(&organiser) = community.members.first() else {
        return Ok(0);
    };
    let step = (UNTIL - START) / i64::try_from(scale.events.max(1)).unwrap_or(1);
    let mut registered = 0;
    let mut done = 0;
    while done < scale.events {
        let end = (done + BATCH / 20).min(scale.events);
        let mut tx = db.begin().await?;
        for n in done..end {
            // Meetings start at the hour between 9:00 and 19:00 (UTC, close enough).
            let day = START + i64::try_from(n).unwrap_or(0) * step / 86_400 * 86_400;
            let starts_at = day + 3_600 * i64::try_from(8 + rng.below(11)).unwrap_or(9);
            let atelier = if rng.below(10) == 0 {
                None
            } else {
                let a = &community.ateliers[rng.skewed(community.ateliers.len())];
                (!a.members.is_empty()).then_some(a)
            };
            let (who, author) = match atelier {
                Some(a) => (&a.members, a.members[0]),
                None => (&community.members, organiser),
            };
            let kind = KINDS[rng.below(KINDS.len())];
            let event = Event {
                werkplaats: community.werkplaats.0,
                atelier: atelier.map(|a| a.id.0),
                kind,
                starts_at,
                author,
            };
            registered += one(&mut tx, &event, who, rng, n).await?;
        }
        tx.commit().await?;
        done = end;
        progress("events", done, scale.events);
    }
    Ok(registered)
}

/// What one event is before its text is drawn.
struct Event {
    werkplaats: i64,
    atelier: Option<i64>,
    kind: &'static str,
    starts_at: i64,
    author: UserId,
}

/// Writes one event with its organiser, registrations and check-ins; returns the registrations.
async fn one(
    tx: &mut Tx,
    event: &Event,
    who: &[UserId],
    rng: &mut Rng,
    n: usize,
) -> GenerateResult<usize> {
    let mode = match rng.below(6) {
        0 => "online",
        1 => "hybrid",
        _ => "in_person",
    };
    let heading = match event.kind {
        "intervision" => format!("Intervisie: {}", title(rng)),
        "public" => format!("Open middag: {}", title(rng)),
        _ => format!("Bijeenkomst: {}", title(rng)),
    };
    let slug = domain::slug::slugify(&heading);
    let words = 40 + rng.below(60);
    let description = text(rng, words);
    let capacity = match rng.below(4) {
        0 => None,
        _ => Some(i64::try_from(12 + rng.below(30)).unwrap_or(20)),
    };
    let online_url = format!("https://meet.voorbeeld.test/{}", n + 1);
    let fields = EventFields {
        atelier: event.atelier,
        kind: event.kind,
        mode,
        title: &heading,
        slug: &slug,
        description: &description,
        starts_at: event.starts_at,
        ends_at: event.starts_at + 3_600 * i64::try_from(1 + rng.below(3)).unwrap_or(2),
        location: if mode == "online" {
            ""
        } else {
            PLACES[rng.below(PLACES.len())]
        },
        online_url: if mode == "in_person" { "" } else { &online_url },
        capacity,
        registration_deadline: event.starts_at,
    };
    let announced = event.starts_at - 86_400 * i64::try_from(14 + rng.below(40)).unwrap_or(30);
    let id = events::insert(
        Exec::from(&mut *tx),
        event.werkplaats,
        fields,
        event.author,
        announced,
    )
    .await?;
    events::add_organiser(Exec::from(&mut *tx), id, event.author).await?;
    // Members sign up until the meeting is full; a few more wait.
    let places = capacity.map_or(usize::MAX, |c| usize::try_from(c).unwrap_or(0));
    let wanting = rng.below(who.len().min(places.saturating_add(5)).min(60) + 1);
    let first = rng.below(who.len());
    for k in 0..wanting {
        let user = who[(first + k) % who.len()];
        let status = if k < places { "going" } else { "waiting" };
        let at = announced + 3_600 * i64::try_from(k + 1).unwrap_or(1);
        registrations::set(Exec::from(&mut *tx), id, user, status, None, at).await?;
    }
    if rng.below(30) == 0 {
        events::cancel(Exec::from(&mut *tx), id, event.starts_at - 86_400).await?;
    } else if event.starts_at < CHECKED_UNTIL && wanting > 0 {
        for attendee in registrations::list(Exec::from(&mut *tx), id).await? {
            if attendee.status == "going" && rng.below(5) != 0 {
                registrations::set_checked_in(Exec::from(&mut *tx), id, attendee.id, true).await?;
            }
        }
    }
    if let Some(row) = events::find(Exec::from(&mut *tx), id).await? {
        store::search::upsert(tx, &app::events::search_document(&row)).await?;
    }
    Ok(wanting)
}
