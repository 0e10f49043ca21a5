//! Werkplaats settings: its name and description, and its themes (admins and werkplaats
//! coordinators).

use crate::accounts::{CurrentUser, ensure};
use crate::{App, AppError, AppResult};
use domain::ateliers::validate_named;
use domain::permissions::{Action, can};
use domain::{ThemeId, WerkplaatsId};
use store::StoreError;
use store::ateliers::{self, ThemeRow};
use store::werkplaatsen::{self, WerkplaatsRow};

impl App {
    async fn ensure_may_manage(
        &self,
        user: &CurrentUser,
        id: WerkplaatsId,
    ) -> AppResult<WerkplaatsRow> {
        let werkplaats = werkplaatsen::find_by_id(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        self.ensure_may_create(user, id).await?;
        Ok(werkplaats)
    }

    /// A werkplaats and its themes, for its settings page.
    pub async fn werkplaats_settings(
        &self,
        user: &CurrentUser,
        id: WerkplaatsId,
    ) -> AppResult<(WerkplaatsRow, Vec<ThemeRow>)> {
        let werkplaats = self.ensure_may_manage(user, id).await?;
        Ok((
            werkplaats,
            ateliers::list_themes_by_werkplaats(self.db(), id).await?,
        ))
    }

    /// Changes a werkplaats's name and description.
    pub async fn update_werkplaats(
        &self,
        user: &CurrentUser,
        id: WerkplaatsId,
        name: &str,
        description: &str,
    ) -> AppResult<()> {
        self.ensure_may_manage(user, id).await?;
        let (name, _, description) =
            validate_named(name, description).map_err(AppError::Invalid)?;
        werkplaatsen::update(self.db(), id, &name, &description).await?;
        Ok(())
    }

    /// Adds a theme (`theme` none) or changes one.
    pub async fn save_theme(
        &self,
        user: &CurrentUser,
        id: WerkplaatsId,
        theme: Option<ThemeId>,
        name: &str,
        description: &str,
    ) -> AppResult<()> {
        self.ensure_may_manage(user, id).await?;
        let (name, slug, description) =
            validate_named(name, description).map_err(AppError::Invalid)?;
        let taken = || AppError::field("name", "error-theme-taken");
        match theme {
            Some(theme) => {
                let found =
                    match ateliers::update_theme(self.db(), id, theme, &slug, &name, &description)
                        .await
                    {
                        Err(StoreError::Conflict) => return Err(taken()),
                        other => other?,
                    };
                if !found {
                    return Err(AppError::NotFound);
                }
            }
            None => {
                match ateliers::insert_theme(self.db(), id, &slug, &name, &description, self.now())
                    .await
                {
                    Err(StoreError::Conflict) => return Err(taken()),
                    other => {
                        other?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Creates a werkplaats (platform admins); its creator becomes its coordinator.
    pub async fn create_werkplaats(
        &self,
        user: &CurrentUser,
        name: &str,
        description: &str,
    ) -> AppResult<WerkplaatsId> {
        ensure(can(user.user.actor(), Action::ManagePlatform))?;
        let (name, slug, description) =
            validate_named(name, description).map_err(AppError::Invalid)?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        let id = match werkplaatsen::insert(&mut tx, &slug, &name, &description, now).await {
            Err(StoreError::Conflict) => {
                return Err(AppError::field("name", "error-werkplaats-taken"));
            }
            other => other?,
        };
        werkplaatsen::upsert_member(&mut tx, id, user.user.id, "coordinator", now).await?;
        tx.commit().await?;
        Ok(id)
    }
}
