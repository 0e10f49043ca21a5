//! Practice-based evidence on an atelier's page: the indicators its practices chose to share,
//! per practice the trend and the pre–post change over only the people who agreed to sharing,
//! as accessible charts with their tables; groups of fewer than five are hidden.

use super::charts::{Chart, change_charts, trend_chart};
use crate::WebState;
use crate::accounts::require_user;
use crate::ateliers::parse_id;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::render;
use app::impact::shared::{EvidenceView, PracticeFigures};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

/// One practice's indicator with its charts.
struct Card {
    shared: PracticeFigures,
    trend: Option<Chart>,
    changes: Vec<Chart>,
}

#[derive(Template)]
#[template(path = "impact/shared.html")]
struct EvidenceTemplate {
    ctx: Ctx,
    view: EvidenceView,
    cards: Vec<Card>,
}

/// `GET /ateliers/{atelier}/praktijkkennis`.
pub async fn show(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let mut view = state
        .app
        .practice_evidence(user, parse_id(&segment)?)
        .await?;
    let cards = std::mem::take(&mut view.indicators)
        .into_iter()
        .map(|shared| Card {
            trend: trend_chart(&shared.figures, ctx.locale),
            changes: change_charts(&shared.figures, ctx.locale),
            shared,
        })
        .collect();
    Ok(render(
        &EvidenceTemplate { ctx, view, cards },
        StatusCode::OK,
    ))
}
