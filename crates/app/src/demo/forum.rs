//! Demo forum (`content/forum.toml`): categories in several ateliers and one for the whole
//! werkplaats, with threads of every kind written by us in Dutch, including a slow question and
//! practice questions with a helpful answer. Every post passes the client-data guard.

use super::knowledge::SeedIds;
use crate::forum::index;
use crate::{App, AppError, AppResult};
use domain::forum::guard::client_data_signs;
use domain::forum::{ThreadInput, ThreadKind};
use domain::slug::slugify;
use domain::{UserId, WerkplaatsId};
use serde::Deserialize;
use store::forum::categories::{self, NewCategory};
use store::forum::{posts, threads};
use store::{Exec, Tx};

const FORUM_TOML: &str = include_str!("../../../../content/forum.toml");

/// A demo category.
#[derive(Debug, Deserialize)]
pub struct DemoCategory {
    /// Atelier slug, or empty for the werkplaats-wide category.
    pub atelier: String,
    /// URL part.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
}

/// A demo post.
#[derive(Debug, Deserialize)]
pub struct DemoPost {
    /// Author's e-mail (a demo member).
    pub author: String,
    /// Markdown.
    pub body: String,
}

/// A demo thread.
#[derive(Debug, Deserialize)]
pub struct DemoThread {
    /// Category slug.
    pub category: String,
    /// Kind code.
    pub kind: String,
    /// Title.
    pub title: String,
    /// The post (1-based) marked helpful, for practice questions.
    #[serde(default)]
    pub helpful: Option<usize>,
    /// Posts, the opening post first.
    pub posts: Vec<DemoPost>,
}

/// The demo forum.
#[derive(Debug, Deserialize)]
pub struct DemoForum {
    /// Categories.
    pub categories: Vec<DemoCategory>,
    /// Threads.
    pub threads: Vec<DemoThread>,
}

fn bad(what: &str) -> AppError {
    AppError::Content(format!("forum.toml: {what}"))
}

/// The demo forum, checked like the forms (and by the client-data guard).
pub fn demo_forum() -> AppResult<DemoForum> {
    let forum: DemoForum = toml::from_str(FORUM_TOML).map_err(|e| bad(&e.to_string()))?;
    for thread in &forum.threads {
        if !forum.categories.iter().any(|c| c.slug == thread.category) {
            return Err(bad(&format!("{}: unknown category", thread.title)));
        }
        let first = thread.posts.first().ok_or_else(|| bad(&thread.title))?;
        ThreadInput {
            title: thread.title.clone(),
            kind: thread.kind.clone(),
            body: first.body.clone(),
        }
        .validate()
        .map_err(|e| bad(&format!("{}: {e:?}", thread.title)))?;
        if let Some(n) = thread.helpful
            && (thread.kind != ThreadKind::Question.code() || n < 2 || n > thread.posts.len())
        {
            return Err(bad(&format!("{}: helpful", thread.title)));
        }
        for post in &thread.posts {
            let found = client_data_signs(&post.body, 2026);
            if !found.is_empty() {
                return Err(bad(&format!("{}: client data? {found:?}", thread.title)));
            }
        }
    }
    Ok(forum)
}

impl App {
    pub(crate) async fn seed_forum(
        &self,
        tx: &mut Tx,
        ids: &SeedIds<'_>,
        werkplaats: WerkplaatsId,
        now: i64,
    ) -> AppResult<()> {
        let forum = demo_forum()?;
        let mut category_ids = Vec::new();
        for (position, c) in forum.categories.iter().enumerate() {
            let atelier = if c.atelier.is_empty() {
                None
            } else {
                let found = ids.ateliers.iter().find(|(slug, _)| *slug == c.atelier);
                Some(found.ok_or_else(|| bad(&c.atelier))?.1)
            };
            let new = NewCategory {
                werkplaats,
                atelier,
                slug: &c.slug,
                name: &c.name,
                description: &c.description,
                position: i64::try_from(position).unwrap_or(0),
            };
            category_ids.push((
                c.slug.as_str(),
                categories::insert(&mut *tx, new, now).await?,
            ));
        }
        let user = |email: &str| -> AppResult<UserId> {
            ids.users
                .iter()
                .find(|(e, _)| *e == email)
                .map(|(_, id)| *id)
                .ok_or_else(|| bad(email))
        };
        let count = i64::try_from(forum.threads.len()).unwrap_or(0);
        for (i, thread) in forum.threads.iter().enumerate() {
            let category_id = category_ids
                .iter()
                .find(|(slug, _)| *slug == thread.category)
                .ok_or_else(|| bad(&thread.category))?
                .1;
            // Threads spread over the last weeks; replies hours to days apart.
            let started = now - (count - i64::try_from(i).unwrap_or(0)) * 3 * 86_400;
            let author = user(
                &thread
                    .posts
                    .first()
                    .ok_or_else(|| bad(&thread.title))?
                    .author,
            )?;
            let slug = slugify(&thread.title);
            let id = threads::insert(
                tx,
                category_id,
                (&thread.kind, &thread.title, &slug),
                author,
                started,
            )
            .await?;
            let category = categories::find(Exec::from(&mut *tx), category_id)
                .await?
                .ok_or_else(|| bad(&thread.category))?;
            for (j, post) in thread.posts.iter().enumerate() {
                let at = started + i64::try_from(j).unwrap_or(0) * 9 * 3600;
                let key = format!("demo-{i}-{j}");
                let (post_id, _) =
                    posts::insert(tx, id, user(&post.author)?, post.body.trim(), &key, at).await?;
                if thread.helpful == Some(j + 1) {
                    threads::set_helpful(&mut *tx, id, Some(post_id)).await?;
                }
                let row = posts::find(Exec::from(&mut *tx), post_id)
                    .await?
                    .ok_or_else(|| bad("post"))?;
                let thread_row = threads::find(Exec::from(&mut *tx), id)
                    .await?
                    .ok_or_else(|| bad("thread"))?;
                index::reindex(tx, &row, &thread_row, &category).await?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::demo_forum;
    use domain::forum::ThreadKind;

    #[test]
    fn shipped_forum_is_valid_varied_and_free_of_client_data() {
        let forum = demo_forum().unwrap();
        assert!(forum.categories.iter().any(|c| c.atelier.is_empty()));
        for kind in ThreadKind::ALL {
            assert!(
                forum.threads.iter().any(|t| t.kind == kind.code()),
                "{kind:?}"
            );
        }
        assert!(forum.threads.iter().any(|t| t.helpful.is_some()));
    }
}
