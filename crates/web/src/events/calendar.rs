//! iCalendar on the web: one event, an atelier's feed, a member's secret personal feed and
//! replacing its address.

use super::ics;
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{id_in_segment, see_other};
use axum::extract::{Path, State};
use axum::response::Response;

/// `GET /agenda/{id}/evenement.ics`: one event for a calendar.
pub async fn event_ics(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let id = id_in_segment(&segment)?;
    let body = state.app.event_ics(ctx.user.as_ref(), id).await?;
    Ok(ics(body, &format!("evenement-{id}.ics")))
}

/// `GET /agenda/atelier/{id}.ics`: an atelier's events.
pub async fn atelier_feed(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let segment = file.strip_suffix(".ics").ok_or(ErrorPage::NotFound)?;
    let atelier = domain::AtelierId(id_in_segment(segment)?);
    let body = state.app.atelier_ics(ctx.user.as_ref(), atelier).await?;
    Ok(ics(body, &format!("atelier-{}.ics", atelier.0)))
}

/// `GET /agenda/feed/{token}.ics`: a member's personal feed (no log-in: calendar apps fetch it).
pub async fn personal_feed(
    State(state): State<WebState>,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let token = file.strip_suffix(".ics").ok_or(ErrorPage::NotFound)?;
    let body = state.app.personal_ics(token).await?;
    Ok(ics(body, "leeratelier.ics"))
}

/// `POST /agenda/mijn-feed/vernieuwen`: a new secret address; the old one stops working.
pub async fn reset_feed(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    state.app.reset_feed_token(user).await?;
    Ok(see_other(
        "/agenda#feed",
        Some("flash-feed-reset"),
        ctx.secure_cookies,
    ))
}
