//! The knowledge base: items an atelier develops, their workflow (draft → review → published →
//! archived), revisions, reviews and search. Every change that is visible to readers is
//! re-indexed in the same transaction.

mod attachments;
mod collections;
mod index;
mod lists;
mod read;
mod review;
mod revisions;
mod search;
mod write;

pub use attachments::Download;
pub use collections::{CollectionPage, CollectionsOverview, collection_path};
pub use index::search_document;
pub use read::{ItemPage, ItemPermissions, KnowledgeForm};
pub use review::{MAX_COMMENT_CHARS, VERDICTS};
pub use revisions::History;
pub use search::{FacetGroup, FacetOption, SearchHit, SearchParams, SearchResults};
pub use store::knowledge::ItemRow;
pub use store::knowledge_attachments::AttachmentRow;
pub use store::knowledge_collections::CollectionRow;
pub use store::knowledge_reviews::CommentRow;
pub use store::knowledge_revisions::RevisionRow;

use crate::accounts::CurrentUser;
use crate::ateliers::active_role;
use crate::{App, AppError, AppResult};
use domain::knowledge::{
    ItemStanding, KnowledgeAction, KnowledgeStatus, KnowledgeVisibility, can_on_item,
};
use domain::{KnowledgeId, WerkplaatsId};
use store::{knowledge, knowledge_reviews, memberships};

/// The canonical path of an item: `/kennis/{id}-{slug}`.
pub fn item_path(id: i64, slug: &str) -> String {
    if slug.is_empty() {
        format!("/kennis/{id}")
    } else {
        format!("/kennis/{id}-{slug}")
    }
}

/// An item with its parsed status and visibility.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub row: ItemRow,
    pub status: KnowledgeStatus,
    pub visibility: KnowledgeVisibility,
}

impl Item {
    pub fn id(&self) -> KnowledgeId {
        KnowledgeId(self.row.id)
    }
}

impl App {
    pub(crate) async fn item(&self, id: KnowledgeId) -> AppResult<Item> {
        let row = knowledge::find(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let bad = |column: &'static str, value: &str| {
            AppError::Store(store::StoreError::BadValue {
                column,
                value: value.to_owned(),
            })
        };
        Ok(Item {
            status: KnowledgeStatus::from_code(&row.status)
                .ok_or_else(|| bad("knowledge_items.status", &row.status))?,
            visibility: KnowledgeVisibility::from_code(&row.visibility)
                .ok_or_else(|| bad("knowledge_items.visibility", &row.visibility))?,
            row,
        })
    }

    /// An item's canonical path (for redirects after a change; the page itself checks who
    /// may read it), in one query.
    pub async fn item_canonical_path(&self, id: KnowledgeId) -> AppResult<String> {
        let item = self.item(id).await?;
        Ok(item_path(item.row.id, &item.row.slug))
    }

    /// The actor's standing towards an item.
    pub(crate) async fn item_standing(
        &self,
        user: Option<&CurrentUser>,
        item: &Item,
    ) -> AppResult<ItemStanding> {
        let Some(user) = user else {
            return Ok(ItemStanding::default());
        };
        let id = user.user.id;
        let membership =
            memberships::find(self.db(), domain::AtelierId(item.row.atelier_id), id).await?;
        Ok(ItemStanding {
            logged_in: true,
            admin: user.user.is_admin,
            author: item.row.created_by == Some(id.0),
            reviewer: knowledge_reviews::is_reviewer(self.db(), item.id(), id).await?,
            atelier_role: active_role(membership.as_ref()),
            in_werkplaats: memberships::is_in_werkplaats(
                self.db(),
                WerkplaatsId(item.row.werkplaats_id),
                id,
            )
            .await?,
        })
    }

    /// Loads an item the actor may do `action` on: `NotFound` when they may not even see it
    /// (its existence is not revealed), `Forbidden` when they see it but may not act.
    pub(crate) async fn item_for(
        &self,
        user: Option<&CurrentUser>,
        id: KnowledgeId,
        action: KnowledgeAction,
    ) -> AppResult<(Item, ItemStanding)> {
        let item = self.item(id).await?;
        let standing = self.item_standing(user, &item).await?;
        let can = |action| can_on_item(standing, item.status, item.visibility, action);
        if !can(KnowledgeAction::View) {
            return Err(AppError::NotFound);
        }
        if !can(action) {
            return Err(AppError::Forbidden);
        }
        Ok((item, standing))
    }
}
