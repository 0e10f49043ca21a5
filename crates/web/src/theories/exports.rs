//! The exports of a theory: JSON to import elsewhere, the diagram as SVG, and one printable
//! page with the diagram, the story and the text outline.

use super::theory_id;
use super::view::{LinkView, NodeView, outline, story};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::render;
use app::theories::{TheoryView, theory_svg};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

fn download(content_type: &str, file: String, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// `GET /veranderingstheorie/{id}/theorie.json`: the export to import elsewhere.
pub async fn export_json(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let view = state.app.theory_view(user, id).await?;
    let text = domain::toc::json::export(&view.theory);
    Ok(download(
        "application/json; charset=utf-8",
        format!("veranderingstheorie-{id}.json"),
        text,
    ))
}

/// `GET /veranderingstheorie/{id}/theorie.svg`: the diagram.
pub async fn export_svg(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let view = state.app.theory_view(user, id).await?;
    Ok(download(
        "image/svg+xml; charset=utf-8",
        format!("veranderingstheorie-{id}.svg"),
        theory_svg(&view.theory, ctx.locale),
    ))
}

#[derive(Template)]
#[template(path = "theories/print.html")]
struct PrintTemplate {
    ctx: Ctx,
    view: TheoryView,
    svg: String,
    outline: Vec<(NodeView, Vec<LinkView>)>,
    story: Vec<String>,
}

/// `GET /veranderingstheorie/{id}/afdrukken`: diagram, story and outline on one printable page.
pub async fn printable(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.theory_view(user, theory_id(&segment)?).await?;
    let (story, _) = story(&view, ctx.locale);
    let template = PrintTemplate {
        svg: theory_svg(&view.theory, ctx.locale),
        outline: outline(&view.theory, ctx.locale),
        story,
        view,
        ctx,
    };
    Ok(render(&template, StatusCode::OK))
}
