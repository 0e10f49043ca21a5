//! The review workflow on the web: ask reviewers, comment, publish, send back, archive.

use super::show::ItemTemplate;
use super::{parse_item, redirect_to_item};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use app::AppError;
use axum::body::Bytes;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

/// `POST /kennis/{id}/review`: send a draft to the chosen reviewers (`reviewer` repeats).
pub async fn submit_item(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    let reviewers: Vec<i64> = form_urlencoded::parse(&body)
        .filter(|(k, _)| k == "reviewer")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let errors = match state.app.submit_item(user, id, &reviewers).await {
        Ok(()) => return redirect_to_item(&state, &ctx, id, "", "flash-item-submitted").await,
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let page = state.app.item_page(Some(user), id).await?;
    let mut template = ItemTemplate::new(ctx.clone(), page);
    template.review_form = FormView::new(ctx.locale).errors(errors);
    Ok(render(&template, StatusCode::UNPROCESSABLE_ENTITY))
}

/// The comment form.
#[derive(Debug, Default, Deserialize)]
pub struct CommentInput {
    #[serde(default)]
    verdict: String,
    #[serde(default)]
    comment: String,
}

/// `POST /kennis/{id}/opmerkingen`: a review comment.
pub async fn create_comment(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(input): Form<CommentInput>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    let result = state
        .app
        .comment_item(user, id, &input.verdict, &input.comment)
        .await;
    let errors = match result {
        Ok(()) => {
            return redirect_to_item(&state, &ctx, id, "#review-heading", "flash-comment-saved")
                .await;
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let page = state.app.item_page(Some(user), id).await?;
    let mut template = ItemTemplate::new(ctx.clone(), page);
    template.comment_form = FormView::new(ctx.locale)
        .value_of("verdict", &input.verdict)
        .value_of("comment", &input.comment)
        .errors(errors);
    Ok(render(&template, StatusCode::UNPROCESSABLE_ENTITY))
}

/// `POST /kennis/{id}/publiceren`: publish (facilitators).
pub async fn publish_item(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    state.app.publish_item(user, id).await?;
    redirect_to_item(&state, &ctx, id, "", "flash-item-published").await
}

/// `POST /kennis/{id}/terugsturen`: back to the author as a draft.
pub async fn return_item(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    state.app.return_item(user, id).await?;
    redirect_to_item(&state, &ctx, id, "", "flash-item-returned").await
}

/// `POST /kennis/{id}/archiveren`: archive (facilitators).
pub async fn archive_item(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    state.app.archive_item(user, id).await?;
    redirect_to_item(&state, &ctx, id, "", "flash-item-archived").await
}
