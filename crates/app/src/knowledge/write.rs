//! Writing: starting an item, changing it (a published change is a new revision), publishing
//! and archiving. Each is one transaction with its revision, index update and activity.

use super::index::reindex;
use super::{Item, ItemRow};
use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult, i18n};
use domain::knowledge::{KnowledgeAction, KnowledgeContent, KnowledgeInput, KnowledgeStatus};
use domain::reciprocity::Activity;
use domain::slug::slugify;
use domain::{AtelierId, KnowledgeId, UserId};
use store::{Tx, activities, knowledge, knowledge_revisions};

impl App {
    /// Checks the form and that its themes belong to the atelier's werkplaats.
    async fn validated(
        &self,
        atelier: AtelierId,
        input: &KnowledgeInput,
    ) -> AppResult<KnowledgeContent> {
        let found = self.atelier(atelier).await?;
        let allowed = store::ateliers::list_themes_by_werkplaats(
            self.db(),
            domain::WerkplaatsId(found.row.werkplaats_id),
        )
        .await?;
        let mut content = input.validate().map_err(AppError::Invalid)?;
        content
            .themes
            .retain(|t| allowed.iter().any(|theme| theme.id == *t));
        Ok(content)
    }

    /// Starts a draft in an atelier (its members); returns the new item's id.
    pub async fn create_item(
        &self,
        user: &CurrentUser,
        atelier: AtelierId,
        input: &KnowledgeInput,
    ) -> AppResult<KnowledgeId> {
        self.new_item_form(user, atelier).await?;
        let content = self.validated(atelier, input).await?;
        let mut tx = self.db().begin().await?;
        let id = knowledge::insert(
            &mut tx,
            atelier,
            user.user.id,
            &slugify(&content.title),
            &content,
            self.now(),
        )
        .await?;
        knowledge::set_themes(&mut tx, id, &content.themes).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes an item's content. A change to a published item becomes a new revision with
    /// the given message (or a default one) and counts as improving knowledge.
    pub async fn update_item(
        &self,
        user: &CurrentUser,
        id: KnowledgeId,
        input: &KnowledgeInput,
    ) -> AppResult<()> {
        let (item, _) = self.item_for(Some(user), id, KnowledgeAction::Edit).await?;
        let content = self
            .validated(AtelierId(item.row.atelier_id), input)
            .await?;
        let message = input.message().map_err(AppError::Invalid)?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        knowledge::update_content(&mut tx, id, &slugify(&content.title), &content, now).await?;
        knowledge::set_themes(&mut tx, id, &content.themes).await?;
        if item.status == KnowledgeStatus::Published {
            let message = if message.is_empty() {
                i18n::text(user.user.locale, "knowledge-revision-edited")
            } else {
                message
            };
            self.record_revision(&mut tx, id, user.user.id, &message, &content)
                .await?;
            activities::insert(
                &mut tx,
                AtelierId(item.row.atelier_id),
                user.user.id,
                Activity::KnowledgeImproved.code(),
                now,
            )
            .await?;
        }
        self.reindex_item(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Publishes an item (facilitators): a first revision, or a new one when the content
    /// changed since the last; the author's writing counts as giving the first time.
    pub async fn publish_item(&self, user: &CurrentUser, id: KnowledgeId) -> AppResult<()> {
        let (item, _) = self
            .item_for(Some(user), id, KnowledgeAction::Publish)
            .await?;
        let content = self.current_content(&item).await?;
        let latest = knowledge_revisions::list_by_item(self.db(), id).await?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        knowledge::update_status(&mut tx, id, KnowledgeStatus::Published.code(), now).await?;
        let unchanged = latest
            .first()
            .and_then(|r| serde_json::from_str::<KnowledgeContent>(&r.content).ok())
            .is_some_and(|c| c == content);
        if !unchanged {
            let message = i18n::text(user.user.locale, "knowledge-revision-published");
            self.record_revision(&mut tx, id, user.user.id, &message, &content)
                .await?;
        }
        if item.row.published_at.is_none()
            && let Some(author) = item.row.created_by
        {
            activities::insert(
                &mut tx,
                AtelierId(item.row.atelier_id),
                UserId(author),
                Activity::KnowledgeWritten.code(),
                now,
            )
            .await?;
        }
        self.reindex_item(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Archives a published item (facilitators): still readable, no longer found.
    pub async fn archive_item(&self, user: &CurrentUser, id: KnowledgeId) -> AppResult<()> {
        self.item_for(Some(user), id, KnowledgeAction::Archive)
            .await?;
        self.set_item_status(id, KnowledgeStatus::Archived).await
    }

    pub(crate) async fn set_item_status(
        &self,
        id: KnowledgeId,
        status: KnowledgeStatus,
    ) -> AppResult<()> {
        let mut tx = self.db().begin().await?;
        knowledge::update_status(&mut tx, id, status.code(), self.now()).await?;
        self.reindex_item(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }

    pub(crate) async fn current_content(&self, item: &Item) -> AppResult<KnowledgeContent> {
        let themes = knowledge::list_themes(self.db(), item.id()).await?;
        Ok(item
            .row
            .content(themes.into_iter().map(|(id, _)| id).collect()))
    }

    pub(crate) async fn record_revision(
        &self,
        tx: &mut Tx,
        id: KnowledgeId,
        author: UserId,
        message: &str,
        content: &KnowledgeContent,
    ) -> AppResult<i64> {
        let json = serde_json::to_string(content)
            .map_err(|e| AppError::Content(format!("revision snapshot: {e}")))?;
        Ok(knowledge_revisions::insert(tx, id, author, message, &json, self.now()).await?)
    }

    /// Re-reads the item inside the transaction and brings the index in step.
    pub(crate) async fn reindex_item(&self, tx: &mut Tx, id: KnowledgeId) -> AppResult<()> {
        let row: ItemRow = knowledge::find(&mut *tx, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let themes: Vec<i64> = knowledge::list_themes(&mut *tx, id)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        reindex(tx, &row, &themes).await?;
        Ok(())
    }
}
