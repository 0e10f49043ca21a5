//! An item's page at its canonical address, and its exports: Markdown and printable HTML.

use super::parse_item;
use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use app::knowledge::{ItemPage, item_path};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Template)]
#[template(path = "knowledge/show.html")]
pub(crate) struct ItemTemplate {
    pub ctx: Ctx,
    pub page: ItemPage,
    pub path: String,
    /// The review request form (reviewer choices), re-shown with problems.
    pub review_form: FormView,
    /// The comment form, re-shown with problems.
    pub comment_form: FormView,
    /// The upload form, re-shown with problems.
    pub attachment_form: FormView,
}

impl ItemTemplate {
    pub(crate) fn new(ctx: Ctx, page: ItemPage) -> ItemTemplate {
        ItemTemplate {
            path: item_path(page.item.id, &page.item.slug),
            review_form: FormView::new(ctx.locale),
            comment_form: FormView::new(ctx.locale).value_of("verdict", "comment"),
            attachment_form: FormView::new(ctx.locale),
            ctx,
            page,
        }
    }

    fn tags(&self) -> Vec<String> {
        self.page.item.tag_list()
    }

    /// Methods of the keuzehulp catalogue this item describes (a *methode* item whose tags
    /// name them), as (address, name).
    fn catalogue_methods(&self) -> Vec<(String, String)> {
        if self.page.item.kind != "methode" {
            return Vec::new();
        }
        let tags: Vec<String> = self.tags().iter().map(|t| t.to_lowercase()).collect();
        app::keuzehulp::catalogue()
            .map(|c| {
                c.methods
                    .iter()
                    .filter(|m| m.tags.iter().any(|t| tags.contains(t)))
                    .map(|m| {
                        let words = app::keuzehulp::export::method_words(m, self.ctx.locale);
                        (app::keuzehulp::method_path(m), words.name)
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn is_practical(&self) -> bool {
        matches!(self.page.item.kind.as_str(), "tool" | "methode")
    }

    fn status_is(&self, code: &str) -> bool {
        self.page.item.status == code
    }

    /// A file name as one URL path segment.
    fn encoded(&self, name: &str) -> String {
        super::attachments::path_segment(name)
    }

    /// "PDF", "DOCX": what kind of file, from its extension.
    fn file_kind(&self, name: &str) -> String {
        name.rsplit_once('.')
            .map(|(_, ext)| ext.to_uppercase())
            .unwrap_or_default()
    }

    /// A size people read: "840 kB", "2,4 MB".
    fn file_size(&self, bytes: &i64) -> String {
        super::attachments::readable_size(*bytes, self.ctx.locale)
    }

    fn attachment_hint(&self) -> String {
        let types = self.accept().replace(",.", ", ").replace('.', "");
        let megabytes = domain::knowledge::attachment::MAX_ATTACHMENT_BYTES / (1024 * 1024);
        app::i18n::text_with(
            self.ctx.locale,
            "attachments-file-hint",
            &[
                ("types", app::i18n::Arg::Text(&types)),
                (
                    "megabytes",
                    app::i18n::Arg::Number(i64::try_from(megabytes).unwrap_or(20)),
                ),
            ],
        )
    }

    fn accept(&self) -> String {
        domain::knowledge::attachment::accepted_extensions()
            .iter()
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join(",")
    }

    fn search_link(&self, facet: &str, value: impl std::fmt::Display) -> String {
        let value = value.to_string();
        let encoded: String = form_urlencoded::byte_serialize(value.as_bytes()).collect();
        format!("/kennis?{facet}={encoded}")
    }
}

/// `GET /kennis/{id}-{slug}`: the item; other slugs (an old title) redirect permanently.
pub async fn show_item(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let id = parse_item(&segment)?;
    let page = state.app.item_page(ctx.user.as_ref(), id).await?;
    let canonical = item_path(page.item.id, &page.item.slug);
    if format!("/kennis/{segment}") != canonical {
        return Ok(Redirect::permanent(&canonical).into_response());
    }
    Ok(render(&ItemTemplate::new(ctx, page), StatusCode::OK))
}

/// `GET /kennis/{id}/markdown`: the item as a Markdown file with its metadata up front.
pub async fn show_markdown(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let id = parse_item(&segment)?;
    let page = state.app.item_page(ctx.user.as_ref(), id).await?;
    let item = &page.item;
    let link = format!(
        "{}{}",
        state.app.config().base_url,
        item_path(item.id, &item.slug)
    );
    let mut text = format!("# {}\n\n> {}\n\n", item.title, item.summary);
    for (key, value) in [
        ("knowledge-field-authors", &item.authors),
        ("knowledge-field-organisations", &item.organisations),
        ("knowledge-field-licence", &item.licence),
        ("knowledge-source", &link),
    ] {
        if !value.is_empty() {
            text.push_str(&format!("- {}: {}\n", ctx.t(key), value));
        }
    }
    text.push('\n');
    text.push_str(&item.body);
    text.push('\n');
    let disposition = format!("attachment; filename=\"{}-{}.md\"", item.id, item.slug);
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/markdown; charset=utf-8".to_owned(),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        text,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "knowledge/print.html")]
struct PrintTemplate {
    ctx: Ctx,
    page: ItemPage,
    link: String,
}

/// `GET /kennis/{id}/afdrukken`: a plain page made for paper (or "save as PDF").
pub async fn show_print(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let id = parse_item(&segment)?;
    let page = state.app.item_page(ctx.user.as_ref(), id).await?;
    let link = format!(
        "{}{}",
        state.app.config().base_url,
        item_path(page.item.id, &page.item.slug)
    );
    Ok(render(&PrintTemplate { ctx, page, link }, StatusCode::OK))
}
