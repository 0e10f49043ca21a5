//! The forum: categories per atelier (and one for the whole werkplaats), threads of three kinds,
//! posts with stable addresses, the client-data guard before anything is saved, and posts in
//! the shared search with the category's visibility.

mod extras;
pub(crate) mod index;
pub(crate) mod kept_posts;
mod moderate;
mod notify;
mod read;
mod rendered;
mod write;

pub use index::{POST_TYPE, search_document};
pub use moderate::{MAX_REASON_CHARS, Moderation};
pub use read::{CategoryPage, PostView, ThreadPage};
pub use store::forum::categories::CategoryRow;
pub use store::forum::moderation::{FlagRow, LogRow};
pub use store::forum::posts::{EditRow, PostRow};
pub use store::forum::threads::ThreadRow;
pub use write::{PostOutcome, ReplyInput};

use crate::accounts::CurrentUser;
use crate::ateliers::active_role;
use crate::{App, AppError, AppResult};
use domain::forum::ForumStanding;
use domain::{AtelierId, WerkplaatsId};
use store::forum::{categories, posts, threads};
use store::memberships;

/// A category's address: `/forum/{id}-{slug}`.
pub fn category_path(id: i64, slug: &str) -> String {
    format!("/forum/{id}-{slug}")
}

/// A thread's address (its first page): `/forum/onderwerpen/{id}-{slug}`.
pub fn thread_path(id: i64, slug: &str) -> String {
    format!("/forum/onderwerpen/{id}-{slug}")
}

/// A post's permanent address; it redirects to the page the post is on.
pub fn post_path(id: i64) -> String {
    format!("/forum/berichten/{id}")
}

/// A post with everything a permission check on it needs.
pub(crate) struct PostAccess {
    /// The post.
    pub row: PostRow,
    /// Its thread.
    pub thread: ThreadRow,
    /// The thread's category.
    pub category: CategoryRow,
    /// The actor's standing (including whether they wrote the post).
    pub standing: ForumStanding,
}

impl PostAccess {
    /// Whether the actor may do `action` on this post.
    pub fn may(&self, action: domain::forum::ForumAction) -> bool {
        let question = self.thread.kind == domain::forum::ThreadKind::Question.code();
        domain::forum::can_in_forum(self.standing, action, self.thread.locked, question)
    }
}

impl App {
    /// A post the actor may read, with its thread, category and the actor's standing towards
    /// it.
    pub(crate) async fn post_access(&self, user: &CurrentUser, post: i64) -> AppResult<PostAccess> {
        let row = self.post(post).await?;
        let (thread, category, standing) = self.readable_thread(Some(user), row.thread_id).await?;
        let standing = ForumStanding {
            post_author: row.author_id == Some(user.user.id.0),
            ..standing
        };
        Ok(PostAccess {
            row,
            thread,
            category,
            standing,
        })
    }

    pub(crate) async fn category(&self, id: i64) -> AppResult<CategoryRow> {
        categories::find(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)
    }

    pub(crate) async fn thread(&self, id: i64) -> AppResult<ThreadRow> {
        threads::find(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)
    }

    pub(crate) async fn post(&self, id: i64) -> AppResult<PostRow> {
        posts::find(self.db(), id).await?.ok_or(AppError::NotFound)
    }

    /// The actor's standing towards a category (and a thread and post in it).
    pub(crate) async fn forum_standing(
        &self,
        user: Option<&CurrentUser>,
        category: &CategoryRow,
        thread: Option<&ThreadRow>,
        post: Option<&PostRow>,
    ) -> AppResult<ForumStanding> {
        let public_read = category.atelier_visibility.as_deref() == Some("public");
        let Some(user) = user else {
            return Ok(ForumStanding {
                public_read,
                ..ForumStanding::default()
            });
        };
        let id = user.user.id;
        let (participant, facilitator) = match category.atelier_id {
            Some(atelier) => {
                let membership = memberships::find(self.db(), AtelierId(atelier), id).await?;
                let role = active_role(membership.as_ref());
                (role.is_some(), role.is_some_and(|r| r.facilitates()))
            }
            None => (
                memberships::is_in_werkplaats(self.db(), WerkplaatsId(category.werkplaats_id), id)
                    .await?,
                false,
            ),
        };
        Ok(ForumStanding {
            admin: user.user.is_admin,
            participant,
            facilitator,
            thread_author: thread.is_some_and(|t| t.created_by == Some(id.0)),
            post_author: post.is_some_and(|p| p.author_id == Some(id.0)),
            public_read,
        })
    }
}
