//! Forum posts in the shared search: each visible post is a document with its thread's title,
//! the category's visibility (atelier members, or the werkplaats for the werkplaats-wide
//! category) and the facets type, atelier, language and year. Called inside the transaction
//! of the change.

use super::{CategoryRow, PostRow, ThreadRow, post_path};
use domain::markdown;
use domain::search::{DocumentKind, TextLanguage, index_terms};
use store::Tx;
use store::search::{self, NewDocument};

/// The facet value of forum posts under "type".
pub const POST_TYPE: &str = "bericht";

/// The search document of a visible post (also used by the data generator, so generated posts
/// are found exactly as written ones).
pub fn search_document(post: &PostRow, thread: &ThreadRow, category: &CategoryRow) -> NewDocument {
    let body = markdown::plain_text(&post.body);
    let year =
        time::OffsetDateTime::from_unix_timestamp(post.created_at).map_or(1970, |t| t.year());
    let mut facets: Vec<(&'static str, String)> = vec![
        ("type", POST_TYPE.to_owned()),
        ("language", "nl".to_owned()),
        ("year", year.to_string()),
    ];
    if let Some(atelier) = category.atelier_id {
        facets.push(("atelier", atelier.to_string()));
    }
    NewDocument {
        kind: DocumentKind::Post.code(),
        source_id: post.id,
        werkplaats_id: category.werkplaats_id,
        atelier_id: category.atelier_id,
        // A public atelier's forum is read by anyone; others by its members, and the
        // werkplaats-wide category by the werkplaats.
        visibility: match (category.atelier_id, category.atelier_visibility.as_deref()) {
            (Some(_), Some("public")) => "public",
            (Some(_), _) => "atelier",
            (None, _) => "werkplaats",
        }
        .to_owned(),
        url: post_path(post.id),
        title: thread.title.clone(),
        summary: String::new(),
        body_terms: index_terms(&body, TextLanguage::Dutch),
        body,
        language: "nl".to_owned(),
        updated_at: post.edited_at.unwrap_or(post.created_at),
        title_terms: index_terms(&thread.title, TextLanguage::Dutch),
        facets,
    }
}

/// Indexes a visible post, or takes a hidden one out.
pub(crate) async fn reindex(
    tx: &mut Tx,
    post: &PostRow,
    thread: &ThreadRow,
    category: &CategoryRow,
) -> store::StoreResult<()> {
    if post.hidden {
        search::delete(tx, DocumentKind::Post.code(), post.id).await
    } else {
        search::upsert(tx, &search_document(post, thread, category)).await
    }
}

impl crate::App {
    /// Reindexes every post in an atelier's categories (after its visibility changed), inside
    /// the caller's transaction.
    pub(crate) async fn reindex_atelier_posts(
        &self,
        tx: &mut Tx,
        atelier: domain::AtelierId,
    ) -> store::StoreResult<()> {
        use store::Exec;
        use store::forum::{categories, posts, threads};
        let all = categories::list(Exec::from(&mut *tx)).await?;
        for category in all.iter().filter(|c| c.atelier_id == Some(atelier.0)) {
            let listed = threads::list_by_category(Exec::from(&mut *tx), category.id, i64::MAX, 0);
            for thread in listed.await? {
                let thread_posts =
                    posts::list_by_thread(Exec::from(&mut *tx), thread.id, i64::MAX, 0);
                for post in thread_posts.await? {
                    reindex(tx, &post, &thread, category).await?;
                }
            }
        }
        Ok(())
    }
}
