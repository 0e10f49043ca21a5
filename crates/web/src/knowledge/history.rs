//! An item's history: the list of revisions, a comparison of two, and restoring one.

use super::{parse_item, redirect_to_item};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::render;
use app::knowledge::{History, ItemRow, item_path};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::revisions::FieldDiff;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "knowledge/history.html")]
struct HistoryPage {
    ctx: Ctx,
    history: History,
    path: String,
}

impl HistoryPage {
    /// The revision compared from by default: the one before the newest.
    fn default_from(&self) -> i64 {
        self.history.revisions.get(1).map_or(1, |r| r.number)
    }

    fn default_to(&self) -> i64 {
        self.history.revisions.first().map_or(1, |r| r.number)
    }
}

/// `GET /kennis/{id}/versies`.
pub async fn list_revisions(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let id = parse_item(&segment)?;
    let history = state.app.item_history(ctx.user.as_ref(), id).await?;
    let path = item_path(history.item.id, &history.item.slug);
    Ok(render(&HistoryPage { ctx, history, path }, StatusCode::OK))
}

/// Which revisions to compare.
#[derive(Debug, Deserialize)]
pub struct CompareQuery {
    van: i64,
    naar: i64,
}

#[derive(Template)]
#[template(path = "knowledge/compare.html")]
struct ComparePage {
    ctx: Ctx,
    item: ItemRow,
    path: String,
    from: i64,
    to: i64,
    changes: Vec<FieldDiff>,
}

/// `GET /kennis/{id}/versies/vergelijk?van=1&naar=3`.
pub async fn compare_revisions(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Query(query): Query<CompareQuery>,
) -> Result<Response, WebError> {
    let id = parse_item(&segment)?;
    let (item, changes) = state
        .app
        .compare_revisions(ctx.user.as_ref(), id, query.van, query.naar)
        .await?;
    let page = ComparePage {
        path: item_path(item.id, &item.slug),
        item,
        from: query.van,
        to: query.naar,
        changes,
        ctx,
    };
    Ok(render(&page, StatusCode::OK))
}

/// `POST /kennis/{id}/versies/{number}/terugzetten`.
pub async fn restore_revision(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, number)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    state.app.restore_revision(user, id, number).await?;
    redirect_to_item(&state, &ctx, id, "", "flash-revision-restored").await
}
