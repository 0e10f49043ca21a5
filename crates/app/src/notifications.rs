//! Notifications: the member's list in the app, watching threads and categories, and e-mail
//! digests at the frequency each member chooses (off by default), sent by the job worker, each
//! with a one-click unsubscribe link that works without logging in.

use crate::accounts::CurrentUser;
use crate::i18n::{self, Arg};
use crate::mail::OutgoingMail;
use crate::security::{new_token, token_hash};
use crate::{App, AppError, AppResult};
use domain::{Locale, UserId};
use store::forum::watches;
use store::notifications::{self, NotificationRow};

/// Digest frequencies a member can choose.
pub const DIGESTS: [&str; 3] = ["off", "daily", "weekly"];

/// Most notifications listed.
const LISTED: i64 = 100;

/// The notifications page.
#[derive(Debug, Clone)]
pub struct NotificationsPage {
    /// Latest first.
    pub items: Vec<NotificationRow>,
    /// Not yet seen.
    pub unread: i64,
    /// The chosen digest frequency.
    pub digest: String,
    /// Reminders a day before events are on.
    pub event_reminders: bool,
}

impl App {
    /// The member's notifications and digest setting.
    pub async fn notifications_page(&self, user: &CurrentUser) -> AppResult<NotificationsPage> {
        let id = user.user.id;
        Ok(NotificationsPage {
            items: notifications::list_for_user(self.db(), id, LISTED).await?,
            unread: notifications::count_unread(self.db(), id).await?,
            digest: notifications::digest_of(self.db(), id).await?,
            event_reminders: notifications::event_reminders_of(self.db(), id).await?,
        })
    }

    /// How many notifications the member has not seen.
    pub async fn unread_notifications(&self, user: &CurrentUser) -> AppResult<i64> {
        Ok(notifications::count_unread(self.db(), user.user.id).await?)
    }

    /// Marks all the member's notifications as seen.
    pub async fn mark_notifications_read(&self, user: &CurrentUser) -> AppResult<()> {
        Ok(notifications::mark_all_read(self.db(), user.user.id, self.now()).await?)
    }

    /// Chooses the digest frequency (`off`, `daily`, `weekly`).
    pub async fn set_digest(&self, user: &CurrentUser, digest: &str) -> AppResult<()> {
        if !DIGESTS.contains(&digest) {
            return Err(AppError::field("digest", "error-choice"));
        }
        notifications::set_digest(self.db(), user.user.id, digest).await?;
        Ok(())
    }

    /// Turns reminders a day before events on or off.
    pub async fn set_event_reminders(&self, user: &CurrentUser, on: bool) -> AppResult<()> {
        Ok(notifications::set_event_reminders(self.db(), user.user.id, on).await?)
    }

    /// Turns digests off for the holder of an unsubscribe link; false for an unknown link.
    pub async fn unsubscribe_digest(&self, token: &str) -> AppResult<bool> {
        Ok(notifications::unsubscribe(self.db(), &token_hash(token.trim())).await?)
    }

    /// Follows or stops following a thread the member may read.
    pub async fn watch_thread(
        &self,
        user: &CurrentUser,
        thread: i64,
        on: bool,
    ) -> AppResult<String> {
        let (found, _, _) = self.readable_thread(Some(user), thread).await?;
        watches::set_thread(self.db(), user.user.id, thread, on).await?;
        Ok(crate::forum::thread_path(found.id, &found.slug))
    }

    /// Follows or stops following a category the member may read.
    pub async fn watch_category(
        &self,
        user: &CurrentUser,
        category: i64,
        on: bool,
    ) -> AppResult<String> {
        let (found, _) = self.readable_category(Some(user), category).await?;
        watches::set_category(self.db(), user.user.id, category, on).await?;
        Ok(crate::forum::category_path(found.id, &found.slug))
    }

    /// Sends every digest that is due: what happened since the last one, with a fresh
    /// unsubscribe link; members with nothing new get no mail. Returns the mails queued.
    pub async fn send_due_digests(&self) -> AppResult<usize> {
        let now = self.now();
        let day = 24 * 60 * 60;
        let due = notifications::due_digests(self.db(), now - day + 60, now - 7 * day + 60).await?;
        let mut sent = 0;
        for (user, email, locale, frequency) in due {
            let id = UserId(user);
            let items = notifications::pending_digest(self.db(), id).await?;
            let mut tx = self.db().begin().await?;
            if !items.is_empty() {
                let token = new_token()?;
                notifications::add_unsubscribe_token(&mut tx, id, &token_hash(&token), now).await?;
                let locale = Locale::from_code(&locale).unwrap_or(Locale::Nl);
                let mail = self.digest_mail(&email, locale, &frequency, &items, &token);
                self.enqueue_mail(&mut tx, &mail).await?;
                let last = items.iter().map(|n| n.id).max().unwrap_or(0);
                notifications::mark_digested(&mut tx, id, last, now).await?;
                sent += 1;
            }
            notifications::set_last_digest(&mut tx, id, now).await?;
            tx.commit().await?;
        }
        if sent > 0 {
            self.wake_worker();
        }
        Ok(sent)
    }

    fn digest_mail(
        &self,
        to: &str,
        locale: Locale,
        frequency: &str,
        items: &[NotificationRow],
        token: &str,
    ) -> OutgoingMail {
        let base = &self.config().base_url;
        let mut lines = Vec::new();
        for item in items {
            let who = item
                .actor_name
                .clone()
                .unwrap_or_else(|| i18n::text(locale, "someone"));
            let title = item.thread_title.clone().unwrap_or_default();
            let what = i18n::text_with(
                locale,
                &format!("digest-item-{}", item.kind.replace('_', "-")),
                &[("who", Arg::Text(&who)), ("title", Arg::Text(&title))],
            );
            let link = item
                .post_id
                .map(|p| format!("{base}{}", crate::forum::post_path(p)))
                .unwrap_or_default();
            lines.push(format!("- {what}\n  {link}"));
        }
        let unsubscribe = format!("{base}/meldingen/afmelden?token={token}");
        let settings = format!("{base}/meldingen");
        OutgoingMail {
            to: to.to_owned(),
            subject: i18n::text_with(
                locale,
                "digest-subject",
                &[(
                    "count",
                    Arg::Number(i64::try_from(items.len()).unwrap_or(0)),
                )],
            ),
            body: i18n::text_with(
                locale,
                "digest-body",
                &[
                    ("items", Arg::Text(&lines.join("\n"))),
                    (
                        "frequency",
                        Arg::Text(&i18n::text(locale, &format!("digest-{frequency}"))),
                    ),
                    ("unsubscribe", Arg::Text(&unsubscribe)),
                    ("settings", Arg::Text(&settings)),
                ],
            ),
        }
    }
}
