//! Registering: going, maybe or not going. "Going" takes a place while there is one and
//! otherwise a place on the waiting list. A place that comes free is offered to the first on
//! the list, by mail, for `OFFER_HOURS` (less close to the start); they confirm with "going",
//! and an offer that runs out passes to the next. Each change locks the event row first, so
//! simultaneous cancellations never hand out more places than there are.

use super::EventRow;
use crate::accounts::CurrentUser;
use crate::security::token_hash;
use crate::{App, AppError, AppResult};
use domain::Locale;
use domain::events::{Place, Rsvp, offer_deadline, place_for};
use store::Tx;
use store::events::registrations;

/// What a registration came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsvpOutcome {
    /// A place.
    Going,
    /// On the waiting list.
    Waiting,
    /// Maybe.
    Maybe,
    /// Not coming.
    NotGoing,
}

impl App {
    /// Registers the actor's answer for an event.
    pub async fn rsvp(&self, user: &CurrentUser, id: i64, answer: &str) -> AppResult<RsvpOutcome> {
        let event = self.visible_event(Some(user), id).await?;
        let answer = Rsvp::from_code(answer)
            .filter(|a| matches!(a, Rsvp::Going | Rsvp::Maybe | Rsvp::NotGoing))
            .ok_or_else(|| AppError::field("status", "error-choice"))?;
        if event.cancelled {
            return Err(AppError::field("status", "error-event-cancelled"));
        }
        let now = self.now();
        if answer != Rsvp::NotGoing {
            if event.registration_deadline < now {
                return Err(AppError::field("status", "error-event-registration-closed"));
            }
            if !self.may_register(user, &event).await? {
                return Err(AppError::Forbidden);
            }
        } else if event.starts_at < now {
            return Err(AppError::field("status", "error-event-registration-closed"));
        }
        let me = user.user.id;
        let mut tx = self.db().begin().await?;
        registrations::lock_event(&mut tx, id).await?;
        // Read again under the lock: the event may have been cancelled or changed meanwhile.
        let event = store::events::find(&mut tx, id)
            .await?
            .ok_or(AppError::NotFound)?;
        if event.cancelled {
            return Err(AppError::field("status", "error-event-cancelled"));
        }
        let before = registrations::find(&mut tx, id, me).await?;
        let before = before.as_ref().map(|r| r.status.as_str());
        let outcome = match answer {
            Rsvp::Going => match before {
                Some("going" | "offered") => {
                    registrations::set(&mut tx, id, me, "going", None, now).await?;
                    RsvpOutcome::Going
                }
                Some("waiting") => RsvpOutcome::Waiting,
                _ => {
                    let place = self.place_now(&mut tx, &event).await?;
                    registrations::set(&mut tx, id, me, place.rsvp().code(), None, now).await?;
                    match place {
                        Place::Going => RsvpOutcome::Going,
                        Place::Waiting => RsvpOutcome::Waiting,
                    }
                }
            },
            Rsvp::Maybe | Rsvp::NotGoing => {
                registrations::set(&mut tx, id, me, answer.code(), None, now).await?;
                if answer == Rsvp::Maybe {
                    RsvpOutcome::Maybe
                } else {
                    RsvpOutcome::NotGoing
                }
            }
            Rsvp::Waiting | Rsvp::Offered => return Err(AppError::field("status", "error-choice")),
        };
        let freed = matches!(before, Some("going" | "offered")) && outcome != RsvpOutcome::Going;
        let offered = if freed {
            self.offer_free_places(&mut tx, &event).await?
        } else {
            0
        };
        tx.commit().await?;
        if offered > 0 {
            self.wake_worker();
        }
        Ok(outcome)
    }

    /// What someone who says "going" gets now (under the event's lock): a place while one is
    /// free and nobody waits for it, otherwise the waiting list, so nobody jumps the queue.
    pub(crate) async fn place_now(&self, tx: &mut Tx, event: &EventRow) -> AppResult<Place> {
        if registrations::first_waiting(&mut *tx, event.id)
            .await?
            .is_some()
        {
            return Ok(Place::Waiting);
        }
        let taken = registrations::count_taken(&mut *tx, event.id).await?;
        Ok(place_for(event.capacity, taken))
    }

    /// Offers every free place to the next on the waiting list (inside the caller's
    /// transaction, which holds the event's lock); returns how many were offered. A member is
    /// mailed a link to the event; a guest a fresh link of their own. Nothing is offered for a
    /// cancelled event or one that has begun.
    pub(crate) async fn offer_free_places(
        &self,
        tx: &mut Tx,
        event: &EventRow,
    ) -> AppResult<usize> {
        let Some(capacity) = event.capacity else {
            return Ok(0);
        };
        let now = self.now();
        if event.cancelled || event.starts_at <= now {
            return Ok(0);
        }
        let mut offered = 0;
        while registrations::count_taken(&mut *tx, event.id).await? < capacity {
            let Some(next) = registrations::first_waiting(&mut *tx, event.id).await? else {
                break;
            };
            let until = offer_deadline(now, event.starts_at);
            registrations::set_by_id(&mut *tx, next, "offered", Some(until), now).await?;
            if let Some((user, email, locale)) = registrations::recipient(&mut *tx, next).await? {
                let locale = locale
                    .as_deref()
                    .and_then(Locale::from_code)
                    .unwrap_or(Locale::Nl);
                let mut mail = self.event_mail(&email, locale, "event-offer", event);
                if user.is_none() {
                    let token = crate::security::new_token()?;
                    store::events::guests::set_token(&mut *tx, next, &token_hash(&token)).await?;
                    mail = self.event_mail_with_link(
                        &email,
                        locale,
                        "event-offer",
                        event,
                        &super::guests::guest_link(self, &token),
                    );
                }
                self.enqueue_mail(tx, &mail).await?;
            }
            offered += 1;
        }
        Ok(offered)
    }

    /// Passes on offers that ran out: the person is taken off the list and the place goes to
    /// the next. Run by the job worker; returns how many offers ran out.
    pub async fn expire_event_offers(&self) -> AppResult<usize> {
        let now = self.now();
        let expired = registrations::expired_offers(self.db(), now).await?;
        let mut count = 0;
        for (event_id, registration) in expired {
            let mut tx = self.db().begin().await?;
            registrations::lock_event(&mut tx, event_id).await?;
            // Checked again under the lock: the person may have confirmed meanwhile.
            let still = registrations::expired_offers(&mut tx, now)
                .await?
                .contains(&(event_id, registration));
            if still {
                registrations::set_by_id(&mut tx, registration, "not_going", None, now).await?;
                if let Some(event) = store::events::find(&mut tx, event_id).await? {
                    self.offer_free_places(&mut tx, &event).await?;
                }
                count += 1;
            }
            tx.commit().await?;
        }
        if count > 0 {
            self.wake_worker();
        }
        Ok(count)
    }

    /// Mails a reminder to everyone coming to an event in the next 24 hours (once each; members
    /// who turned reminders off get none). Run hourly by the job worker; returns how many.
    pub async fn send_event_reminders(&self) -> AppResult<usize> {
        let now = self.now();
        let due = registrations::due_reminders(self.db(), now, now + 24 * 3600).await?;
        let mut sent = 0;
        for (registration, event_id) in due {
            let Some(event) = store::events::find(self.db(), event_id).await? else {
                continue;
            };
            let Some((user, email, locale)) =
                registrations::recipient(self.db(), registration).await?
            else {
                continue;
            };
            let locale = locale
                .as_deref()
                .and_then(Locale::from_code)
                .unwrap_or(Locale::Nl);
            let mut tx = self.db().begin().await?;
            let mail = match user {
                Some(_) => self.event_mail(&email, locale, "event-reminder", &event),
                // A guest gets a fresh link to their own page (to cancel, or see the link).
                None => {
                    let token = crate::security::new_token()?;
                    store::events::guests::set_token(&mut tx, registration, &token_hash(&token))
                        .await?;
                    self.event_mail_with_link(
                        &email,
                        locale,
                        "event-reminder",
                        &event,
                        &super::guests::guest_link(self, &token),
                    )
                }
            };
            self.enqueue_mail(&mut tx, &mail).await?;
            registrations::mark_reminded(&mut tx, registration, now).await?;
            tx.commit().await?;
            sent += 1;
        }
        if sent > 0 {
            self.wake_worker();
        }
        Ok(sent)
    }

    /// Records who came (organisers); false when the registration is not this event's.
    pub async fn check_in(
        &self,
        user: &CurrentUser,
        id: i64,
        registration: i64,
        came: bool,
    ) -> AppResult<bool> {
        self.event_for_editing(user, id).await?;
        Ok(registrations::set_checked_in(self.db(), id, registration, came).await?)
    }
}
