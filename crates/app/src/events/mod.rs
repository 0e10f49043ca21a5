//! Events: who may see, organise and register for them; their pages; registration with the
//! waiting list (`register`); making and changing them (`manage`); iCalendar (`calendar`).

mod calendar;
mod guests;
pub(crate) mod index;
mod manage;
mod register;
pub(crate) mod sessions;

pub use guests::{GUEST_DAYS, GuestOutcome, event_page_path};
pub use index::{EVENT_TYPE, search_document};
pub use register::RsvpOutcome;
pub use sessions::{IntervisionFormat, NotesOutcome, SessionView, Step, intervision_formats};
pub use store::events::EventRow;
pub use store::events::guests::GuestRow;
pub use store::events::registrations::{AttendeeRow, RegistrationRow};
pub use store::events::reports::ReportRow;

use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::events::EventKind;
use domain::search::Scope;

/// An event's address.
pub fn event_path(id: i64, slug: &str) -> String {
    format!("/agenda/{id}-{slug}")
}

/// The visibility code an event is read with: a public event or a public atelier's event by
/// anyone, a werkplaats-wide one by the werkplaats, otherwise by the atelier's members.
pub(crate) fn visibility(event: &EventRow) -> &'static str {
    if event.kind == EventKind::Public.code() {
        return "public";
    }
    match (event.atelier_id, event.atelier_visibility.as_deref()) {
        (Some(_), Some("public")) => "public",
        (Some(_), _) => "atelier",
        (None, _) => "werkplaats",
    }
}

fn may_see(scope: &Scope, event: &EventRow) -> bool {
    scope.may_read(
        visibility(event),
        event.werkplaats_id,
        event.atelier_id.unwrap_or(0),
    )
}

/// An event's page.
#[derive(Debug, Clone)]
pub struct EventPage {
    /// The event.
    pub event: EventRow,
    /// Its organisers (id, name).
    pub organisers: Vec<(i64, String)>,
    /// The actor's registration.
    pub mine: Option<RegistrationRow>,
    /// The actor may register (logged in, allowed, before the deadline, not cancelled).
    pub may_register: bool,
    /// The actor organises it (edit, cancel, attendee list, check-in).
    pub may_organise: bool,
    /// The online link, for those registered as going (and organisers).
    pub online_url: Option<String>,
    /// Everyone registered (organisers only).
    pub attendees: Vec<AttendeeRow>,
    /// Visitors without an account may register (an open public event).
    pub guests_welcome: bool,
    /// The atelier's agenda topics scheduled into this meeting: (id, title, description).
    pub topics: Vec<(i64, String, String)>,
    /// Organisers: the atelier's proposed topics that can be scheduled in, as (id, title).
    pub open_topics: Vec<(i64, String)>,
    /// The dates of its series as (id, slug, start, cancelled); empty when on its own.
    pub series: Vec<(i64, String, i64, bool)>,
    /// Organisers: the atelier's active members who could join the organisers, as (id, name).
    pub possible_organisers: Vec<(i64, String)>,
}

impl App {
    /// The event if the actor may see it (404 otherwise).
    pub(crate) async fn visible_event(
        &self,
        user: Option<&CurrentUser>,
        id: i64,
    ) -> AppResult<EventRow> {
        let event = store::events::find(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let scope = self.reader_scope(user).await?;
        if may_see(&scope, &event) {
            Ok(event)
        } else {
            Err(AppError::NotFound)
        }
    }

    /// Whether the actor organises the event: admin, facilitator of its atelier or organiser.
    pub(crate) async fn organises(&self, user: &CurrentUser, event: &EventRow) -> AppResult<bool> {
        if user.user.is_admin {
            return Ok(true);
        }
        if let Some(atelier) = event.atelier_id
            && self.facilitated_ateliers(user).await?.contains(&atelier)
        {
            return Ok(true);
        }
        let listed = store::events::organisers(self.db(), event.id)
            .await?
            .iter()
            .any(|(id, _)| *id == user.user.id.0);
        // A listed organiser of an atelier's event organises while still an active member.
        Ok(match (listed, event.atelier_id) {
            (false, _) => false,
            (true, None) => true,
            (true, Some(atelier)) => {
                store::memberships::find(self.db(), domain::AtelierId(atelier), user.user.id)
                    .await?
                    .is_some_and(|m| m.status == domain::ateliers::MembershipStatus::Active.code())
            }
        })
    }

    /// Whether the actor may register: a public event for any account; otherwise members of
    /// its atelier (or of the werkplaats for a werkplaats-wide event).
    pub(crate) async fn may_register(
        &self,
        user: &CurrentUser,
        event: &EventRow,
    ) -> AppResult<bool> {
        if event.cancelled || event.registration_deadline < self.now() {
            return Ok(false);
        }
        if event.kind == EventKind::Public.code() || user.user.is_admin {
            return Ok(true);
        }
        let scope = self.reader_scope(Some(user)).await?;
        let token_visibility = if event.atelier_id.is_some() {
            "atelier"
        } else {
            "werkplaats"
        };
        Ok(scope.may_read(
            token_visibility,
            event.werkplaats_id,
            event.atelier_id.unwrap_or(0),
        ))
    }

    /// An event's page for the actor.
    pub async fn event_page(&self, user: Option<&CurrentUser>, id: i64) -> AppResult<EventPage> {
        let event = self.visible_event(user, id).await?;
        let organisers = store::events::organisers(self.db(), id).await?;
        let (mine, may_register, may_organise) = match user {
            Some(u) => (
                store::events::registrations::find(self.db(), id, u.user.id).await?,
                self.may_register(u, &event).await?,
                self.organises(u, &event).await?,
            ),
            None => (None, false, false),
        };
        let going = mine.as_ref().is_some_and(|m| m.status == "going");
        let online_url = (!event.online_url.is_empty() && (going || may_organise))
            .then(|| event.online_url.clone());
        let attendees = if may_organise {
            store::events::registrations::list(self.db(), id).await?
        } else {
            Vec::new()
        };
        let guests_welcome = user.is_none()
            && event.kind == EventKind::Public.code()
            && !event.cancelled
            && event.registration_deadline >= self.now();
        let topics = store::agenda::list_for_event(self.db(), id).await?;
        let open_topics = match (event.atelier_id, may_organise) {
            (Some(atelier), true) => store::agenda::list_by_atelier(
                self.db(),
                domain::AtelierId(atelier),
                user.map_or(0, |u| u.user.id.0),
            )
            .await?
            .into_iter()
            .filter(|t| t.status == "proposed")
            .map(|t| (t.id, t.title))
            .collect(),
            _ => Vec::new(),
        };
        let series = store::events::list_series(self.db(), id).await?;
        let possible_organisers = match (event.atelier_id, may_organise) {
            (Some(atelier), true) => store::memberships::list_by_atelier(
                self.db(),
                domain::AtelierId(atelier),
                domain::ateliers::MembershipStatus::Active.code(),
            )
            .await?
            .into_iter()
            .filter(|m| !organisers.iter().any(|(id, _)| *id == m.user_id))
            .map(|m| (m.user_id, m.display_name))
            .collect(),
            _ => Vec::new(),
        };
        Ok(EventPage {
            possible_organisers,
            series,
            topics,
            open_topics,
            guests_welcome,
            event,
            organisers,
            mine,
            may_register,
            may_organise,
            online_url,
            attendees,
        })
    }

    /// Upcoming events of the werkplaats the actor may see (ending after `from`, starting before
    /// `until`), soonest first. For a member, unless `everything`: public and werkplaats-wide events, and the events of their
    /// own ateliers that their participation degree invites them to (a member who only comes to
    /// public events sees no meetings). Any event they may see still opens by its address.
    pub async fn upcoming_events(
        &self,
        user: Option<&CurrentUser>,
        (from, until): (i64, i64),
        limit: i64,
        everything: bool,
    ) -> AppResult<Vec<EventRow>> {
        let scope = self.reader_scope(user).await?;
        let mine = match (user, everything) {
            (Some(user), false) => Some(
                store::memberships::list_by_user(
                    self.db(),
                    user.user.id,
                    domain::ateliers::MembershipStatus::Active.code(),
                )
                .await?,
            ),
            _ => None,
        };
        // The query reads only events that may pass the rules below (a member's own list:
        // public events, werkplaats-wide ones and their meeting ateliers'; anyone else: what
        // their scope may read), a generous number of them, and the rules below decide.
        let ateliers: Vec<i64> = match &mine {
            Some(mine) => mine
                .iter()
                .filter(|m| m.joins_meetings)
                .map(|m| m.atelier_id)
                .collect(),
            None => scope.ateliers.clone(),
        };
        let among = store::events::Among {
            public_ateliers: mine.is_none(),
            werkplaats_wide: mine.is_some() || !scope.werkplaatsen.is_empty(),
            ateliers: &ateliers,
        };
        let mut all = Vec::new();
        for w in store::werkplaatsen::list(self.db()).await? {
            let range = (from, until);
            all.extend(if scope.admin && mine.is_none() {
                store::events::list_between(self.db(), w.id, range, limit * 10).await?
            } else {
                store::events::list_between_among(self.db(), w.id, range, limit * 10, among).await?
            });
        }
        all.retain(|e| may_see(&scope, e));
        if let Some(mine) = mine {
            all.retain(|e| {
                let kind = EventKind::from_code(&e.kind).unwrap_or(EventKind::Meeting);
                match e.atelier_id {
                    _ if kind == EventKind::Public => true,
                    None => true,
                    Some(atelier) => mine.iter().any(|m| {
                        m.atelier_id == atelier
                            && domain::events::invited(
                                kind,
                                m.joins_meetings,
                                m.joins_public_events,
                            )
                    }),
                }
            });
        }
        all.sort_by_key(|e| (e.starts_at, e.id));
        all.truncate(usize::try_from(limit).unwrap_or(0));
        Ok(all)
    }

    /// An atelier's upcoming events the actor may see.
    pub async fn atelier_events(
        &self,
        user: Option<&CurrentUser>,
        atelier: domain::AtelierId,
        limit: i64,
    ) -> AppResult<Vec<EventRow>> {
        let scope = self.reader_scope(user).await?;
        let mut events =
            store::events::list_by_atelier(self.db(), atelier.0, self.now(), limit).await?;
        events.retain(|e| may_see(&scope, e));
        Ok(events)
    }
}
