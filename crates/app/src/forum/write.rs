//! Writing in the forum: a new thread, a reply, an edit (history kept), a helpful answer and
//! appreciation. Text passes the client-data guard first: when it finds signs of client data
//! nothing is saved and the author is asked to anonymise or confirm.

use super::notify::NewPost;
use super::{index, thread_path};
use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::forum::guard::{Finding, client_data_signs};
use domain::forum::{ForumAction, ThreadInput, ThreadKind, can_in_forum, post_body};
use domain::reciprocity::Activity;
use domain::slug::slugify;
use domain::validation::FieldErrors;
use domain::{AtelierId, UserId};
use store::Tx;
use store::activities;
use store::forum::{posts, threads};

/// A reply or edit as the form sends it.
#[derive(Debug, Clone, Default)]
pub struct ReplyInput {
    /// Markdown.
    pub body: String,
    /// The random key of the form (a second submit of the same form finds the first post).
    pub submission: String,
    /// The author saw the guard's warning and confirms the text holds no client data.
    pub confirmed: bool,
}

/// What became of a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostOutcome {
    /// Saved; go here.
    Saved(String),
    /// Not saved: the text looks like it holds client data. Show these and ask.
    Check(Vec<Finding>),
}

/// The longest form key accepted (they are 64 hex characters).
const MAX_SUBMISSION_KEY: usize = 100;

fn submission_key(key: &str) -> Result<String, FieldErrors> {
    let key = key.trim();
    if key.is_empty() || key.len() > MAX_SUBMISSION_KEY {
        let mut errors = FieldErrors::new();
        errors.add("body", "forum-error-stale-form");
        return Err(errors);
    }
    Ok(key.to_owned())
}

impl App {
    fn guard(&self, text: &str, confirmed: bool) -> Option<Vec<Finding>> {
        if confirmed {
            return None;
        }
        let year = time::OffsetDateTime::from_unix_timestamp(self.now()).map_or(2026, |t| t.year());
        let found = client_data_signs(text, year);
        (!found.is_empty()).then_some(found)
    }

    async fn activity(
        &self,
        tx: &mut Tx,
        atelier: Option<i64>,
        user: i64,
        kind: Activity,
    ) -> AppResult<()> {
        if let Some(atelier) = atelier {
            activities::insert(
                &mut *tx,
                AtelierId(atelier),
                UserId(user),
                kind.code(),
                self.now(),
            )
            .await?;
        }
        Ok(())
    }

    /// Starts a thread with its first post.
    pub async fn start_thread(
        &self,
        user: &CurrentUser,
        category: i64,
        input: &ThreadInput,
        reply: &ReplyInput,
    ) -> AppResult<PostOutcome> {
        let (category, standing) = self.readable_category(Some(user), category).await?;
        if !can_in_forum(standing, ForumAction::StartThread, false, false) {
            return Err(AppError::Forbidden);
        }
        let new = input.validate().map_err(AppError::Invalid)?;
        let key = submission_key(&reply.submission).map_err(AppError::Invalid)?;
        // The same form sent again: the thread it made already exists.
        if let Some(first) = posts::find_by_submission(self.db(), user.user.id, &key).await? {
            return Ok(PostOutcome::Saved(
                self.post_location(Some(user), first).await?,
            ));
        }
        if let Some(found) = self.guard(&format!("{}\n{}", new.title, new.body), reply.confirmed) {
            return Ok(PostOutcome::Check(found));
        }
        let now = self.now();
        let mut tx = self.db().begin().await?;
        let slug = slugify(&new.title);
        let thread = threads::insert(
            &mut tx,
            category.id,
            (new.kind.code(), &new.title, &slug),
            user.user.id,
            now,
        )
        .await?;
        let (post, _) = posts::insert(&mut tx, thread, user.user.id, &new.body, &key, now).await?;
        let (thread_row, post_row) = self.written(&mut tx, thread, post).await?;
        index::reindex(&mut tx, &post_row, &thread_row, &category).await?;
        let told = NewPost {
            thread: &thread_row,
            category: &category,
            post,
            author: user.user.id,
            body: &new.body,
            opens_thread: true,
        };
        self.notify_post(&mut tx, told).await?;
        if new.kind == ThreadKind::Question {
            self.activity(
                &mut tx,
                category.atelier_id,
                user.user.id.0,
                Activity::QuestionAsked,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(PostOutcome::Saved(thread_path(thread, &slug)))
    }

    async fn written(
        &self,
        tx: &mut Tx,
        thread: i64,
        post: i64,
    ) -> AppResult<(
        store::forum::threads::ThreadRow,
        store::forum::posts::PostRow,
    )> {
        let thread = threads::find(store::Exec::from(&mut *tx), thread)
            .await?
            .ok_or(AppError::NotFound)?;
        let post = posts::find(store::Exec::from(&mut *tx), post)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok((thread, post))
    }

    /// Replies in a thread. A locked thread refuses with a message on the form.
    pub async fn reply(
        &self,
        user: &CurrentUser,
        thread: i64,
        input: &ReplyInput,
    ) -> AppResult<PostOutcome> {
        let (found, category, standing) = self.readable_thread(Some(user), thread).await?;
        let question = found.kind == ThreadKind::Question.code();
        if !can_in_forum(standing, ForumAction::Reply, found.locked, question) {
            // A member at a closed thread gets the reason on the form; others may not write.
            if can_in_forum(standing, ForumAction::Reply, false, question) {
                return Err(AppError::field("body", "forum-error-locked"));
            }
            return Err(AppError::Forbidden);
        }
        let mut errors = FieldErrors::new();
        let body = post_body(&mut errors, &input.body);
        let key = submission_key(&input.submission);
        if let Err(problems) = &key {
            problems.iter().for_each(|p| errors.add(p.field, p.key));
        }
        let (body, key) = match (errors.into_result(body), key) {
            (Ok(body), Ok(key)) => (body, key),
            (Err(errors), _) | (Ok(_), Err(errors)) => return Err(AppError::Invalid(errors)),
        };
        if let Some(found) = self.guard(&body, input.confirmed) {
            return Ok(PostOutcome::Check(found));
        }
        let mut tx = self.db().begin().await?;
        let (post, new) =
            posts::insert(&mut tx, thread, user.user.id, &body, &key, self.now()).await?;
        if new {
            let (thread_row, post_row) = self.written(&mut tx, thread, post).await?;
            index::reindex(&mut tx, &post_row, &thread_row, &category).await?;
            let told = NewPost {
                thread: &thread_row,
                category: &category,
                post,
                author: user.user.id,
                body: &body,
                opens_thread: false,
            };
            self.notify_post(&mut tx, told).await?;
            // The opening post got its first reply from someone else: that author gave.
            if let Some(author) = found.created_by
                && found.post_count == 1
                && author != user.user.id.0
            {
                self.activity(&mut tx, category.atelier_id, author, Activity::PostReplied)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(PostOutcome::Saved(
            self.post_location(Some(user), post).await?,
        ))
    }

    /// A post the actor may edit (`Forbidden` otherwise), for the edit form.
    pub async fn post_for_edit(&self, user: &CurrentUser, post: i64) -> AppResult<super::PostRow> {
        let access = self.post_access(user, post).await?;
        if !access.may(ForumAction::EditPost) {
            return Err(AppError::Forbidden);
        }
        Ok(access.row)
    }

    /// Changes a post's text (its author while the thread is open; moderators); the old text
    /// stays in the post's history.
    pub async fn edit_post(
        &self,
        user: &CurrentUser,
        post: i64,
        input: &ReplyInput,
    ) -> AppResult<PostOutcome> {
        let access = self.post_access(user, post).await?;
        if !access.may(ForumAction::EditPost) {
            return Err(AppError::Forbidden);
        }
        let super::PostAccess {
            row,
            thread,
            category,
            ..
        } = access;
        let mut errors = FieldErrors::new();
        let body = post_body(&mut errors, &input.body);
        let body = errors.into_result(body).map_err(AppError::Invalid)?;
        if body == row.body {
            return Ok(PostOutcome::Saved(
                self.post_location(Some(user), post).await?,
            ));
        }
        if let Some(found) = self.guard(&body, input.confirmed) {
            return Ok(PostOutcome::Check(found));
        }
        let mut tx = self.db().begin().await?;
        posts::update_body(&mut tx, post, user.user.id, &body, self.now()).await?;
        let (thread_row, post_row) = self.written(&mut tx, thread.id, post).await?;
        index::reindex(&mut tx, &post_row, &thread_row, &category).await?;
        tx.commit().await?;
        Ok(PostOutcome::Saved(
            self.post_location(Some(user), post).await?,
        ))
    }

    /// Marks a reply as the helpful answer of a practice question (the asker or a
    /// facilitator); its author gave.
    pub async fn mark_helpful(&self, user: &CurrentUser, post: i64) -> AppResult<String> {
        let access = self.post_access(user, post).await?;
        let first = posts::position(self.db(), access.thread.id, post).await? == 1;
        if first || access.row.hidden || !access.may(ForumAction::MarkHelpful) {
            return Err(AppError::Forbidden);
        }
        let super::PostAccess {
            row,
            thread,
            category,
            ..
        } = access;
        let mut tx = self.db().begin().await?;
        threads::set_helpful(&mut tx, thread.id, Some(post)).await?;
        if let Some(author) = row.author_id
            && thread.helpful_post_id != Some(post)
        {
            self.activity(
                &mut tx,
                category.atelier_id,
                author,
                Activity::AnswerHelpful,
            )
            .await?;
        }
        tx.commit().await?;
        self.post_location(Some(user), post).await
    }

    /// Records that the actor finds someone else's post valuable; its author gave.
    pub async fn appreciate_post(&self, user: &CurrentUser, post: i64) -> AppResult<String> {
        let access = self.post_access(user, post).await?;
        if access.row.hidden || !access.may(ForumAction::Appreciate) {
            return Err(AppError::Forbidden);
        }
        let super::PostAccess { row, category, .. } = access;
        let mut tx = self.db().begin().await?;
        let new = posts::appreciate(&mut tx, post, user.user.id, self.now()).await?;
        if let (true, Some(author)) = (new, row.author_id) {
            self.activity(
                &mut tx,
                category.atelier_id,
                author,
                Activity::PostAppreciated,
            )
            .await?;
        }
        tx.commit().await?;
        self.post_location(Some(user), post).await
    }
}
