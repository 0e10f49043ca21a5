//! The method catalogue on the web: all methods with filters (task, kind of data, causal
//! strength, effort), and a page per method with the knowledge items that describe it.

use super::view::MethodLink;
use crate::WebState;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::render;
use app::keuzehulp::catalogue;
use app::keuzehulp::export::{MethodWords, method_rows, method_words};
use app::knowledge::item_path;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::keuzehulp::catalogue::{Method, Reading};
use domain::keuzehulp::{CausalStrength, DataKind, Level, Task};
use serde::Deserialize;

/// The filters, as codes; empty means any.
#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    taak: String,
    #[serde(default)]
    gegevens: String,
    #[serde(default)]
    causaal: String,
    #[serde(default)]
    inspanning: String,
}

impl Filters {
    fn keeps(&self, m: &Method) -> bool {
        (self.taak.is_empty() || Task::from_code(&self.taak).is_some_and(|t| m.serves(t)))
            && (self.gegevens.is_empty() || DataKind::from_code(&self.gegevens) == Some(m.data))
            && (self.causaal.is_empty()
                || CausalStrength::from_code(&self.causaal) == Some(m.causal))
            && (self.inspanning.is_empty() || Level::from_code(&self.inspanning) == Some(m.effort))
    }
}

/// A filter: (query name, label, options as (code, text), chosen code).
type Filter = (&'static str, String, Vec<(String, String)>, String);

#[derive(Template)]
#[template(path = "keuzehulp/methods.html")]
struct CatalogueTemplate {
    ctx: Ctx,
    filters: Vec<Filter>,
    methods: Vec<(MethodLink, Vec<(String, String)>)>,
    total: usize,
}

fn options(ctx: &Ctx, prefix: &str, codes: &[&str]) -> Vec<(String, String)> {
    codes
        .iter()
        .map(|c| ((*c).to_owned(), ctx.t(&format!("{prefix}{c}"))))
        .collect()
}

/// `GET /methoden`: the catalogue, filtered.
pub async fn catalogue_page(
    ctx: Ctx,
    Query(filters): Query<Filters>,
) -> Result<Response, WebError> {
    let all = &catalogue()?.methods;
    let methods = all
        .iter()
        .filter(|m| filters.keeps(m))
        .map(|m| {
            let rows = method_rows(ctx.locale, m).into_iter().take(4).collect();
            (MethodLink::of(m, ctx.locale), rows)
        })
        .collect();
    let codes = |all: Vec<&'static str>| all;
    let list = vec![
        (
            "taak",
            ctx.t("keuzehulp-method-tasks"),
            options(
                &ctx,
                "keuzehulp-task-",
                &codes(Task::ALL.iter().map(|t| t.code()).collect()),
            ),
            filters.taak.clone(),
        ),
        (
            "gegevens",
            ctx.t("keuzehulp-method-data"),
            options(
                &ctx,
                "keuzehulp-data-",
                &codes(DataKind::ALL.iter().map(|t| t.code()).collect()),
            ),
            filters.gegevens.clone(),
        ),
        (
            "causaal",
            ctx.t("keuzehulp-method-causal"),
            options(
                &ctx,
                "keuzehulp-causal-",
                &codes(CausalStrength::ALL.iter().map(|t| t.code()).collect()),
            ),
            filters.causaal.clone(),
        ),
        (
            "inspanning",
            ctx.t("keuzehulp-method-effort"),
            options(
                &ctx,
                "keuzehulp-level-of-",
                &codes(Level::ALL.iter().map(|t| t.code()).collect()),
            ),
            filters.inspanning.clone(),
        ),
    ];
    Ok(render(
        &CatalogueTemplate {
            ctx,
            filters: list,
            methods,
            total: all.len(),
        },
        StatusCode::OK,
    ))
}

#[derive(Template)]
#[template(path = "keuzehulp/method.html")]
struct MethodTemplate {
    ctx: Ctx,
    words: MethodWords,
    rows: Vec<(String, String)>,
    reading: Vec<Reading>,
    items: Vec<(String, String, String)>,
    tags: Vec<String>,
}

/// `GET /methoden/{slug}`: one method.
pub async fn method_page(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let method = catalogue()?
        .by_slug(&slug)
        .ok_or(WebError::Page(ErrorPage::NotFound))?;
    let items = state
        .app
        .method_knowledge(ctx.user.as_ref(), method)
        .await?
        .into_iter()
        .map(|i| (item_path(i.id, &i.slug), i.title, i.atelier_name))
        .collect();
    let template = MethodTemplate {
        words: method_words(method, ctx.locale),
        rows: method_rows(ctx.locale, method),
        reading: method.reading.clone(),
        items,
        tags: method.tags.clone(),
        ctx,
    };
    Ok(render(&template, StatusCode::OK))
}
