//! Veranderingstheorie on the web: the list and a new theory, its page (the drawn diagram with a
//! text outline beside it, the quality checklist, the story, comments), the guided
//! backward-mapping steps and the free editing forms (all without JavaScript), versions and
//! their comparison, and JSON, SVG and printable exports.

mod actions;
mod edit;
mod exports;
mod forms;
mod pages;
mod versions;
mod view;

use crate::WebState;
use crate::error::{ErrorPage, WebError};
use axum::Router;
use axum::routing::{get, post};
use std::collections::BTreeMap;

/// The theory routes.
pub fn routes() -> Router<WebState> {
    let t = "/veranderingstheorie/{id}";
    Router::new()
        .route("/veranderingstheorie", get(pages::list).post(pages::create))
        .route("/veranderingstheorie/importeren", post(pages::import))
        .route(t, get(pages::show))
        .route(&format!("{t}/stappen"), get(edit::steps))
        .route(&format!("{t}/bewerken"), get(edit::editor))
        .route(&format!("{t}/knopen"), post(forms::add_node))
        .route(&format!("{t}/knopen/{{key}}"), post(forms::update_node))
        .route(
            &format!("{t}/knopen/{{key}}/verwijderen"),
            post(forms::delete_node),
        )
        .route(&format!("{t}/verbanden"), post(forms::add_link))
        .route(&format!("{t}/verbanden/{{ends}}"), post(forms::update_link))
        .route(
            &format!("{t}/verbanden/{{ends}}/verwijderen"),
            post(forms::delete_link),
        )
        .route(
            &format!("{t}/verbanden/{{ends}}/aannames"),
            post(forms::add_assumption),
        )
        .route(
            &format!("{t}/verbanden/{{ends}}/bewijs"),
            post(forms::add_evidence),
        )
        .route(
            &format!("{t}/verbanden/{{ends}}/weghalen"),
            post(forms::remove_support),
        )
        .route(&format!("{t}/over"), post(forms::update_about))
        .route(&format!("{t}/delen"), post(actions::arrange))
        .route(&format!("{t}/verhaal"), post(pages::save_story))
        .route(&format!("{t}/opmerkingen"), post(actions::comment))
        .route(&format!("{t}/publiceren"), post(actions::publish))
        .route(&format!("{t}/kopie"), post(actions::fork))
        .route(&format!("{t}/verwijderen"), post(actions::delete))
        .route(
            &format!("{t}/versies"),
            get(versions::list).post(versions::save),
        )
        .route(&format!("{t}/theorie.json"), get(exports::export_json))
        .route(&format!("{t}/theorie.svg"), get(exports::export_svg))
        .route(&format!("{t}/afdrukken"), get(exports::printable))
}

/// The id in the path.
pub(crate) fn theory_id(segment: &str) -> Result<i64, WebError> {
    segment
        .parse()
        .map_err(|_| WebError::Page(ErrorPage::NotFound))
}

/// A link's ends from `{from}-{to}` in the path.
fn ends(segment: &str) -> Result<(u32, u32), WebError> {
    segment
        .split_once('-')
        .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
        .ok_or(WebError::Page(ErrorPage::NotFound))
}

/// An urlencoded body as field → value (the last value wins; the CSRF field is left out).
pub(crate) fn fields(body: &[u8]) -> BTreeMap<String, String> {
    form_urlencoded::parse(body)
        .filter(|(k, _)| k != "csrf")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}
