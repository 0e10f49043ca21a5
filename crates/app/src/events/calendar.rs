//! iCalendar for events: one `.ics` per event, an atelier's feed and a member's personal feed
//! at a secret address they can replace.

use super::{EventRow, event_path};
use crate::accounts::CurrentUser;
use crate::security::new_token;
use crate::{App, AppError, AppResult};
use domain::events::ical::{CalendarEvent, calendar};
use domain::{AtelierId, UserId};

/// How far back feeds reach (so a calendar keeps recent meetings).
const FEED_HISTORY_SECS: i64 = 90 * 24 * 3600;

impl App {
    fn calendar_event(&self, event: &EventRow) -> CalendarEvent {
        let base = &self.config().base_url;
        let host = base
            .split("://")
            .nth(1)
            .unwrap_or(base)
            .split('/')
            .next()
            .unwrap_or("leeratelier");
        let description = domain::markdown::plain_text(&event.description);
        CalendarEvent {
            uid: format!("event-{}@{host}", event.id),
            starts_at: event.starts_at,
            ends_at: event.ends_at,
            summary: event.title.clone(),
            description,
            location: event.location.clone(),
            url: format!("{base}{}", event_path(event.id, &event.slug)),
            cancelled: event.cancelled,
            updated_at: event.updated_at,
            created_at: event.created_at,
        }
    }

    /// One event as `.ics`.
    pub async fn event_ics(&self, user: Option<&CurrentUser>, id: i64) -> AppResult<String> {
        let event = self.visible_event(user, id).await?;
        Ok(calendar(
            &event.title,
            &[self.calendar_event(&event)],
            self.now(),
        ))
    }

    /// An atelier's events (from 90 days ago) as a feed, as far as the reader may see them.
    pub async fn atelier_ics(
        &self,
        user: Option<&CurrentUser>,
        atelier: AtelierId,
    ) -> AppResult<String> {
        let found = self.atelier(atelier).await?;
        let (_, may) = self.standing(user, &found).await?;
        if !may.view {
            return Err(AppError::NotFound);
        }
        let scope = self.reader_scope(user).await?;
        let events: Vec<CalendarEvent> = store::events::list_by_atelier(
            self.db(),
            atelier.0,
            self.now() - FEED_HISTORY_SECS,
            1_000,
        )
        .await?
        .iter()
        .filter(|e| super::may_see(&scope, e))
        .map(|e| self.calendar_event(e))
        .collect();
        Ok(calendar(&found.row.name, &events, self.now()))
    }

    /// The member's personal feed: every event they registered for. Unknown token: 404.
    pub async fn personal_ics(&self, token: &str) -> AppResult<String> {
        let user = store::events::feeds::user_by_token(self.db(), token)
            .await?
            .ok_or(AppError::NotFound)?;
        // Only what the member may still see (they may have left a members-only atelier).
        let owner = store::users::find_by_id(self.db(), UserId(user))
            .await?
            .ok_or(AppError::NotFound)?;
        let owner = CurrentUser {
            user: owner.to_user()?,
            session_hash: String::new(),
        };
        let scope = self.reader_scope(Some(&owner)).await?;
        let events: Vec<CalendarEvent> = store::events::list_registered(self.db(), UserId(user))
            .await?
            .iter()
            .filter(|e| e.ends_at >= self.now() - FEED_HISTORY_SECS)
            .filter(|e| super::may_see(&scope, e))
            .map(|e| self.calendar_event(e))
            .collect();
        Ok(calendar("Leeratelier", &events, self.now()))
    }

    /// The member's feed token, made on first use.
    pub async fn feed_token(&self, user: &CurrentUser) -> AppResult<String> {
        if let Some(token) = store::events::feeds::token_of(self.db(), user.user.id).await? {
            return Ok(token);
        }
        self.reset_feed_token(user).await
    }

    /// Replaces the member's feed token: the old address stops working.
    pub async fn reset_feed_token(&self, user: &CurrentUser) -> AppResult<String> {
        let token = new_token()?;
        store::events::feeds::set_token(self.db(), user.user.id, &token, self.now()).await?;
        Ok(token)
    }
}
