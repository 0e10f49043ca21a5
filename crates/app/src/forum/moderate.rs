//! Moderation and harvest: members flag posts with a reason; facilitators (admins for the
//! werkplaats-wide category) see the queue, hide and restore posts, lock, unlock and move
//! threads — each action logged with who, when and why — and turn a thread into a draft
//! knowledge item that links back to it.

use super::{CategoryRow, PostRow, ThreadRow, index, post_path, thread_path};
use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::forum::{ForumAction, ForumStanding, ThreadKind, can_in_forum};
use domain::knowledge::{KnowledgeInput, MAX_BODY_CHARS};
use domain::reciprocity::Activity;
use domain::slug::slugify;
use domain::validation::{FieldErrors, required_text};
use domain::{AtelierId, KnowledgeId};
use store::forum::moderation::{self, FlagRow, LogEntry, LogRow};
use store::forum::{posts, threads};
use store::{Exec, activities, knowledge};

/// Longest reason for a flag or a moderation action.
pub const MAX_REASON_CHARS: usize = 500;

/// A moderation action on a post or thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderation {
    /// Hide a post from readers (and from search).
    Hide,
    /// Show a hidden post again.
    Restore,
    /// Close a thread for replies.
    Lock,
    /// Open it again.
    Unlock,
}

impl Moderation {
    fn code(self) -> &'static str {
        match self {
            Moderation::Hide => "hide",
            Moderation::Restore => "restore",
            Moderation::Lock => "lock",
            Moderation::Unlock => "unlock",
        }
    }
}

fn reason(text: &str) -> AppResult<String> {
    let mut errors = FieldErrors::new();
    let reason = required_text(&mut errors, "reason", text, MAX_REASON_CHARS);
    errors.into_result(reason).map_err(AppError::Invalid)
}

impl App {
    /// A thread the actor moderates, with its category.
    async fn moderated_thread(
        &self,
        user: &CurrentUser,
        thread: i64,
    ) -> AppResult<(ThreadRow, CategoryRow, ForumStanding)> {
        let (thread, category, standing) = self.readable_thread(Some(user), thread).await?;
        if !can_in_forum(standing, ForumAction::Moderate, thread.locked, false) {
            return Err(AppError::Forbidden);
        }
        Ok((thread, category, standing))
    }

    /// Flags someone else's post for the moderators, with a reason.
    pub async fn flag_post(&self, user: &CurrentUser, post: i64, why: &str) -> AppResult<String> {
        let access = self.post_access(user, post).await?;
        if access.row.hidden || !access.may(ForumAction::Flag) {
            return Err(AppError::Forbidden);
        }
        let why = reason(why)?;
        moderation::insert_flag(self.db(), post, user.user.id, &why, self.now()).await?;
        self.post_location(Some(user), post).await
    }

    /// The open flags the actor may handle: of the ateliers they facilitate, everything for
    /// admins.
    pub async fn moderation_queue(&self, user: &CurrentUser) -> AppResult<Vec<FlagRow>> {
        let facilitated = self.facilitated_ateliers(user).await?;
        Ok(moderation::list_open_flags(self.db())
            .await?
            .into_iter()
            .filter(|f| {
                user.user.is_admin || f.atelier_id.is_some_and(|a| facilitated.contains(&a))
            })
            .collect())
    }

    /// Hides or restores a post (its open flags close), with a logged reason.
    pub async fn moderate_post(
        &self,
        user: &CurrentUser,
        post: i64,
        action: Moderation,
        why: &str,
    ) -> AppResult<String> {
        let row = self.post(post).await?;
        let (thread, category, _) = self.moderated_thread(user, row.thread_id).await?;
        let why = reason(why)?;
        let hide = match action {
            Moderation::Hide => true,
            Moderation::Restore => false,
            Moderation::Lock | Moderation::Unlock => return Err(AppError::NotFound),
        };
        let now = self.now();
        let mut tx = self.db().begin().await?;
        posts::set_hidden(&mut tx, post, hide).await?;
        moderation::resolve_flags(&mut tx, post, user.user.id, now).await?;
        let entry = LogEntry {
            actor: user.user.id,
            action: action.code(),
            thread: thread.id,
            post: Some(post),
            reason: &why,
        };
        moderation::insert_log(&mut tx, entry, now).await?;
        let updated = PostRow {
            hidden: hide,
            ..row
        };
        index::reindex(&mut tx, &updated, &thread, &category).await?;
        tx.commit().await?;
        self.post_location(Some(user), post).await
    }

    /// Locks or unlocks a thread, with a logged reason.
    pub async fn moderate_thread(
        &self,
        user: &CurrentUser,
        thread: i64,
        action: Moderation,
        why: &str,
    ) -> AppResult<String> {
        let (found, _, _) = self.moderated_thread(user, thread).await?;
        let why = reason(why)?;
        let lock = match action {
            Moderation::Lock => true,
            Moderation::Unlock => false,
            Moderation::Hide | Moderation::Restore => return Err(AppError::NotFound),
        };
        let mut tx = self.db().begin().await?;
        threads::set_locked(&mut tx, thread, lock).await?;
        let entry = LogEntry {
            actor: user.user.id,
            action: action.code(),
            thread,
            post: None,
            reason: &why,
        };
        moderation::insert_log(&mut tx, entry, self.now()).await?;
        tx.commit().await?;
        Ok(thread_path(thread, &found.slug))
    }

    /// Moves a thread to another category the actor also moderates; its posts take the new
    /// category's visibility in search.
    pub async fn move_thread(
        &self,
        user: &CurrentUser,
        thread: i64,
        to: i64,
        why: &str,
    ) -> AppResult<String> {
        let (found, _, _) = self.moderated_thread(user, thread).await?;
        let (target, standing) = self.readable_category(Some(user), to).await?;
        if !can_in_forum(standing, ForumAction::Moderate, false, false) {
            return Err(AppError::Forbidden);
        }
        let why = reason(why)?;
        let mut tx = self.db().begin().await?;
        threads::set_category(&mut tx, thread, to).await?;
        let entry = LogEntry {
            actor: user.user.id,
            action: "move",
            thread,
            post: None,
            reason: &why,
        };
        moderation::insert_log(&mut tx, entry, self.now()).await?;
        let moved = ThreadRow {
            category_id: to,
            atelier_id: target.atelier_id,
            ..found.clone()
        };
        for post in posts::list_by_thread(Exec::from(&mut tx), thread, i64::MAX, 0).await? {
            index::reindex(&mut tx, &post, &moved, &target).await?;
        }
        tx.commit().await?;
        Ok(thread_path(thread, &found.slug))
    }

    /// Ateliers where the actor may make forum categories, as (id, name): those they
    /// facilitate (every atelier for admins).
    pub async fn category_ateliers(&self, user: &CurrentUser) -> AppResult<Vec<(i64, String)>> {
        let all = store::ateliers::list_names(self.db()).await?;
        if user.user.is_admin {
            return Ok(all);
        }
        let facilitated = self.facilitated_ateliers(user).await?;
        Ok(all
            .into_iter()
            .filter(|(id, _)| facilitated.contains(id))
            .collect())
    }

    /// Makes a category in an atelier the actor facilitates; returns its path.
    pub async fn create_category(
        &self,
        user: &CurrentUser,
        atelier: AtelierId,
        input: &domain::forum::CategoryInput,
    ) -> AppResult<String> {
        let found = self.atelier(atelier).await?;
        if !self
            .category_ateliers(user)
            .await?
            .iter()
            .any(|(id, _)| *id == atelier.0)
        {
            return Err(AppError::Forbidden);
        }
        let (name, description) = input.validate().map_err(AppError::Invalid)?;
        let slug = slugify(&name);
        let position = store::forum::categories::list(self.db())
            .await?
            .iter()
            .filter(|c| c.atelier_id == Some(atelier.0))
            .count();
        let new = store::forum::categories::NewCategory {
            werkplaats: domain::WerkplaatsId(found.row.werkplaats_id),
            atelier: Some(atelier),
            slug: &slug,
            name: &name,
            description: &description,
            position: i64::try_from(position).unwrap_or(0),
        };
        let id = store::forum::categories::insert(self.db(), new, self.now()).await?;
        Ok(super::category_path(id, &slug))
    }

    /// Renames a category (its moderators); returns its new path.
    pub async fn update_category(
        &self,
        user: &CurrentUser,
        id: i64,
        input: &domain::forum::CategoryInput,
    ) -> AppResult<String> {
        let (_, standing) = self.readable_category(Some(user), id).await?;
        if !can_in_forum(standing, ForumAction::Moderate, false, false) {
            return Err(AppError::Forbidden);
        }
        let (name, description) = input.validate().map_err(AppError::Invalid)?;
        let slug = slugify(&name);
        store::forum::categories::update(self.db(), id, (&slug, &name, &description)).await?;
        Ok(super::category_path(id, &slug))
    }

    /// Removes an empty category (its moderators); one with threads asks to move them first.
    pub async fn delete_category(&self, user: &CurrentUser, id: i64) -> AppResult<()> {
        let (_, standing) = self.readable_category(Some(user), id).await?;
        if !can_in_forum(standing, ForumAction::Moderate, false, false) {
            return Err(AppError::Forbidden);
        }
        if !store::forum::categories::delete_empty(self.db(), id).await? {
            return Err(AppError::field("name", "forum-error-category-not-empty"));
        }
        Ok(())
    }

    /// The moderation log of a thread (for its moderators).
    pub async fn moderation_log(&self, user: &CurrentUser, thread: i64) -> AppResult<Vec<LogRow>> {
        self.moderated_thread(user, thread).await?;
        Ok(moderation::list_log(self.db(), thread).await?)
    }

    /// Turns a thread of an atelier into a draft knowledge item (a report) that links back to
    /// it, with its visible posts; the thread then shows "harvested in …". Harvesting counts as
    /// giving for the facilitator.
    /// `selected` picks posts (none: every visible post).
    pub async fn harvest_thread(
        &self,
        user: &CurrentUser,
        thread: i64,
        selected: &[i64],
    ) -> AppResult<KnowledgeId> {
        let (found, category, standing) = self.readable_thread(Some(user), thread).await?;
        let question = found.kind == ThreadKind::Question.code();
        if !can_in_forum(standing, ForumAction::Harvest, found.locked, question) {
            return Err(AppError::Forbidden);
        }
        let Some(atelier) = category.atelier_id else {
            return Err(AppError::field("harvest", "forum-error-harvest-werkplaats"));
        };
        if let Some(item) = found.harvested_item_id {
            return Ok(KnowledgeId(item));
        }
        let link = format!(
            "{}{}",
            self.config().base_url,
            thread_path(found.id, &found.slug)
        );
        let mut body = crate::i18n::text_with(
            user.user.locale,
            "forum-harvest-intro",
            &[
                ("title", crate::i18n::Arg::Text(&found.title)),
                ("link", crate::i18n::Arg::Text(&link)),
            ],
        );
        for post in posts::list_by_thread(self.db(), thread, i64::MAX, 0).await? {
            if post.hidden || !(selected.is_empty() || selected.contains(&post.id)) {
                continue;
            }
            let by = post.author_name.clone().unwrap_or_default();
            let part = format!(
                "\n\n### {by}\n\n{}\n\n[→]({}{})",
                post.body.trim(),
                self.config().base_url,
                post_path(post.id)
            );
            if body.chars().count() + part.chars().count() > MAX_BODY_CHARS {
                break;
            }
            body.push_str(&part);
        }
        let input = KnowledgeInput {
            title: found.title.clone(),
            summary: crate::i18n::text(user.user.locale, "forum-harvest-summary"),
            body,
            kind: "verslag".into(),
            // A draft for the atelier: its facilitators decide what becomes public.
            visibility: "atelier".into(),
            language: "nl".into(),
            licence: "CC BY 4.0".into(),
            ..Default::default()
        };
        let content = input.validate().map_err(AppError::Invalid)?;
        let mut tx = self.db().begin().await?;
        let id = knowledge::insert(
            &mut tx,
            AtelierId(atelier),
            user.user.id,
            &slugify(&content.title),
            &content,
            self.now(),
        )
        .await?;
        threads::set_harvested(&mut tx, thread, id.0).await?;
        activities::insert(
            &mut tx,
            AtelierId(atelier),
            user.user.id,
            Activity::HarvestWritten.code(),
            self.now(),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }
}
