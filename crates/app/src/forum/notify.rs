//! Who hears of a new post: members it mentions, the thread's author, those watching the
//! thread (its author and everyone who replied watch it automatically) and those watching the
//! category — each once, by the strongest reason, never the writer, and only people who may
//! read the category (anyone for a public atelier's). Written in the post's transaction.

use super::{CategoryRow, ThreadRow};
use crate::{App, AppResult};
use domain::ateliers::MembershipStatus;
use domain::forum::mentions::mentioned;
use domain::{AtelierId, UserId};
use store::Tx;
use store::forum::watches;
use store::memberships;
use store::notifications::{self, NewNotification};

/// A new post to tell others about.
pub(crate) struct NewPost<'a> {
    /// Its thread.
    pub thread: &'a ThreadRow,
    /// The thread's category.
    pub category: &'a CategoryRow,
    /// The post.
    pub post: i64,
    /// Who wrote it.
    pub author: UserId,
    /// Its text (for mentions).
    pub body: &'a str,
    /// It opens the thread.
    pub opens_thread: bool,
}

impl App {
    pub(crate) async fn notify_post(&self, tx: &mut Tx, new: NewPost<'_>) -> AppResult<()> {
        let thread = new.thread;
        // Names that can be mentioned: the atelier's active members, loaded only when the text
        // has an @ (a popular atelier has thousands). A werkplaats-wide category has none.
        let readers: Option<Vec<(i64, String)>> = match new.category.atelier_id {
            Some(atelier) if new.body.contains('@') => Some(
                memberships::list_by_atelier(
                    store::Exec::from(&mut *tx),
                    AtelierId(atelier),
                    MembershipStatus::Active.code(),
                )
                .await?
                .into_iter()
                .map(|m| (m.user_id, m.display_name))
                .collect(),
            ),
            _ => None,
        };
        let mut recipients: Vec<(i64, &'static str)> = Vec::new();
        let mut add = |user: i64, kind: &'static str| {
            if user != new.author.0 && !recipients.iter().any(|(u, _)| *u == user) {
                recipients.push((user, kind));
            }
        };
        for user in mentioned(new.body, readers.as_deref().unwrap_or_default()) {
            add(user, "mention");
        }
        if let (Some(author), false) = (thread.created_by, new.opens_thread) {
            add(author, "reply");
        }
        for user in watches::thread_watchers(store::Exec::from(&mut *tx), thread.id).await? {
            add(user, "watched_thread");
        }
        for user in watches::category_watchers(store::Exec::from(&mut *tx), new.category.id).await?
        {
            add(user, "watched_category");
        }
        let now = self.now();
        for (user, kind) in recipients {
            // Only those who may read the category hear of it: anyone for a public atelier's
            // (a follower need not be a member), else the atelier's active members, and for
            // the werkplaats-wide category the werkplaats.
            let public = new.category.atelier_visibility.as_deref() == Some("public");
            let may_read = match new.category.atelier_id {
                Some(_) if public => true,
                Some(atelier) => memberships::find(
                    store::Exec::from(&mut *tx),
                    AtelierId(atelier),
                    UserId(user),
                )
                .await?
                .is_some_and(|m| m.status == MembershipStatus::Active.code()),
                None => {
                    memberships::is_in_werkplaats(
                        store::Exec::from(&mut *tx),
                        domain::WerkplaatsId(new.category.werkplaats_id),
                        UserId(user),
                    )
                    .await?
                }
            };
            if !may_read {
                continue;
            }
            let note = NewNotification {
                user,
                kind,
                thread: thread.id,
                post: new.post,
                actor: new.author,
            };
            notifications::insert(&mut *tx, note, now).await?;
        }
        watches::set_thread(&mut *tx, new.author, thread.id, true).await?;
        Ok(())
    }
}
