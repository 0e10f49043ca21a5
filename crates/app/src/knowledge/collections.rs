//! Collections of knowledge items: facilitators of an atelier make them and put published
//! items in order; everyone sees a collection with the items they may read.

use super::ItemRow;
use crate::accounts::CurrentUser;
use crate::ateliers::active_role;
use crate::{App, AppError, AppResult};
use domain::knowledge::collection::CollectionInput;
use domain::knowledge::{KnowledgeStatus, can_manage_collections};
use domain::slug::slugify;
use domain::{AtelierId, KnowledgeId, markdown};
use store::knowledge_collections::{self as collections, CollectionRow};
use store::{ateliers, memberships};

/// The collections overview.
#[derive(Debug, Clone)]
pub struct CollectionsOverview {
    /// Every collection, by title.
    pub collections: Vec<CollectionRow>,
    /// Ateliers where the actor may make a collection, as (id, name).
    pub manageable_ateliers: Vec<(i64, String)>,
}

/// A collection's page.
#[derive(Debug, Clone)]
pub struct CollectionPage {
    /// The collection.
    pub collection: CollectionRow,
    /// Its description as sanitised HTML.
    pub description_html: String,
    /// The published items the actor may read, in order.
    pub items: Vec<ItemRow>,
    /// The actor may change it.
    pub may_manage: bool,
}

/// A collection shows to everyone when its atelier is public, else to the atelier's members.
fn visible(scope: &domain::search::Scope, c: &CollectionRow) -> bool {
    scope.admin || c.atelier_visibility == "public" || scope.ateliers.contains(&c.atelier_id)
}

/// The canonical path of a collection.
pub fn collection_path(id: i64, slug: &str) -> String {
    format!("/kennis/collecties/{id}-{slug}")
}

/// Where the actor may arrange collections: everywhere (admins) or these ateliers.
enum Managed {
    All,
    Ateliers(Vec<i64>),
}

impl Managed {
    fn covers(&self, atelier: i64) -> bool {
        match self {
            Managed::All => true,
            Managed::Ateliers(ids) => ids.contains(&atelier),
        }
    }
}

impl App {
    /// Every atelier the actor may arrange collections in, in one query.
    async fn managed_ateliers(&self, user: &CurrentUser) -> AppResult<Managed> {
        if user.user.is_admin {
            return Ok(Managed::All);
        }
        // The same people as `can_manage_collections`: facilitators and coordinators.
        Ok(Managed::Ateliers(self.facilitated_ateliers(user).await?))
    }

    async fn may_manage_in(&self, user: &CurrentUser, atelier: AtelierId) -> AppResult<bool> {
        let membership = memberships::find(self.db(), atelier, user.user.id).await?;
        Ok(can_manage_collections(
            user.user.is_admin,
            active_role(membership.as_ref()),
        ))
    }

    /// A collection the actor may change (`Forbidden` otherwise).
    async fn managed_collection(&self, user: &CurrentUser, id: i64) -> AppResult<CollectionRow> {
        let found = collections::find(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        if !self
            .may_manage_in(user, AtelierId(found.atelier_id))
            .await?
        {
            return Err(AppError::Forbidden);
        }
        Ok(found)
    }

    /// All collections, and where the actor may start one.
    pub async fn collections_overview(
        &self,
        user: Option<&CurrentUser>,
    ) -> AppResult<CollectionsOverview> {
        let mut manageable_ateliers = Vec::new();
        if let Some(user) = user {
            let managed = self.managed_ateliers(user).await?;
            manageable_ateliers = ateliers::list_names(self.db())
                .await?
                .into_iter()
                .filter(|(id, _)| managed.covers(*id))
                .collect();
        }
        let scope = self.reader_scope(user).await?;
        Ok(CollectionsOverview {
            collections: collections::list(self.db(), None)
                .await?
                .into_iter()
                .filter(|c| visible(&scope, c))
                .collect(),
            manageable_ateliers,
        })
    }

    /// Makes an empty collection in an atelier (its facilitators).
    pub async fn create_collection(
        &self,
        user: &CurrentUser,
        atelier: AtelierId,
        input: &CollectionInput,
    ) -> AppResult<(i64, String)> {
        self.atelier(atelier).await?;
        if !self.may_manage_in(user, atelier).await? {
            return Err(AppError::Forbidden);
        }
        let content = input.validate().map_err(AppError::Invalid)?;
        let slug = slugify(&content.title);
        let id = collections::insert(
            self.db(),
            atelier,
            user.user.id,
            (&slug, &content.title, &content.description),
            self.now(),
        )
        .await?;
        Ok((id, collection_path(id, &slug)))
    }

    /// A collection with the items the actor may read.
    pub async fn collection_page(
        &self,
        user: Option<&CurrentUser>,
        id: i64,
    ) -> AppResult<CollectionPage> {
        let collection = collections::find(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let scope = self.reader_scope(user).await?;
        if !visible(&scope, &collection) {
            return Err(AppError::NotFound);
        }
        let items = collections::list_items(self.db(), id)
            .await?
            .into_iter()
            .filter(|i| {
                i.status == KnowledgeStatus::Published.code()
                    && scope.may_read(&i.visibility, i.werkplaats_id, i.atelier_id)
            })
            .collect();
        let may_manage = match user {
            Some(u) => {
                self.may_manage_in(u, AtelierId(collection.atelier_id))
                    .await?
            }
            None => false,
        };
        Ok(CollectionPage {
            description_html: markdown::render(&collection.description),
            collection,
            items,
            may_manage,
        })
    }

    /// Changes a collection's title and description; returns its (new) path.
    pub async fn update_collection(
        &self,
        user: &CurrentUser,
        id: i64,
        input: &CollectionInput,
    ) -> AppResult<String> {
        self.managed_collection(user, id).await?;
        let content = input.validate().map_err(AppError::Invalid)?;
        let slug = slugify(&content.title);
        collections::update(self.db(), id, (&slug, &content.title, &content.description)).await?;
        Ok(collection_path(id, &slug))
    }

    /// Removes a collection; its items stay in the knowledge base.
    pub async fn delete_collection(&self, user: &CurrentUser, id: i64) -> AppResult<()> {
        self.managed_collection(user, id).await?;
        collections::delete(self.db(), id).await?;
        Ok(())
    }

    /// Puts a published item at the end of a collection.
    pub async fn add_to_collection(
        &self,
        user: &CurrentUser,
        id: i64,
        item: KnowledgeId,
    ) -> AppResult<()> {
        self.managed_collection(user, id).await?;
        let (found, _) = self
            .item_for(Some(user), item, domain::knowledge::KnowledgeAction::View)
            .await?;
        if found.status != KnowledgeStatus::Published {
            return Err(AppError::field("item", "collection-error-unpublished"));
        }
        let mut tx = self.db().begin().await?;
        collections::add_item(&mut tx, id, item).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes an item out of a collection.
    pub async fn remove_from_collection(
        &self,
        user: &CurrentUser,
        id: i64,
        item: KnowledgeId,
    ) -> AppResult<()> {
        self.managed_collection(user, id).await?;
        collections::remove_item(self.db(), id, item).await?;
        Ok(())
    }

    /// Moves an item one place up or down.
    pub async fn move_in_collection(
        &self,
        user: &CurrentUser,
        id: i64,
        item: KnowledgeId,
        up: bool,
    ) -> AppResult<()> {
        self.managed_collection(user, id).await?;
        let mut tx = self.db().begin().await?;
        collections::move_item(&mut tx, id, item, up).await?;
        tx.commit().await?;
        Ok(())
    }

    /// For an item's page: the collections that hold it, as (path, title), and those the
    /// actor could add it to, as (id, title).
    pub(crate) async fn item_collections(
        &self,
        user: Option<&CurrentUser>,
        item: KnowledgeId,
        published: bool,
    ) -> AppResult<(Vec<(String, String)>, Vec<(i64, String)>)> {
        let scope = self.reader_scope(user).await?;
        let holding: Vec<CollectionRow> = collections::list_for_item(self.db(), item)
            .await?
            .into_iter()
            .filter(|c| visible(&scope, c))
            .collect();
        let mut choices = Vec::new();
        if let (Some(user), true) = (user, published) {
            let managed = self.managed_ateliers(user).await?;
            for c in collections::list(self.db(), None).await? {
                let held = holding.iter().any(|h| h.id == c.id);
                if !held && managed.covers(c.atelier_id) {
                    choices.push((c.id, c.title));
                }
            }
        }
        let holding = holding
            .into_iter()
            .map(|c| (collection_path(c.id, &c.slug), c.title))
            .collect();
        Ok((holding, choices))
    }
}
