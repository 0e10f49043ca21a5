//! Small things around the forum: quoting a post in a reply, putting a slow question on the
//! atelier's meeting agenda, and the order of an atelier's categories.

use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::AtelierId;
use domain::agenda::TopicInput;
use domain::forum::ThreadKind;

impl App {
    /// A post as a Markdown quote to start a reply with ("@Name schreef:" and the text).
    pub async fn quote_post(&self, user: &CurrentUser, post: i64) -> AppResult<String> {
        let row = self.post(post).await?;
        self.readable_thread(Some(user), row.thread_id).await?;
        if row.hidden {
            return Err(AppError::NotFound);
        }
        let who = row.author_name.unwrap_or_default();
        let quoted: Vec<String> = row.body.lines().map(|l| format!("> {l}")).collect();
        let intro = crate::i18n::text_with(
            user.user.locale,
            "forum-quote-intro",
            &[("who", crate::i18n::Arg::Text(&who))],
        );
        Ok(format!("{intro}\n{}\n\n", quoted.join("\n")))
    }

    /// Proposes a slow question for its atelier's meeting agenda (once); returns the atelier's
    /// page, where the agenda is.
    pub async fn put_on_agenda(&self, user: &CurrentUser, thread: i64) -> AppResult<String> {
        let (found, category, _) = self.readable_thread(Some(user), thread).await?;
        let Some(atelier) = category.atelier_id.map(AtelierId) else {
            return Err(AppError::NotFound);
        };
        if found.kind != ThreadKind::Slow.code() {
            return Err(AppError::NotFound);
        }
        let row = self.atelier(atelier).await?.row;
        let already = store::agenda::list_by_atelier(self.db(), atelier, user.user.id.0)
            .await?
            .iter()
            .any(|t| t.title == found.title);
        if !already {
            let link = format!(
                "{}{}",
                self.config().base_url,
                super::thread_path(found.id, &found.slug)
            );
            let input = TopicInput {
                title: found.title.chars().take(150).collect(),
                description: crate::i18n::text_with(
                    user.user.locale,
                    "forum-agenda-description",
                    &[("link", crate::i18n::Arg::Text(&link))],
                ),
            };
            self.propose_topic(user, atelier, &input).await?;
        }
        Ok(format!("/ateliers/{}-{}#agenda-heading", row.id, row.slug))
    }

    /// Moves a category one place up or down among its atelier's categories (its moderators);
    /// the places are renumbered in one transaction so they stay distinct.
    pub async fn move_category(&self, user: &CurrentUser, id: i64, up: bool) -> AppResult<()> {
        use domain::forum::{ForumAction, can_in_forum};
        use store::forum::categories;
        let (category, standing) = self.readable_category(Some(user), id).await?;
        if !can_in_forum(standing, ForumAction::Moderate, false, false) {
            return Err(AppError::Forbidden);
        }
        let mut tx = self.db().begin().await?;
        let mut siblings: Vec<i64> = categories::list(store::Exec::from(&mut tx))
            .await?
            .into_iter()
            .filter(|c| c.atelier_id == category.atelier_id)
            .map(|c| c.id)
            .collect();
        if let Some(at) = siblings.iter().position(|c| *c == id) {
            let to = if up {
                at.checked_sub(1)
            } else {
                Some(at + 1).filter(|to| *to < siblings.len())
            };
            if let Some(to) = to {
                siblings.swap(at, to);
            }
        }
        for (position, sibling) in siblings.iter().enumerate() {
            let position = i64::try_from(position).unwrap_or(i64::MAX);
            categories::set_position(store::Exec::from(&mut tx), *sibling, position).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
