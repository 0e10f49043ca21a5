//! The forum on the web (members only): the categories one may read, a category's threads, a
//! thread's pages, posts at permanent addresses, and the forms to write, reply and edit with
//! the client-data guard in between.

mod categories;
mod moderate;
mod pages;
mod write;

use crate::WebState;
use axum::Router;
use axum::routing::{get, post};

/// The forum routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/forum", get(pages::show_overview))
        .route("/forum/moderatie", get(moderate::show_queue))
        .route("/forum/categorieen", post(categories::create_category))
        .route(
            "/forum/categorieen/nieuw",
            get(categories::new_category_form),
        )
        .route(
            "/forum/onderwerpen/{thread}/logboek",
            get(moderate::show_log),
        )
        .route(
            "/forum/onderwerpen/{thread}/agenderen",
            post(write::put_on_agenda),
        )
        .route(
            "/forum/onderwerpen/{thread}/oogsten",
            post(moderate::harvest),
        )
        .route(
            "/forum/onderwerpen/{thread}/{action}",
            post(moderate::thread_action),
        )
        .route(
            "/forum/berichten/{post}/{action}",
            post(moderate::post_action),
        )
        .route(
            "/forum/{category}",
            get(pages::show_category).post(write::create_thread),
        )
        .route("/forum/{category}/nieuw", get(write::new_thread_form))
        .route(
            "/forum/{category}/bewerken",
            post(categories::update_category),
        )
        .route(
            "/forum/{category}/verwijderen",
            post(categories::delete_category),
        )
        .route(
            "/forum/{category}/volgorde",
            post(categories::move_category),
        )
        .route("/forum/onderwerpen/{thread}", get(pages::show_thread))
        .route(
            "/forum/onderwerpen/{thread}/reacties",
            post(write::create_reply),
        )
        .route("/forum/berichten/{post}", get(pages::go_to_post))
        .route(
            "/forum/berichten/{post}/bewerken",
            get(write::edit_post_form).post(write::update_post),
        )
        .route(
            "/forum/berichten/{post}/geschiedenis",
            get(pages::show_history),
        )
        .route("/forum/berichten/{post}/nuttig", post(write::mark_helpful))
        .route("/forum/berichten/{post}/waardevol", post(write::appreciate))
}

pub(crate) use crate::forms::id_in_segment as parse_id;
