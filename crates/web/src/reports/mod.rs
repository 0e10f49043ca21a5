//! Reports for funders on the web: the list and the new-report form under an impact model
//! ([`list`]), a report's page with its builder and the document ([`page`]), its PDF and share
//! links, and what a funder sees through a link ([`share`]). The document itself is composed
//! once ([`compose`]) and drawn as HTML (`reports/_document.html`) or as PDF (crate `pdf`).

mod compose;
mod compose_atelier;
mod compose_changes;
mod compose_more;
mod evidence;
mod list;
mod page;
mod share;

use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::id_in_segment;
use crate::theories::theory_id;
use app::reports::Scope;
use axum::Router;
use axum::routing::{get, post};
use domain::report::document::{Block, Document};

/// The report routes: the same pages under an impact model and under an atelier.
pub fn routes() -> Router<WebState> {
    let mut router = Router::new()
        .route("/rapport/{token}", get(share::shared))
        .route("/rapport/{token}/rapport.pdf", get(share::shared_pdf));
    for base in [
        "/veranderingstheorie/{id}/impact/rapporten",
        "/ateliers/{atelier}/rapporten",
    ] {
        let r = |tail: &str| format!("{base}{tail}");
        router = router
            .route(base, get(list::list).post(list::create))
            .route(&r("/{rid}"), get(page::show).post(page::save))
            .route(&r("/{rid}/publiceren"), post(page::publish))
            .route(&r("/{rid}/nieuwe-versie"), post(page::new_version))
            .route(&r("/{rid}/verwijderen"), post(page::delete))
            .route(&r("/{rid}/rapport.pdf"), get(share::team_pdf))
            .route(&r("/{rid}/delen"), post(share::share))
            .route(&r("/{rid}/delen/{sid}/intrekken"), post(share::revoke));
    }
    router
}

/// The scope a report page is in, from the request path: an atelier's reports live under
/// `/ateliers/{id}-{slug}`, an impact model's under `/veranderingstheorie/{id}/impact`.
pub(crate) fn scope_of(ctx: &Ctx, segment: &str) -> Result<Scope, WebError> {
    if ctx.path.starts_with("/ateliers/") {
        Ok(Scope::Atelier(id_in_segment(segment)?))
    } else {
        Ok(Scope::Theory(theory_id(segment)?))
    }
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
