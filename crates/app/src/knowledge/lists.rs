//! Lists of items: one's own work in progress, where one may start an item, an atelier's
//! published knowledge and the public items the feeds carry.

use super::ItemRow;
use crate::accounts::CurrentUser;
use crate::{App, AppResult};
use domain::ateliers::MembershipStatus;
use domain::knowledge::{KnowledgeStatus, KnowledgeVisibility};
use domain::{AtelierId, WerkplaatsId};
use store::{ateliers, knowledge, memberships};

/// Items in a feed.
const FEED_ITEMS: i64 = 50;

impl App {
    /// Drafts and items in review the actor started or was asked to review.
    pub async fn knowledge_work(&self, user: &CurrentUser) -> AppResult<Vec<ItemRow>> {
        Ok(knowledge::list_work_of(self.db(), user.user.id).await?)
    }

    /// Ateliers where the actor may start an item, as (id, name).
    pub async fn writable_ateliers(&self, user: &CurrentUser) -> AppResult<Vec<(i64, String)>> {
        let all = ateliers::list_names(self.db()).await?;
        if user.user.is_admin {
            return Ok(all);
        }
        let mine: Vec<i64> =
            memberships::list_by_user(self.db(), user.user.id, MembershipStatus::Active.code())
                .await?
                .into_iter()
                .map(|m| m.atelier_id)
                .collect();
        Ok(all
            .into_iter()
            .filter(|(id, _)| mine.contains(id))
            .collect())
    }

    /// The newest `limit` published items of an atelier that the actor may read.
    pub async fn atelier_knowledge(
        &self,
        user: Option<&CurrentUser>,
        atelier: AtelierId,
        limit: usize,
    ) -> AppResult<Vec<ItemRow>> {
        let found = self.atelier(atelier).await?;
        let (membership, _) = self.standing(user, &found).await?;
        let member = crate::ateliers::active_role(membership.as_ref()).is_some();
        let admin = user.is_some_and(|u| u.user.is_admin);
        let colleague = match user {
            Some(u) => {
                memberships::is_in_werkplaats(
                    self.db(),
                    WerkplaatsId(found.row.werkplaats_id),
                    u.user.id,
                )
                .await?
            }
            None => false,
        };
        let mut visible = vec![KnowledgeVisibility::Public.code()];
        if admin || colleague || member {
            visible.push(KnowledgeVisibility::Werkplaats.code());
        }
        if admin || member {
            visible.push(KnowledgeVisibility::Atelier.code());
        }
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        Ok(knowledge::list_published_by_atelier(self.db(), atelier, &visible, limit).await?)
    }

    /// Published public items for a feed: of one atelier, or of all.
    pub async fn public_items(&self, atelier: Option<AtelierId>) -> AppResult<Vec<ItemRow>> {
        if let Some(id) = atelier {
            self.atelier(id).await?;
        }
        Ok(knowledge::list_by_status(
            self.db(),
            atelier,
            &[KnowledgeStatus::Published.code()],
            FEED_ITEMS * 4,
        )
        .await?
        .into_iter()
        .filter(|i| i.visibility == KnowledgeVisibility::Public.code())
        .take(usize::try_from(FEED_ITEMS).unwrap_or(50))
        .collect())
    }
}
