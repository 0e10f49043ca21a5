//! Around a theory: saved versions and their comparison, comments per box or link, publishing
//! to the atelier (its owner), forking a published theory into one's own, deleting.

use super::{TheoryView, model_json, model_of};
use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::forum::guard::{Finding, client_data_signs};
use domain::toc::Theory;
use domain::toc::diff::{Change, compare};
use domain::validation::{FieldErrors, optional_text, required_text};
use store::theories::{self, Arrangement, comments, versions};

pub use store::theories::comments::CommentRow;
pub use store::theories::versions::VersionRow;

/// Longest comment.
pub const MAX_COMMENT: usize = 4000;

/// What became of a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommentOutcome {
    /// Saved.
    Saved,
    /// Not saved: it looks like client data. Show these and ask.
    Check(Vec<Finding>),
}

impl App {
    /// Saves the current model as the next version (editors); returns its number.
    pub async fn save_theory_version(
        &self,
        user: &CurrentUser,
        id: i64,
        note: &str,
    ) -> AppResult<i64> {
        let view = self.theory_view(user, id).await?;
        if !view.may_edit {
            return Err(AppError::Forbidden);
        }
        let mut errors = FieldErrors::new();
        let note = optional_text(&mut errors, "note", note, 300);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let mut tx = self.db().begin().await?;
        let number = versions::insert(
            &mut tx,
            id,
            (&view.row.model, &note),
            user.user.id,
            self.now(),
        )
        .await?;
        tx.commit().await?;
        Ok(number)
    }

    /// The saved versions of a theory its reader has open, newest first.
    pub async fn theory_versions(&self, view: &TheoryView) -> AppResult<Vec<VersionRow>> {
        Ok(versions::list(self.db(), view.row.id).await?)
    }

    /// What changed from version `a` to version `b` (0: the current model).
    pub async fn compare_theory_versions(
        &self,
        user: &CurrentUser,
        id: i64,
        (a, b): (i64, i64),
    ) -> AppResult<Vec<Change>> {
        let view = self.theory_view(user, id).await?;
        let old = self.theory_version_model(id, a, &view.theory).await?;
        let new = self.theory_version_model(id, b, &view.theory).await?;
        Ok(compare(&old, &new))
    }

    /// The model of version `number`, or `current` for 0.
    async fn theory_version_model(
        &self,
        id: i64,
        number: i64,
        current: &Theory,
    ) -> AppResult<Theory> {
        if number == 0 {
            return Ok(current.clone());
        }
        let found = versions::find(self.db(), id, number)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(serde_json::from_str(&found.model).unwrap_or_default())
    }

    /// Comments on a box (`node:{key}`) or link (`link:{from}-{to}`), for readers; text that
    /// looks like client data waits for `confirmed`.
    pub async fn comment_on_theory(
        &self,
        user: &CurrentUser,
        id: i64,
        (target, body): (&str, &str),
        confirmed: bool,
    ) -> AppResult<CommentOutcome> {
        let view = self.theory_view(user, id).await?;
        // Whoever may read a theory may comment on it.
        let known = match target.split_once(':') {
            Some(("node", key)) => key.parse().ok().and_then(|k| view.theory.node(k)).is_some(),
            Some(("link", ends)) => ends
                .split_once('-')
                .and_then(|(f, t)| Some((f.parse::<u32>().ok()?, t.parse::<u32>().ok()?)))
                .is_some_and(|(f, t)| view.theory.links.iter().any(|l| l.from == f && l.to == t)),
            _ => target == "theory",
        };
        let mut errors = FieldErrors::new();
        if !known {
            errors.add("target", "toc-error-choose");
        }
        let body = required_text(&mut errors, "comment", body, MAX_COMMENT);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let findings = client_data_signs(&body, crate::events::sessions::year_of(self.now()));
        if !findings.is_empty() && !confirmed {
            return Ok(CommentOutcome::Check(findings));
        }
        comments::insert(self.db(), id, (target, &body), user.user.id, self.now()).await?;
        Ok(CommentOutcome::Saved)
    }

    /// The comments on a theory its reader has open, oldest first.
    pub async fn theory_comments(&self, view: &TheoryView) -> AppResult<Vec<CommentRow>> {
        Ok(comments::list(self.db(), view.row.id).await?)
    }

    /// Publishes a theory to its atelier, or takes it back (its owner).
    pub async fn publish_theory(
        &self,
        user: &CurrentUser,
        id: i64,
        published: bool,
    ) -> AppResult<()> {
        let view = self.theory_view(user, id).await?;
        if !view.may_arrange {
            return Err(AppError::Forbidden);
        }
        if published && view.row.atelier_id.is_none() {
            return Err(AppError::field("publish", "keuzehulp-error-atelier-needed"));
        }
        let arrangement = Arrangement {
            atelier: view.row.atelier_id,
            team: view.row.team,
            published: published || view.row.team,
        };
        theories::arrange(self.db(), id, arrangement, self.now()).await?;
        Ok(())
    }

    /// Copies a readable theory into a new one of the member's own; returns its id.
    pub async fn fork_theory(&self, user: &CurrentUser, id: i64) -> AppResult<i64> {
        let view = self.theory_view(user, id).await?;
        let mut theory = model_of(&view.row);
        theory.title = crate::i18n::text_with(
            user.user.locale,
            "toc-fork-title",
            &[("title", crate::i18n::Arg::Text(&view.row.title))],
        );
        theory.title = theory
            .title
            .chars()
            .take(domain::toc::input::MAX_TITLE)
            .collect();
        let model = model_json(&theory)?;
        let private = Arrangement {
            atelier: None,
            team: false,
            published: false,
        };
        Ok(theories::insert(
            self.db(),
            user.user.id,
            private,
            (&theory.title, &model, Some(id)),
            self.now(),
        )
        .await?)
    }

    /// Deletes a theory (its owner or an admin).
    pub async fn delete_theory(&self, user: &CurrentUser, id: i64) -> AppResult<()> {
        let view = self.theory_view(user, id).await?;
        if !view.may_delete {
            return Err(AppError::Forbidden);
        }
        theories::delete(self.db(), id).await?;
        Ok(())
    }
}
