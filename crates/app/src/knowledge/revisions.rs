//! The history of an item: its revisions, a readable comparison of any two, and restoring an
//! older one (which becomes the newest revision; nothing is lost).

use super::{ItemRow, RevisionRow};
use crate::accounts::CurrentUser;
use crate::i18n::{self, Arg};
use crate::{App, AppError, AppResult};
use domain::knowledge::{KnowledgeAction, KnowledgeContent};
use domain::reciprocity::Activity;
use domain::revisions::{FieldDiff, diff_content};
use domain::slug::slugify;
use domain::{AtelierId, KnowledgeId};
use store::{activities, knowledge, knowledge_revisions};

/// An item's history as its page shows it.
#[derive(Debug, Clone)]
pub struct History {
    /// The item.
    pub item: ItemRow,
    /// Revisions, newest first.
    pub revisions: Vec<RevisionRow>,
    /// The actor may restore revisions.
    pub may_restore: bool,
}

fn parse(row: &RevisionRow) -> AppResult<KnowledgeContent> {
    serde_json::from_str(&row.content)
        .map_err(|e| AppError::Content(format!("revision {}: {e}", row.number)))
}

impl App {
    /// The revisions of an item the actor may read.
    pub async fn item_history(
        &self,
        user: Option<&CurrentUser>,
        id: KnowledgeId,
    ) -> AppResult<History> {
        let (item, standing) = self.item_for(user, id, KnowledgeAction::View).await?;
        let may_restore = domain::knowledge::can_on_item(
            standing,
            item.status,
            item.visibility,
            KnowledgeAction::RestoreRevision,
        );
        Ok(History {
            revisions: knowledge_revisions::list_by_item(self.db(), id).await?,
            item: item.row,
            may_restore,
        })
    }

    /// What changed from revision `from` to revision `to`, field by field.
    pub async fn compare_revisions(
        &self,
        user: Option<&CurrentUser>,
        id: KnowledgeId,
        from: i64,
        to: i64,
    ) -> AppResult<(ItemRow, Vec<FieldDiff>)> {
        let (item, _) = self.item_for(user, id, KnowledgeAction::View).await?;
        let load = |number| async move {
            knowledge_revisions::find(self.db(), id, number)
                .await?
                .ok_or(AppError::NotFound)
        };
        let (old, new) = (parse(&load(from).await?)?, parse(&load(to).await?)?);
        Ok((item.row, diff_content(&old, &new)))
    }

    /// Makes an older revision's content current again, as a new revision.
    pub async fn restore_revision(
        &self,
        user: &CurrentUser,
        id: KnowledgeId,
        number: i64,
    ) -> AppResult<()> {
        let (item, _) = self
            .item_for(Some(user), id, KnowledgeAction::RestoreRevision)
            .await?;
        let old = knowledge_revisions::find(self.db(), id, number)
            .await?
            .ok_or(AppError::NotFound)?;
        let content = parse(&old)?;
        let message = i18n::text_with(
            user.user.locale,
            "knowledge-revision-restored",
            &[("number", Arg::Number(number))],
        );
        let now = self.now();
        let mut tx = self.db().begin().await?;
        knowledge::update_content(&mut tx, id, &slugify(&content.title), &content, now).await?;
        knowledge::set_themes(&mut tx, id, &content.themes).await?;
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
        self.reindex_item(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }
}
