//! The knowledge base on the web: search and browse (`/kennis`), an item's page at its stable
//! `/kennis/{id}-{slug}` address, writing and the review workflow, history, exports and feeds.

mod attachments;
mod collections;
mod feed;
mod form;
mod history;
mod search;
mod show;
mod workflow;

use crate::WebState;
use crate::error::WebError;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use domain::KnowledgeId;

/// The knowledge routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route(
            "/kennis",
            get(search::list_knowledge).post(form::create_item),
        )
        .route("/kennis/nieuw", get(form::new_item_form))
        .route(
            "/kennis/collecties",
            get(collections::list_collections).post(collections::create_collection),
        )
        .route(
            "/kennis/collecties/{collection}",
            get(collections::show_collection),
        )
        .route(
            "/kennis/collecties/{collection}/bewerken",
            post(collections::update_collection),
        )
        .route(
            "/kennis/collecties/{collection}/verwijderen",
            post(collections::delete_collection),
        )
        .route(
            "/kennis/collecties/{collection}/items/{item}/{action}",
            post(collections::arrange_collection),
        )
        .route(
            "/kennis/{item}/collecties",
            post(collections::add_to_collection),
        )
        .route(
            "/kennis/{item}/bijlagen",
            post(attachments::upload_attachment)
                .layer(DefaultBodyLimit::max(crate::context::UPLOAD_LIMIT)),
        )
        .route(
            "/kennis/{item}/bijlagen/{attachment}/{name}",
            get(attachments::download_attachment),
        )
        .route(
            "/kennis/{item}/bijlagen/{attachment}/verwijderen",
            post(attachments::remove_attachment),
        )
        .route("/kennis/feed.atom", get(feed::show_feed))
        .route(
            "/ateliers/{atelier}/kennis.atom",
            get(feed::show_atelier_feed),
        )
        .route("/kennis/{item}", get(show::show_item))
        .route(
            "/kennis/{item}/bewerken",
            get(form::edit_item_form).post(form::update_item),
        )
        .route("/kennis/{item}/review", post(workflow::submit_item))
        .route("/kennis/{item}/opmerkingen", post(workflow::create_comment))
        .route("/kennis/{item}/publiceren", post(workflow::publish_item))
        .route("/kennis/{item}/terugsturen", post(workflow::return_item))
        .route("/kennis/{item}/archiveren", post(workflow::archive_item))
        .route("/kennis/{item}/versies", get(history::list_revisions))
        .route(
            "/kennis/{item}/versies/vergelijk",
            get(history::compare_revisions),
        )
        .route(
            "/kennis/{item}/versies/{number}/terugzetten",
            post(history::restore_revision),
        )
        .route("/kennis/{item}/markdown", get(show::show_markdown))
        .route("/kennis/{item}/afdrukken", get(show::show_print))
}

/// The id at the start of an `id-slug` path segment.
pub(crate) fn parse_item(segment: &str) -> Result<KnowledgeId, WebError> {
    crate::forms::id_in_segment(segment).map(KnowledgeId)
}

/// 303 to the item's canonical page (at `anchor`), with a one-time message.
pub(crate) async fn redirect_to_item(
    state: &WebState,
    ctx: &crate::context::Ctx,
    id: KnowledgeId,
    anchor: &str,
    flash: &str,
) -> Result<axum::response::Response, WebError> {
    let to = format!("{}{anchor}", state.app.item_canonical_path(id).await?);
    Ok(crate::forms::see_other(
        &to,
        Some(flash),
        ctx.secure_cookies,
    ))
}

/// Option lists the item form and page share: (code, label).
pub(crate) fn coded_options<T: Copy>(
    ctx: &crate::context::Ctx,
    all: &[T],
    code: impl Fn(T) -> &'static str,
    family: &str,
) -> Vec<(&'static str, String)> {
    all.iter()
        .map(|v| (code(*v), ctx.t_code(family, code(*v), "")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parse_item;
    use domain::KnowledgeId;

    #[test]
    fn ids_come_from_the_start_of_the_segment() {
        assert_eq!(parse_item("7-impactladder").ok(), Some(KnowledgeId(7)));
        assert!(parse_item("feed").is_err());
    }
}
