//! Reading the forum: the categories a member may see, a category's threads, a thread's page
//! of posts (no query per post), a post's permanent address and its edit history.

use super::{CategoryRow, EditRow, PostRow, ThreadRow, post_path, thread_path};
use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::forum::{
    ForumAction, ForumStanding, POSTS_PER_PAGE, ThreadKind, can_in_forum, page_of,
};
use store::forum::{categories, posts, reads, threads};

/// Threads per page of a category.
const THREADS_PER_PAGE: i64 = 30;

/// A category with a page of its threads.
#[derive(Debug, Clone)]
pub struct CategoryPage {
    /// The category.
    pub category: CategoryRow,
    /// Its threads, latest activity first.
    pub threads: Vec<ThreadRow>,
    /// The actor may start a thread.
    pub may_start: bool,
    /// Threads with posts the actor has not seen: (thread, how many, the first of them).
    pub unread: Vec<(i64, i64, i64)>,
    /// The actor follows this category.
    pub watching: bool,
    /// The actor moderates it (rename, remove when empty).
    pub may_moderate: bool,
    /// This page (1-based).
    pub page: i64,
    /// Number of pages.
    pub pages: i64,
}

/// A post as its thread page shows it.
#[derive(Debug, Clone)]
pub struct PostView {
    /// The post.
    pub row: PostRow,
    /// Its text as sanitised HTML (empty when hidden from this reader).
    pub html: String,
    /// Its place in the thread (1 for the opening post).
    pub position: i64,
    /// The actor may edit it.
    pub may_edit: bool,
    /// The actor may call it valuable.
    pub may_appreciate: bool,
    /// The actor may flag it.
    pub may_flag: bool,
    /// It is the thread's helpful answer.
    pub helpful: bool,
    /// Written by someone else since the actor last read the thread.
    pub new: bool,
}

/// A page of a thread.
#[derive(Debug, Clone)]
pub struct ThreadPage {
    /// The thread.
    pub thread: ThreadRow,
    /// Its category.
    pub category: CategoryRow,
    /// The posts on this page.
    pub posts: Vec<PostView>,
    /// This page (1-based).
    pub page: i64,
    /// Number of pages.
    pub pages: i64,
    /// The actor may reply.
    pub may_reply: bool,
    /// The actor may mark a helpful answer.
    pub may_mark_helpful: bool,
    /// The actor moderates here.
    pub may_moderate: bool,
    /// Categories the thread can move to (for moderators), as (id, name).
    pub move_targets: Vec<(i64, String)>,
    /// The actor follows this thread.
    pub watching: bool,
    /// For moderators: the visible posts a harvest can take, as (id, "author: start of text").
    pub harvest_choices: Vec<(i64, String)>,
}

fn pages(count: i64, per_page: i64) -> i64 {
    ((count + per_page - 1) / per_page).max(1)
}

impl App {
    /// The categories the actor may read, werkplaats-wide first: those of their ateliers and
    /// werkplaats, and the categories of public ateliers (read-only for visitors).
    pub async fn forum_overview(&self, user: Option<&CurrentUser>) -> AppResult<Vec<CategoryRow>> {
        let scope = self.reader_scope(user).await?;
        Ok(categories::list(self.db())
            .await?
            .into_iter()
            .filter(|c| {
                scope.admin
                    || c.atelier_visibility.as_deref() == Some("public")
                    || match c.atelier_id {
                        Some(atelier) => scope.ateliers.contains(&atelier),
                        None => scope.werkplaatsen.contains(&c.werkplaats_id),
                    }
            })
            .collect())
    }

    /// A category the actor may read (`NotFound` otherwise: its existence is not revealed).
    pub(crate) async fn readable_category(
        &self,
        user: Option<&CurrentUser>,
        id: i64,
    ) -> AppResult<(CategoryRow, ForumStanding)> {
        let category = self.category(id).await?;
        let standing = self.forum_standing(user, &category, None, None).await?;
        if !can_in_forum(standing, ForumAction::Read, false, false) {
            return Err(AppError::NotFound);
        }
        Ok((category, standing))
    }

    /// A category with one page of its threads.
    pub async fn category_page(
        &self,
        user: Option<&CurrentUser>,
        id: i64,
        page: i64,
    ) -> AppResult<CategoryPage> {
        let (category, standing) = self.readable_category(user, id).await?;
        let pages = pages(category.thread_count, THREADS_PER_PAGE);
        let page = page.clamp(1, pages);
        let threads = threads::list_by_category(
            self.db(),
            id,
            THREADS_PER_PAGE,
            (page - 1) * THREADS_PER_PAGE,
        )
        .await?;
        let (unread, watching) = match user {
            Some(user) => (
                reads::unread_in_category(self.db(), user.user.id, id).await?,
                store::forum::watches::category_watchers(self.db(), id)
                    .await?
                    .contains(&user.user.id.0),
            ),
            None => (Vec::new(), false),
        };
        Ok(CategoryPage {
            may_moderate: can_in_forum(standing, ForumAction::Moderate, false, false),
            watching,
            unread,
            may_start: can_in_forum(standing, ForumAction::StartThread, false, false),
            category,
            threads,
            page,
            pages,
        })
    }

    /// A thread the actor may read, with its category and the actor's standing.
    pub(crate) async fn readable_thread(
        &self,
        user: Option<&CurrentUser>,
        id: i64,
    ) -> AppResult<(ThreadRow, CategoryRow, ForumStanding)> {
        let thread = self.thread(id).await?;
        let (category, _) = self.readable_category(user, thread.category_id).await?;
        let standing = self
            .forum_standing(user, &category, Some(&thread), None)
            .await?;
        Ok((thread, category, standing))
    }

    /// One page of a thread: its posts from one query, with what the actor may do with each.
    pub async fn thread_page(
        &self,
        user: Option<&CurrentUser>,
        id: i64,
        page: i64,
    ) -> AppResult<ThreadPage> {
        let (thread, category, standing) = self.readable_thread(user, id).await?;
        let pages = pages(thread.post_count, POSTS_PER_PAGE);
        let page = page.clamp(1, pages);
        let offset = (page - 1) * POSTS_PER_PAGE;
        let question = thread.kind == ThreadKind::Question.code();
        let moderates = can_in_forum(standing, ForumAction::Moderate, thread.locked, question);
        let rows = self
            .kept_posts()
            .page(self.db(), id, POSTS_PER_PAGE, offset)
            .await?;
        // Visitors have no read markers: nothing is "new" for them.
        let me = user.map_or(domain::UserId(0), |u| u.user.id);
        let last_read = match user {
            Some(_) => {
                let last = reads::last_read(self.db(), me, id).await?;
                // Only a page with something new is a write: re-reading costs no lock.
                if let Some(newest) = rows.iter().map(|r| r.id).max()
                    && newest > last
                {
                    reads::mark_read(self.db(), me, id, newest, self.now()).await?;
                }
                last
            }
            None => i64::MAX,
        };
        let views = rows
            .into_iter()
            .enumerate()
            .map(|(i, row)| {
                let own = ForumStanding {
                    post_author: user.is_some() && row.author_id == Some(me.0),
                    ..standing
                };
                let can = |action| can_in_forum(own, action, thread.locked, question);
                PostView {
                    html: if row.hidden && !moderates {
                        String::new()
                    } else {
                        super::rendered::post_html(row.id, &row.body)
                    },
                    position: offset + i64::try_from(i).unwrap_or(0) + 1,
                    may_edit: can(ForumAction::EditPost),
                    may_appreciate: can(ForumAction::Appreciate) && !row.hidden,
                    may_flag: can(ForumAction::Flag) && !row.hidden,
                    helpful: thread.helpful_post_id == Some(row.id),
                    new: row.id > last_read && row.author_id != Some(me.0),
                    row,
                }
            })
            .collect();
        let move_targets = match (user, moderates) {
            (Some(user), true) => {
                // An admin may move a thread anywhere; a facilitator within their ateliers
                // (which they may read). Only names are read: no thread counts per category.
                let facilitated = if user.user.is_admin {
                    None
                } else {
                    Some(self.facilitated_ateliers(user).await?)
                };
                categories::names_in(self.db(), facilitated.as_deref())
                    .await?
                    .into_iter()
                    .filter(|(id, _)| *id != thread.category_id)
                    .collect()
            }
            _ => Vec::new(),
        };
        let watching = user.is_some()
            && store::forum::watches::thread_watchers(self.db(), id)
                .await?
                .contains(&me.0);
        let harvest_choices = if moderates && thread.harvested_item_id.is_none() {
            posts::list_by_thread(self.db(), id, i64::MAX, 0)
                .await?
                .into_iter()
                .filter(|p| !p.hidden)
                .map(|p| {
                    let start: String = p.body.chars().take(70).collect();
                    (
                        p.id,
                        format!("{}: {start}", p.author_name.unwrap_or_default()),
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(ThreadPage {
            harvest_choices,
            watching,
            move_targets,
            may_reply: can_in_forum(standing, ForumAction::Reply, thread.locked, question),
            may_mark_helpful: can_in_forum(
                standing,
                ForumAction::MarkHelpful,
                thread.locked,
                question,
            ),
            may_moderate: moderates,
            posts: views,
            thread,
            category,
            page,
            pages,
        })
    }

    /// Where a post is: its thread's page and anchor (the page follows from its place, so the
    /// address of a post never changes).
    pub async fn post_location(&self, user: Option<&CurrentUser>, id: i64) -> AppResult<String> {
        let post = self.post(id).await?;
        let (thread, _, _) = self.readable_thread(user, post.thread_id).await?;
        let position = posts::position(self.db(), thread.id, id).await?;
        let page = page_of(position);
        let base = thread_path(thread.id, &thread.slug);
        Ok(if page == 1 {
            format!("{base}#bericht-{id}")
        } else {
            format!("{base}?pagina={page}#bericht-{id}")
        })
    }

    /// A post's earlier versions (readers see that and how a post was changed).
    pub async fn post_history(
        &self,
        user: Option<&CurrentUser>,
        id: i64,
    ) -> AppResult<(PostRow, ThreadRow, Vec<EditRow>)> {
        let post = self.post(id).await?;
        let (thread, _, standing) = self.readable_thread(user, post.thread_id).await?;
        let moderates = can_in_forum(standing, ForumAction::Moderate, false, false);
        if post.hidden && !moderates {
            return Err(AppError::NotFound);
        }
        // An earlier version that looks like client data (often the reason for the edit) is
        // shown only to the post's author and moderators.
        let privileged = moderates || user.is_some_and(|u| post.author_id == Some(u.user.id.0));
        let year = time::OffsetDateTime::from_unix_timestamp(self.now()).map_or(2026, |t| t.year());
        let mut edits = posts::list_edits(self.db(), id).await?;
        for edit in &mut edits {
            if !privileged
                && !domain::forum::guard::client_data_signs(&edit.previous_body, year).is_empty()
            {
                edit.previous_body.clear();
                edit.shielded = true;
            }
        }
        Ok((post, thread, edits))
    }

    /// A post's permanent address (for links in mail and notifications).
    pub fn post_link(&self, id: i64) -> String {
        format!("{}{}", self.config().base_url, post_path(id))
    }
}
