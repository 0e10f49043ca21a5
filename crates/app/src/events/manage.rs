//! Making, changing and cancelling events (facilitators of the atelier, organisers, admins).
//! Cancelling tells everyone registered by mail.

use super::{EventRow, event_path};
use crate::accounts::CurrentUser;
use crate::i18n::{self, Arg};
use crate::mail::OutgoingMail;
use crate::{App, AppError, AppResult};
use domain::events::local_time::LocalTime;
use domain::events::series::{MAX_SERIES, Repeat, series_dates};
use domain::events::{EventInput, NewEvent};
use domain::slug::slugify;
use domain::validation::FieldErrors;
use domain::{AtelierId, Locale};
use store::events::{self, EventFields};

/// The series part of the form: how it repeats and how many dates (1 to `MAX_SERIES`).
fn series_choice(repeat: &str, count: &str) -> Result<(Repeat, usize), FieldErrors> {
    let mut errors = FieldErrors::new();
    let repeat = match repeat.trim() {
        "" => Some(Repeat::Once),
        code => Repeat::from_code(code),
    };
    if repeat.is_none() {
        errors.add("repeat", "error-choice");
    }
    let count = match count.trim() {
        "" => Some(1),
        text => text
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_SERIES).contains(n)),
    };
    if count.is_none() {
        errors.add_with_limit("repeat_count", "error-event-repeat-count", MAX_SERIES);
    }
    errors.into_result((repeat.unwrap_or(Repeat::Once), count.unwrap_or(1)))
}

fn fields<'a>(atelier: Option<i64>, event: &'a NewEvent, slug: &'a str) -> EventFields<'a> {
    EventFields {
        atelier,
        kind: event.kind.code(),
        mode: event.mode.code(),
        title: &event.title,
        slug,
        description: &event.description,
        starts_at: event.starts_at,
        ends_at: event.ends_at,
        location: &event.location,
        online_url: &event.online_url,
        capacity: event.capacity,
        registration_deadline: event.deadline,
    }
}

impl App {
    /// The ateliers the actor may plan events for, as (id, name).
    pub async fn event_ateliers(&self, user: &CurrentUser) -> AppResult<Vec<(i64, String)>> {
        self.category_ateliers(user).await
    }

    /// Plans an event in an atelier the actor facilitates, or a series of them (`repeat`,
    /// `count` dates, each with its own registration); they become its organiser and the
    /// atelier's members are invited once. Returns the path of the first date.
    pub async fn create_event(
        &self,
        user: &CurrentUser,
        atelier: AtelierId,
        input: &EventInput,
        (repeat, count): (&str, &str),
    ) -> AppResult<String> {
        let found = self.atelier(atelier).await?;
        if !self
            .event_ateliers(user)
            .await?
            .iter()
            .any(|(id, _)| *id == atelier.0)
        {
            return Err(AppError::Forbidden);
        }
        let (event, repeat, count) =
            match (input.validate(self.now()), series_choice(repeat, count)) {
                (Ok(event), Ok((repeat, count))) => (event, repeat, count),
                (Err(mut errors), Err(more)) => {
                    errors.extend(more);
                    return Err(AppError::Invalid(errors));
                }
                (Err(errors), _) | (_, Err(errors)) => return Err(AppError::Invalid(errors)),
            };
        let slug = slugify(&event.title);
        // Every date of the series, worked out before anything is written.
        let starts: Option<Vec<i64>> = series_dates(LocalTime::of(event.starts_at), repeat, count)
            .into_iter()
            .map(LocalTime::to_unix)
            .collect();
        let Some(starts) = starts else {
            return Err(AppError::field("repeat", "error-event-series-skipped"));
        };
        let mut tx = self.db().begin().await?;
        let mut first: Option<i64> = None;
        for starts_at in starts {
            let shift = starts_at - event.starts_at;
            let dated = NewEvent {
                starts_at,
                ends_at: event.ends_at + shift,
                deadline: event.deadline + shift,
                ..event.clone()
            };
            let id = events::insert(
                &mut tx,
                found.row.werkplaats_id,
                fields(Some(atelier.0), &dated, &slug),
                user.user.id,
                self.now(),
            )
            .await?;
            events::add_organiser(&mut tx, id, user.user.id).await?;
            if repeat != Repeat::Once {
                events::set_series(&mut tx, id, first.unwrap_or(id)).await?;
            }
            if first.is_none() {
                if let Some(row) = events::find(&mut tx, id).await? {
                    self.invite_members(&mut tx, &row, user).await?;
                }
                first = Some(id);
            }
            super::index::reindex(&mut tx, id).await?;
        }
        tx.commit().await?;
        self.wake_worker();
        Ok(event_path(first.unwrap_or_default(), &slug))
    }

    /// Mails an invitation to the atelier's active members whose participation degree invites
    /// them to this kind of event (not to the organiser), in the transaction that plans it.
    async fn invite_members(
        &self,
        tx: &mut store::Tx,
        event: &EventRow,
        organiser: &CurrentUser,
    ) -> AppResult<usize> {
        let Some(atelier) = event.atelier_id else {
            return Ok(0);
        };
        let kind = domain::events::EventKind::from_code(&event.kind)
            .unwrap_or(domain::events::EventKind::Meeting);
        let members = store::memberships::list_by_atelier(
            &mut *tx,
            AtelierId(atelier),
            domain::ateliers::MembershipStatus::Active.code(),
        )
        .await?;
        let mut sent = 0;
        for m in members.iter().filter(|m| {
            m.user_id != organiser.user.id.0
                && domain::events::invited(kind, m.joins_meetings, m.joins_public_events)
        }) {
            let Some(person) =
                store::users::find_by_id(&mut *tx, domain::UserId(m.user_id)).await?
            else {
                continue;
            };
            let locale = Locale::from_code(&person.locale).unwrap_or(Locale::Nl);
            let mail = self.event_mail(&person.email, locale, "event-invitation", event);
            self.enqueue_mail(tx, &mail).await?;
            sent += 1;
        }
        Ok(sent)
    }

    /// Adds an active member of the event's atelier to its organisers (organisers only).
    pub async fn add_event_organiser(
        &self,
        user: &CurrentUser,
        id: i64,
        member: domain::UserId,
    ) -> AppResult<()> {
        let event = self.event_for_editing(user, id).await?;
        let atelier = event.atelier_id.ok_or(AppError::NotFound)?;
        let active = store::memberships::find(self.db(), AtelierId(atelier), member)
            .await?
            .is_some_and(|m| m.status == domain::ateliers::MembershipStatus::Active.code());
        if !active {
            return Err(AppError::field("organiser", "error-choice"));
        }
        events::add_organiser(self.db(), id, member).await?;
        Ok(())
    }

    /// Puts one of the atelier's agenda topics on this meeting's agenda (organisers).
    pub async fn schedule_topic_in_event(
        &self,
        user: &CurrentUser,
        id: i64,
        topic: i64,
    ) -> AppResult<()> {
        let event = self.event_for_editing(user, id).await?;
        let atelier = event.atelier_id.ok_or(AppError::NotFound)?;
        let when = domain::events::local_time::LocalTime::of(event.starts_at);
        let note = format!(
            "{} ({:02}-{:02}-{})",
            event.title, when.day, when.month, when.year
        );
        let scheduled = store::agenda::schedule_into_event(
            self.db(),
            (AtelierId(atelier), topic),
            id,
            &note,
            user.user.id,
            self.now(),
        )
        .await?;
        if scheduled {
            Ok(())
        } else {
            Err(AppError::field("topic", "error-choice"))
        }
    }

    /// The event as its form shows it (organisers only).
    pub async fn event_for_editing(&self, user: &CurrentUser, id: i64) -> AppResult<EventRow> {
        let event = self.visible_event(Some(user), id).await?;
        if !self.organises(user, &event).await? {
            return Err(AppError::Forbidden);
        }
        Ok(event)
    }

    /// Changes an event (organisers); returns its path. A change in the past is allowed for the
    /// record (an event that already began keeps its start).
    pub async fn update_event(
        &self,
        user: &CurrentUser,
        id: i64,
        input: &EventInput,
    ) -> AppResult<String> {
        let current = self.event_for_editing(user, id).await?;
        let now = self.now().min(current.starts_at);
        let event = input.validate(now).map_err(AppError::Invalid)?;
        let slug = slugify(&event.title);
        let mut tx = self.db().begin().await?;
        events::registrations::lock_event(&mut tx, id).await?;
        events::update(
            &mut tx,
            id,
            fields(current.atelier_id, &event, &slug),
            self.now(),
        )
        .await?;
        super::index::reindex(&mut tx, id).await?;
        // More places than before go to the waiting list first.
        let offered = match events::find(&mut tx, id).await? {
            Some(row) => self.offer_free_places(&mut tx, &row).await?,
            None => 0,
        };
        tx.commit().await?;
        if offered > 0 {
            self.wake_worker();
        }
        Ok(event_path(id, &slug))
    }

    /// Cancels an event (organisers) and mails everyone registered.
    pub async fn cancel_event(&self, user: &CurrentUser, id: i64) -> AppResult<String> {
        let event = self.event_for_editing(user, id).await?;
        if event.cancelled {
            return Ok(event_path(id, &event.slug));
        }
        let mut tx = self.db().begin().await?;
        // Under the event's lock: nobody registers in between, and the waiting list closes.
        events::registrations::lock_event(&mut tx, id).await?;
        let people = events::registrations::list(&mut tx, id).await?;
        events::cancel(&mut tx, id, self.now()).await?;
        events::registrations::close_waiting_list(&mut tx, id, self.now()).await?;
        super::index::reindex(&mut tx, id).await?;
        for person in people.iter().filter(|p| p.status != "not_going") {
            let locale = match person.user_id {
                Some(user) => store::users::find_by_id(&mut tx, domain::UserId(user))
                    .await?
                    .and_then(|u| Locale::from_code(&u.locale))
                    .unwrap_or(Locale::Nl),
                None => Locale::Nl,
            };
            let mail = self.event_mail(&person.email, locale, "event-cancelled", &event);
            self.enqueue_mail(&mut tx, &mail).await?;
        }
        tx.commit().await?;
        self.wake_worker();
        Ok(event_path(id, &event.slug))
    }

    /// A short mail about an event: `{key}-subject` and `{key}-body` with its title, date and
    /// link.
    pub(crate) fn event_mail(
        &self,
        to: &str,
        locale: Locale,
        key: &str,
        event: &EventRow,
    ) -> OutgoingMail {
        let link = format!(
            "{}{}",
            self.config().base_url,
            event_path(event.id, &event.slug)
        );
        self.event_mail_with_link(to, locale, key, event, &link)
    }

    /// The same mail with another link (a guest's own).
    pub(crate) fn event_mail_with_link(
        &self,
        to: &str,
        locale: Locale,
        key: &str,
        event: &EventRow,
        link: &str,
    ) -> OutgoingMail {
        let when = domain::events::local_time::LocalTime::of(event.starts_at);
        let when = format!(
            "{:02}-{:02}-{} {}",
            when.day,
            when.month,
            when.year,
            when.time_value()
        );
        let args = [
            ("title", Arg::Text(&event.title)),
            ("when", Arg::Text(&when)),
            ("link", Arg::Text(link)),
        ];
        OutgoingMail {
            to: to.to_owned(),
            subject: i18n::text_with(locale, &format!("{key}-subject"), &args),
            body: i18n::text_with(locale, &format!("{key}-body"), &args),
        }
    }
}
