//! `/kennis`: search and browse the knowledge base, with facets as links (no JavaScript), a
//! page of highlighted hits, and for members their drafts and review requests.

use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::render;
use app::knowledge::{FacetGroup, FacetOption, ItemRow, SearchParams, SearchResults};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

#[derive(Template)]
#[template(path = "knowledge/index.html")]
struct KnowledgePage {
    ctx: Ctx,
    params: SearchParams,
    results: SearchResults,
    work: Vec<ItemRow>,
    writable: Vec<(i64, String)>,
}

impl KnowledgePage {
    /// The query string for these params with one facet toggled (and back to page 1).
    fn link_with(&self, facet: &str, option: &FacetOption) -> String {
        let value = if option.selected {
            ""
        } else {
            option.value.as_str()
        };
        self.link(Some((facet, value)), None)
    }

    fn page_link(&self, page: &i64) -> String {
        self.link(None, Some(*page))
    }

    fn link(&self, change: Option<(&str, &str)>, page: Option<i64>) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.params.q.is_empty() {
            out.append_pair("q", &self.params.q);
        }
        for (name, value) in self.params.filters() {
            if change.is_some_and(|(facet, _)| facet == name) {
                continue;
            }
            out.append_pair(&name, &value);
        }
        if let Some((facet, value)) = change
            && !value.is_empty()
        {
            out.append_pair(facet, value);
        }
        if let Some(page) = page.filter(|p| *p > 1) {
            out.append_pair("page", &page.to_string());
        }
        format!("/kennis?{}", out.finish())
    }

    /// A readable name for a facet value.
    fn option_label(&self, group: &FacetGroup, option: &FacetOption) -> String {
        if let Some(label) = &option.label {
            return label.clone();
        }
        match group.name {
            "type" => self.ctx.t_code("knowledge-kind", &option.value, ""),
            "language" => self.ctx.t_code("content-language", &option.value, ""),
            _ => option.value.clone(),
        }
    }

    fn has_filters(&self) -> bool {
        !self.params.filters().is_empty()
    }

    fn pages(&self) -> Vec<i64> {
        (1..=self.results.pages).collect()
    }
}

/// `GET /kennis?q=…&type=…&page=…`.
pub async fn list_knowledge(
    State(state): State<WebState>,
    ctx: Ctx,
    Query(params): Query<SearchParams>,
) -> Result<Response, WebError> {
    let results = state.app.search(ctx.user.as_ref(), &params).await?;
    let (work, writable) = match &ctx.user {
        Some(user) => (
            state.app.knowledge_work(user).await?,
            state.app.writable_ateliers(user).await?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    let page = KnowledgePage {
        ctx,
        params,
        results,
        work,
        writable,
    };
    Ok(render(&page, StatusCode::OK))
}
