//! A theory as a whole: the team's own story, who owns it and where it lives, and importing an
//! export file as a new theory. Text that looks like client data is refused everywhere: a theory
//! is shared and never needs it.

use super::model_json;
use crate::accounts::CurrentUser;
use crate::events::sessions::year_of;
use crate::{App, AppError, AppResult};
use domain::forum::guard::client_data_signs;
use domain::keuzehulp::plan::home_atelier;
use domain::toc::json::import;
use domain::validation::{FieldErrors, optional_text};
use store::theories::{self, Arrangement};

/// Longest story the team can write.
pub const MAX_STORY: usize = 20_000;

impl App {
    /// Saves the team's own story (empty: the generated one again), if the theory is still at
    /// `revision`. Text that looks like client data is refused.
    pub async fn set_theory_story(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        text: &str,
    ) -> AppResult<()> {
        let view = self.theory_view(user, id).await?;
        if !view.may_edit {
            return Err(AppError::Forbidden);
        }
        let mut errors = FieldErrors::new();
        let text = optional_text(&mut errors, "story", text, MAX_STORY);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        if !client_data_signs(&text, year_of(self.now())).is_empty() {
            return Err(AppError::field("story", "toc-error-client-data"));
        }
        if !theories::set_narrative(self.db(), id, &text, revision, self.now()).await? {
            return Err(AppError::field("story", "toc-error-stale"));
        }
        Ok(())
    }

    /// Gives a theory (its owner) an atelier, and the atelier team or not.
    pub async fn arrange_theory(
        &self,
        user: &CurrentUser,
        id: i64,
        (atelier, team): (&str, bool),
    ) -> AppResult<()> {
        let view = self.theory_view(user, id).await?;
        if !view.may_arrange {
            return Err(AppError::Forbidden);
        }
        let mut choices: Vec<i64> = self
            .writable_ateliers(user)
            .await?
            .into_iter()
            .map(|(a, _)| a)
            .collect();
        choices.extend(view.row.atelier_id);
        let mut errors = FieldErrors::new();
        let atelier = home_atelier(&mut errors, atelier, &choices, team);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let published = atelier.is_some() && (team || view.row.published);
        theories::arrange(
            self.db(),
            id,
            Arrangement {
                atelier,
                team,
                published,
            },
            self.now(),
        )
        .await?;
        Ok(())
    }

    /// Imports an export file as a new theory of the member's own; returns its id. A refused
    /// file saves nothing.
    pub async fn import_theory(&self, user: &CurrentUser, text: &str) -> AppResult<i64> {
        let theory = import(text).map_err(|e| {
            let mut errors = FieldErrors::new();
            // Say where the file goes wrong (line, box, version or link), so it can be fixed.
            match e.number() {
                Some(n) => errors.add_with_limit("file", e.key(), n),
                None => errors.add("file", e.key()),
            }
            AppError::Invalid(errors)
        })?;
        if !client_data_signs(&theory.texts().join("\n"), year_of(self.now())).is_empty() {
            return Err(AppError::field("file", "toc-import-client-data"));
        }
        let title = theory.title.trim().to_owned();
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
            (&title, &model, None),
            self.now(),
        )
        .await?)
    }
}
