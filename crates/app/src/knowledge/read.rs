//! Reading an item and preparing its forms: what the page shows and what the actor may do.

use super::{CommentRow, ItemRow};
use crate::accounts::CurrentUser;
use crate::ateliers::active_role;
use crate::{App, AppError, AppResult};
use domain::ateliers::MembershipStatus;
use domain::knowledge::{
    KnowledgeAction, KnowledgeContent, KnowledgeStatus, can_create_item, can_on_item,
};
use domain::{AtelierId, KnowledgeId, markdown};
use store::{ateliers, knowledge, knowledge_reviews, knowledge_revisions, memberships};

/// What the actor may do with an item.
#[derive(Debug, Clone, Copy, Default)]
pub struct ItemPermissions {
    /// Edit content.
    pub edit: bool,
    /// Ask for review.
    pub submit: bool,
    /// Comment in the review.
    pub comment: bool,
    /// Publish.
    pub publish: bool,
    /// Send back to the author.
    pub return_to_draft: bool,
    /// Archive.
    pub archive: bool,
    /// Restore a revision.
    pub restore: bool,
}

/// Everything an item's page shows.
#[derive(Debug, Clone)]
pub struct ItemPage {
    /// The item.
    pub item: ItemRow,
    /// Its themes as (id, name).
    pub themes: Vec<(i64, String)>,
    /// The body as sanitised HTML.
    pub html: String,
    /// What the actor may do.
    pub may: ItemPermissions,
    /// Reviewers asked, as (id, name).
    pub reviewers: Vec<(i64, String)>,
    /// Review comments (for those involved).
    pub comments: Vec<CommentRow>,
    /// Number of the latest revision (0: never published).
    pub revisions: i64,
    /// Members who can be asked to review, as (id, name) (when the actor may submit).
    pub reviewer_choices: Vec<(i64, String)>,
    /// Attached files.
    pub attachments: Vec<super::AttachmentRow>,
    /// Collections holding the item, as (path, title).
    pub collections: Vec<(String, String)>,
    /// Collections the actor may add it to, as (id, title).
    pub collection_choices: Vec<(i64, String)>,
}

/// What the item form needs besides the values.
#[derive(Debug, Clone)]
pub struct KnowledgeForm {
    /// The owning atelier.
    pub atelier_id: i64,
    /// Its name.
    pub atelier_name: String,
    /// Themes that can be chosen, as (id, name).
    pub themes: Vec<(i64, String)>,
    /// The item being edited (none for a new one) with its status code.
    pub item: Option<(i64, String, String)>,
}

impl App {
    /// An item's page as the actor may see it (`NotFound` when they may not).
    pub async fn item_page(
        &self,
        user: Option<&CurrentUser>,
        id: KnowledgeId,
    ) -> AppResult<ItemPage> {
        let (item, standing) = self.item_for(user, id, KnowledgeAction::View).await?;
        let can = |action| can_on_item(standing, item.status, item.visibility, action);
        let may = ItemPermissions {
            edit: can(KnowledgeAction::Edit),
            submit: can(KnowledgeAction::SubmitForReview),
            comment: can(KnowledgeAction::Comment),
            publish: can(KnowledgeAction::Publish),
            return_to_draft: can(KnowledgeAction::ReturnToDraft),
            archive: can(KnowledgeAction::Archive),
            restore: can(KnowledgeAction::RestoreRevision),
        };
        let involved = standing.author || standing.reviewer || may.publish;
        let reviewers = knowledge_reviews::list_reviewers(self.db(), id)
            .await?
            .into_iter()
            .map(|(id, name, _, _)| (id, name))
            .collect();
        let comments = if involved {
            knowledge_reviews::list_comments(self.db(), id).await?
        } else {
            Vec::new()
        };
        let reviewer_choices = if may.submit {
            self.reviewer_choices(&item.row).await?
        } else {
            Vec::new()
        };
        let revisions = knowledge_revisions::list_by_item(self.db(), id)
            .await?
            .first()
            .map_or(0, |r| r.number);
        let (collections, collection_choices) = self
            .item_collections(user, id, item.status == KnowledgeStatus::Published)
            .await?;
        Ok(ItemPage {
            attachments: self.item_attachments(id).await?,
            collections,
            collection_choices,
            themes: knowledge::list_themes(self.db(), id).await?,
            html: markdown::render(&item.row.body),
            item: item.row,
            may,
            reviewers,
            comments,
            revisions,
            reviewer_choices,
        })
    }

    /// Active members of the item's atelier other than its author.
    pub(crate) async fn reviewer_choices(&self, row: &ItemRow) -> AppResult<Vec<(i64, String)>> {
        Ok(memberships::list_by_atelier(
            self.db(),
            AtelierId(row.atelier_id),
            MembershipStatus::Active.code(),
        )
        .await?
        .into_iter()
        .filter(|m| Some(m.user_id) != row.created_by)
        .map(|m| (m.user_id, m.display_name))
        .collect())
    }

    /// The form for a new item in an atelier (its members only).
    pub async fn new_item_form(
        &self,
        user: &CurrentUser,
        atelier: AtelierId,
    ) -> AppResult<KnowledgeForm> {
        let found = self.atelier(atelier).await?;
        let membership = memberships::find(self.db(), atelier, user.user.id).await?;
        if !can_create_item(user.user.is_admin, active_role(membership.as_ref())) {
            return Err(AppError::Forbidden);
        }
        Ok(KnowledgeForm {
            atelier_id: atelier.0,
            atelier_name: found.row.name.clone(),
            themes: self.theme_choices(&found.row).await?,
            item: None,
        })
    }

    async fn theme_choices(
        &self,
        atelier: &store::ateliers::AtelierRow,
    ) -> AppResult<Vec<(i64, String)>> {
        Ok(ateliers::list_themes_by_werkplaats(
            self.db(),
            domain::WerkplaatsId(atelier.werkplaats_id),
        )
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect())
    }

    /// The form to edit an item, with its current content.
    pub async fn edit_item_form(
        &self,
        user: &CurrentUser,
        id: KnowledgeId,
    ) -> AppResult<(KnowledgeForm, KnowledgeContent)> {
        let (item, _) = self.item_for(Some(user), id, KnowledgeAction::Edit).await?;
        let atelier = self.atelier(AtelierId(item.row.atelier_id)).await?;
        let themes = knowledge::list_themes(self.db(), id).await?;
        let content = item.row.content(themes.iter().map(|(id, _)| *id).collect());
        Ok((
            KnowledgeForm {
                atelier_id: item.row.atelier_id,
                atelier_name: item.row.atelier_name.clone(),
                themes: self.theme_choices(&atelier.row).await?,
                item: Some((item.row.id, item.row.slug.clone(), item.row.status.clone())),
            },
            content,
        ))
    }
}
