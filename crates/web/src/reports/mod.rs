//! Reports for funders on the web: the list and the new-report form under an impact model
//! ([`list`]), a report's page with its builder and the document ([`page`]), its PDF and share
//! links, and what a funder sees through a link ([`share`]). The document itself is composed
//! once ([`compose`]) and drawn as HTML (`reports/_document.html`) or as PDF (crate `pdf`).

mod compose;
mod compose_more;
mod list;
mod page;
mod share;

use crate::WebState;
use axum::Router;
use axum::routing::{get, post};
use domain::report::document::{Block, Document};

/// The report routes.
pub fn routes() -> Router<WebState> {
    let r = |tail: &str| format!("/veranderingstheorie/{{id}}/impact/rapporten{tail}");
    Router::new()
        .route(&r(""), get(list::list).post(list::create))
        .route(&r("/{rid}"), get(page::show).post(page::save))
        .route(&r("/{rid}/publiceren"), post(page::publish))
        .route(&r("/{rid}/nieuwe-versie"), post(page::new_version))
        .route(&r("/{rid}/verwijderen"), post(page::delete))
        .route(&r("/{rid}/rapport.pdf"), get(share::team_pdf))
        .route(&r("/{rid}/delen"), post(share::share))
        .route(&r("/{rid}/delen/{sid}/intrekken"), post(share::revoke))
        .route("/rapport/{token}", get(share::shared))
        .route("/rapport/{token}/rapport.pdf", get(share::shared_pdf))
}

/// Splits a paragraph block's text where the writer left a blank line.
pub(crate) fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The document's HTML, shared by the team's page and the funder's page.
#[derive(askama::Template)]
#[template(path = "reports/_document.html")]
pub(crate) struct DocumentHtml<'a> {
    /// The document.
    pub doc: &'a Document,
}

impl DocumentHtml<'_> {
    fn paragraphs<'t>(&self, text: &'t str) -> Vec<&'t str> {
        paragraphs(text)
    }
}
