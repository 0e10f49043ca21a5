//! Creating and editing ateliers: description, knowledge question, visibility, join policy and
//! themes. Coordinators edit their atelier; admins and werkplaats coordinators create new ones.

use crate::accounts::{CurrentUser, ensure};
use crate::ateliers::Atelier;
use crate::{App, AppError, AppResult};
use domain::ateliers::{AtelierInput, AtelierRole, MembershipStatus, Stage};
use domain::permissions::{AtelierAction, can_create_atelier, can_in_atelier};
use domain::{AtelierId, ThemeId, WerkplaatsId};
use store::ateliers::{self, NewAtelier, ThemeRow};
use store::memberships::{self, NewMembership};
use store::{StoreError, werkplaatsen};

/// What the atelier form needs.
#[derive(Debug, Clone)]
pub struct AtelierFormData {
    /// The werkplaats the atelier belongs to.
    pub werkplaats: WerkplaatsId,
    /// The atelier when editing.
    pub atelier: Option<Atelier>,
    /// The werkplaats's themes to choose from.
    pub themes: Vec<ThemeRow>,
    /// Ids of the themes the atelier has now.
    pub chosen: Vec<i64>,
}

impl App {
    pub(crate) async fn ensure_may_create(
        &self,
        user: &CurrentUser,
        werkplaats: WerkplaatsId,
    ) -> AppResult<()> {
        let role = werkplaatsen::find_member_role(self.db(), werkplaats, user.user.id).await?;
        ensure(can_create_atelier(user.user.actor(), role.as_deref()))
    }

    async fn ensure_may_edit(&self, user: &CurrentUser, atelier: &Atelier) -> AppResult<()> {
        let mine = memberships::find(self.db(), atelier.id(), user.user.id).await?;
        let role = mine
            .filter(|m| m.status == MembershipStatus::Active.code())
            .and_then(|m| AtelierRole::from_code(&m.role));
        let allowed = can_in_atelier(
            user.user.actor(),
            role,
            atelier.visibility,
            atelier.join_policy,
            AtelierAction::Edit,
        );
        ensure(allowed)
    }

    /// The werkplaatsen in which the user may create ateliers and edit themes.
    pub async fn managed_werkplaatsen(&self, user: &CurrentUser) -> AppResult<Vec<WerkplaatsId>> {
        let mut managed = Vec::new();
        for w in werkplaatsen::list(self.db()).await? {
            let id = WerkplaatsId(w.id);
            if self.ensure_may_create(user, id).await.is_ok() {
                managed.push(id);
            }
        }
        Ok(managed)
    }

    /// The data for the new-atelier form or the edit form. For a new atelier `werkplaats` says
    /// where (default: the first the user manages).
    pub async fn atelier_form(
        &self,
        user: &CurrentUser,
        id: Option<AtelierId>,
        werkplaats: Option<WerkplaatsId>,
    ) -> AppResult<AtelierFormData> {
        let (werkplaats, atelier) = match id {
            Some(id) => {
                let row = ateliers::find_by_id(self.db(), id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let atelier = Atelier::from_row(row)?;
                self.ensure_may_edit(user, &atelier).await?;
                (WerkplaatsId(atelier.row.werkplaats_id), Some(atelier))
            }
            None => {
                let werkplaats = match werkplaats {
                    Some(w) => w,
                    None => *self
                        .managed_werkplaatsen(user)
                        .await?
                        .first()
                        .ok_or(AppError::Forbidden)?,
                };
                werkplaatsen::find_by_id(self.db(), werkplaats)
                    .await?
                    .ok_or(AppError::NotFound)?;
                self.ensure_may_create(user, werkplaats).await?;
                (werkplaats, None)
            }
        };
        let themes = ateliers::list_themes_by_werkplaats(self.db(), werkplaats).await?;
        let chosen = match &atelier {
            Some(a) => ateliers::list_themes_by_atelier(self.db(), a.id())
                .await?
                .iter()
                .map(|t| t.id)
                .collect(),
            None => Vec::new(),
        };
        Ok(AtelierFormData {
            werkplaats,
            atelier,
            themes,
            chosen,
        })
    }

    /// Saves the atelier form: a new atelier (its creator becomes coordinator) or changes to an
    /// existing one. Returns the atelier's id and slug.
    pub async fn save_atelier(
        &self,
        user: &CurrentUser,
        id: Option<AtelierId>,
        werkplaats: Option<WerkplaatsId>,
        input: &AtelierInput,
    ) -> AppResult<(AtelierId, String)> {
        let form = self.atelier_form(user, id, werkplaats).await?;
        let known: Vec<i64> = form.themes.iter().map(|t| t.id).collect();
        let settings = input.validate(&known).map_err(AppError::Invalid)?;
        let now = self.now();
        let stage = form.atelier.as_ref().map_or(Stage::Potential, |a| a.stage);
        let row = NewAtelier {
            werkplaats: form.werkplaats,
            slug: &settings.slug,
            name: &settings.name,
            description: &settings.description,
            knowledge_question: &settings.knowledge_question,
            visibility: settings.visibility.code(),
            join_policy: settings.join_policy.code(),
            stage: stage.code(),
        };
        let mut tx = self.db().begin().await?;
        let saved = match id {
            Some(id) => ateliers::update(&mut tx, id, &row, now).await.map(|()| id),
            None => ateliers::insert(&mut tx, &row, now).await,
        };
        let id = match saved {
            Err(StoreError::Conflict) => return Err(AppError::field("name", "error-name-taken")),
            other => other?,
        };
        if form.atelier.is_none() {
            ateliers::insert_stage_change(&mut tx, id, stage.code(), "", Some(user.user.id), now)
                .await?;
            let coordinator = NewMembership {
                atelier: id,
                user: user.user.id,
                role: AtelierRole::Coordinator.code(),
                status: MembershipStatus::Active.code(),
                meetings: true,
                public_events: true,
                online: true,
                request_message: "",
            };
            memberships::upsert(&mut tx, &coordinator, now).await?;
        }
        ateliers::delete_theme_links(&mut tx, id).await?;
        for theme in &settings.themes {
            ateliers::insert_theme_link(&mut tx, id, ThemeId(*theme)).await?;
        }
        // Forum posts carry the atelier's visibility in search: follow a change at once.
        if form
            .atelier
            .as_ref()
            .is_some_and(|a| a.visibility != settings.visibility)
        {
            self.reindex_atelier_posts(&mut tx, id).await?;
            crate::events::index::reindex_atelier(&mut tx, id.0).await?;
        }
        tx.commit().await?;
        Ok((id, settings.slug))
    }
}
