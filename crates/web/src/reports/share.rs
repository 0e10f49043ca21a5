//! The PDF of a report (for its team and through a share link), making and revoking share
//! links, and the page a funder opens with one. A revoked link says so (410) instead of
//! showing the report; an unknown one is a 404.

use super::page::{ids, link_of, refused, show_page};
use super::{DocumentHtml, compose};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use crate::theories::{fields, theory_id};
use app::AppError;
use app::reports::shares::Shared;
use app::reports::{ReportPage, report_path};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::events::local_time::LocalTime;
use domain::report::document::{Block, Document};

/// The PDF of a document, typeset off the async threads.
async fn pdf_response(doc: Document, date: String, file: String) -> Result<Response, WebError> {
    let mut parts = date.split('-').map(|p| p.parse::<i64>().unwrap_or(1));
    let ymd = (
        i32::try_from(parts.next().unwrap_or(2026)).unwrap_or(2026),
        u8::try_from(parts.next().unwrap_or(1)).unwrap_or(1),
        u8::try_from(parts.next().unwrap_or(1)).unwrap_or(1),
    );
    let bytes = tokio::task::spawn_blocking(move || pdf::render(&doc, ymd))
        .await
        .map_err(|e| WebError::from(AppError::Content(e.to_string())))?
        .map_err(|e| WebError::from(AppError::Content(e.to_string())))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{file}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The file name of a report's PDF: its title in safe characters and its version.
fn file_name(page: &ReportPage) -> String {
    let slug: String = page
        .row
        .title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug.trim_matches('-');
    format!(
        "{}-v{}.pdf",
        if slug.is_empty() { "rapport" } else { slug },
        page.row.version
    )
}

/// The document a reader through a share link gets: the same, without links to the team's
/// own pages (which would only answer "not found" to them).
fn for_link_holder(mut doc: Document) -> Document {
    for section in &mut doc.sections {
        for block in &mut section.blocks {
            if let Block::Record { href, .. } = block {
                href.clear();
            }
        }
    }
    doc
}

async fn page_pdf(
    state: &WebState,
    ctx: &Ctx,
    page: ReportPage,
    team: bool,
) -> Result<Response, WebError> {
    let doc = compose::document(&page, ctx.locale, &state.app.config().base_url);
    let doc = if team { doc } else { for_link_holder(doc) };
    let date = LocalTime::of(page.data.composed_at()).date_value();
    pdf_response(doc, date, file_name(&page)).await
}

/// `GET …/rapporten/{rid}/rapport.pdf`.
pub async fn team_pdf(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (scope, rid) = ids(&ctx, &segment, &rid)?;
    let page = state.app.report(user, scope, rid).await?;
    page_pdf(&state, &ctx, page, true).await
}

/// `POST …/rapporten/{rid}/delen`: a new link, shown once on the page.
pub async fn share(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (scope, rid) = ids(&ctx, &segment, &rid)?;
    let label = fields(&body).get("label").cloned().unwrap_or_default();
    match state.app.share_report(user, (scope, rid), &label).await {
        Ok(token) => {
            let link = link_of(&state.app.config().base_url, &token);
            show_page(
                &state,
                ctx,
                (scope, rid),
                (None, None, Some(link)),
                StatusCode::OK,
            )
            .await
        }
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("label", &label)
                .errors(errors);
            refused(&state, ctx, (scope, rid), form).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/rapporten/{rid}/delen/{sid}/intrekken`.
pub async fn revoke(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid, sid)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (scope, rid) = ids(&ctx, &segment, &rid)?;
    state
        .app
        .revoke_report_share(user, (scope, rid), theory_id(&sid)?)
        .await?;
    Ok(see_other(
        &format!("{}#links", report_path(scope, Some(rid))),
        Some("flash-impact-report-link-revoked"),
        ctx.secure_cookies,
    ))
}

#[derive(Template)]
#[template(path = "reports/shared.html")]
struct SharedTemplate {
    ctx: Ctx,
    title: String,
    document: String,
    pdf: String,
}

#[derive(Template)]
#[template(path = "reports/revoked.html")]
struct RevokedTemplate {
    ctx: Ctx,
}

/// `GET /rapport/{token}`: the published report, for anyone with the link.
pub async fn shared(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    match state.app.shared_report(&token).await? {
        Shared::Revoked => Ok(render(&RevokedTemplate { ctx }, StatusCode::GONE)),
        Shared::Report(page) => {
            let doc = for_link_holder(compose::document(&page, ctx.locale, ""));
            let document = DocumentHtml { doc: &doc }
                .render()
                .map_err(|e| WebError::from(AppError::Content(e.to_string())))?;
            let template = SharedTemplate {
                title: page.row.title.clone(),
                document,
                pdf: format!("/rapport/{token}/rapport.pdf"),
                ctx,
            };
            Ok(render(&template, StatusCode::OK))
        }
    }
}

/// `GET /rapport/{token}/rapport.pdf`.
pub async fn shared_pdf(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    match state.app.shared_report(&token).await? {
        Shared::Revoked => Ok(render(&RevokedTemplate { ctx }, StatusCode::GONE)),
        Shared::Report(page) => page_pdf(&state, &ctx, *page, false).await,
    }
}
