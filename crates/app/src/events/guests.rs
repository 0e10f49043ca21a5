//! Guests of public events: register with a name and e-mail address, confirm with the link in
//! the mail (a place, or the waiting list when full), cancel with the same link. Nothing else
//! is asked or kept; the job worker deletes guests 30 days after the event unless they asked
//! to stay informed.

use super::{EventRow, event_path};
use crate::security::{new_token, token_hash};
use crate::throttle::{GUEST_PER_EMAIL, GUEST_PER_IP};
use crate::{App, AppError, AppResult};
use domain::Locale;
use domain::events::{EventKind, Place};
use domain::validation::{FieldErrors, email, required_text};
use store::events::guests::{self, GuestRow};
use store::events::registrations;

/// Days after an event that guests' data is kept.
pub const GUEST_DAYS: i64 = 30;

/// A guest's own page.
pub(crate) fn guest_link(app: &App, token: &str) -> String {
    format!("{}/agenda/gast/{token}", app.config().base_url)
}

/// What confirming came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuestOutcome {
    /// A place.
    Going,
    /// On the waiting list.
    Waiting,
    /// The link was used before: nothing changed.
    AlreadyConfirmed,
    /// Cancelled.
    Cancelled,
}

impl App {
    /// Registers a guest for a public event and mails them the link to confirm. Limited per
    /// address and per network address, since every registration sends a mail.
    pub async fn register_guest(
        &self,
        id: i64,
        (name, address): (&str, &str),
        keep_informed: bool,
        client_ip: &str,
    ) -> AppResult<()> {
        let event = self.visible_event(None, id).await?;
        if event.kind != EventKind::Public.code() {
            return Err(AppError::Forbidden);
        }
        if event.cancelled {
            return Err(AppError::field("guest_email", "error-event-cancelled"));
        }
        if event.registration_deadline < self.now() {
            return Err(AppError::field(
                "guest_email",
                "error-event-registration-closed",
            ));
        }
        let mut errors = FieldErrors::new();
        let name = required_text(&mut errors, "guest_name", name, 120);
        let address = email(&mut errors, "guest_email", address);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let email_key = format!("guest:email:{address}");
        let ip_key = format!("guest:ip:{client_ip}");
        self.check_throttle(&email_key, &GUEST_PER_EMAIL).await?;
        self.check_throttle(&ip_key, &GUEST_PER_IP).await?;
        self.hit_throttle(&email_key, &GUEST_PER_EMAIL).await?;
        self.hit_throttle(&ip_key, &GUEST_PER_IP).await?;
        let token = new_token()?;
        let mut tx = self.db().begin().await?;
        guests::upsert(
            &mut tx,
            id,
            (&name, &address),
            &token_hash(&token),
            keep_informed,
            self.now(),
        )
        .await?;
        let mail = self.event_mail_with_link(
            &address,
            Locale::Nl,
            "event-guest-confirm",
            &event,
            &guest_link(self, &token),
        );
        self.enqueue_mail(&mut tx, &mail).await?;
        tx.commit().await?;
        self.wake_worker();
        Ok(())
    }

    /// The registration and event a guest's link opens (404 for an unknown link).
    pub async fn guest_registration(&self, token: &str) -> AppResult<(GuestRow, EventRow)> {
        let guest = guests::find_by_token(self.db(), &token_hash(token))
            .await?
            .ok_or(AppError::NotFound)?;
        let event = store::events::find(self.db(), guest.event_id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok((guest, event))
    }

    /// Confirms a guest's registration (or an offered place): a place while there is one,
    /// else the waiting list. Using the link again changes nothing.
    pub async fn confirm_guest(&self, token: &str) -> AppResult<GuestOutcome> {
        let (_, event) = self.guest_registration(token).await?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        registrations::lock_event(&mut tx, event.id).await?;
        // Read again under the lock: the event and the registration may have changed.
        let event = store::events::find(&mut tx, event.id)
            .await?
            .ok_or(AppError::NotFound)?;
        if event.cancelled {
            return Err(AppError::field("guest", "error-event-cancelled"));
        }
        let current = guests::find_by_token(&mut tx, &token_hash(token))
            .await?
            .ok_or(AppError::NotFound)?;
        let outcome = match current.status.as_str() {
            "going" | "waiting" => GuestOutcome::AlreadyConfirmed,
            "offered" => {
                registrations::set_by_id(&mut tx, current.id, "going", None, now).await?;
                GuestOutcome::Going
            }
            _ if event.registration_deadline < now => {
                return Err(AppError::field("guest", "error-event-registration-closed"));
            }
            _ => {
                let place = self.place_now(&mut tx, &event).await?;
                registrations::set_by_id(&mut tx, current.id, place.rsvp().code(), None, now)
                    .await?;
                match place {
                    Place::Going => GuestOutcome::Going,
                    Place::Waiting => GuestOutcome::Waiting,
                }
            }
        };
        tx.commit().await?;
        Ok(outcome)
    }

    /// Cancels a guest's registration; a place they held goes to the waiting list.
    pub async fn cancel_guest(&self, token: &str) -> AppResult<GuestOutcome> {
        let (_, event) = self.guest_registration(token).await?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        registrations::lock_event(&mut tx, event.id).await?;
        // Read again under the lock: an offer may have reached the guest meanwhile.
        let event = store::events::find(&mut tx, event.id)
            .await?
            .ok_or(AppError::NotFound)?;
        let guest = guests::find_by_token(&mut tx, &token_hash(token))
            .await?
            .ok_or(AppError::NotFound)?;
        registrations::set_by_id(&mut tx, guest.id, "not_going", None, now).await?;
        // Cancelling also withdraws the wish to hear about later events.
        guests::forget_keep_informed(&mut tx, guest.id).await?;
        let offered = if matches!(guest.status.as_str(), "going" | "offered") {
            self.offer_free_places(&mut tx, &event).await?
        } else {
            0
        };
        tx.commit().await?;
        if offered > 0 {
            self.wake_worker();
        }
        Ok(GuestOutcome::Cancelled)
    }

    /// Deletes guests of events that ended more than `GUEST_DAYS` ago (unless they asked to
    /// stay informed); returns how many.
    pub async fn purge_event_guests(&self) -> AppResult<u64> {
        let before = self.now() - GUEST_DAYS * 24 * 3600;
        Ok(guests::delete_after_events_ended_before(self.db(), before).await?)
    }
}

/// The event's page, for links from a guest's page.
pub fn event_page_path(event: &EventRow) -> String {
    event_path(event.id, &event.slug)
}
