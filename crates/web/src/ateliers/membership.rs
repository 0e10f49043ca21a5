//! Joining, leaving, and deciding join requests.

use super::show::AtelierTemplate;
use super::{parse_id, redirect_to_atelier};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, render};
use app::AppError;
use app::ateliers::JoinOutcome;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::UserId;
use domain::ateliers::JoinInput;
use serde::Deserialize;

async fn back_to(
    state: &WebState,
    ctx: &Ctx,
    segment: &str,
    flash: &str,
) -> Result<Response, WebError> {
    redirect_to_atelier(state, ctx, parse_id(segment)?, "", flash).await
}

/// `POST /ateliers/{id}/aanmelden`: join an open atelier or ask to join.
pub async fn create_membership(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(input): Form<JoinInput>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let errors = match state.app.join_atelier(actor, id, &input).await {
        Ok(JoinOutcome::Joined) => return back_to(&state, &ctx, &segment, "flash-joined").await,
        Ok(JoinOutcome::Requested) => {
            return back_to(&state, &ctx, &segment, "flash-join-requested").await;
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let mut template = AtelierTemplate::load(&state, ctx.clone(), id).await?;
    let checked = |v: &Option<String>| if v.is_some() { "on" } else { "" };
    template.join_form = FormView::new(ctx.locale)
        .value_of("meetings", checked(&input.meetings))
        .value_of("public_events", checked(&input.public_events))
        .value_of("online", checked(&input.online))
        .value_of("message", &input.message)
        .errors(errors);
    Ok(render(&template, StatusCode::UNPROCESSABLE_ENTITY))
}

/// `POST /ateliers/{id}/verlaten`: leave, or withdraw a request.
pub async fn delete_membership(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    state.app.leave_atelier(actor, parse_id(&segment)?).await?;
    back_to(&state, &ctx, &segment, "flash-left").await
}

/// The decision form.
#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    besluit: String,
    #[serde(default)]
    message: String,
}

/// `POST /ateliers/{id}/verzoeken/{member}`: approve or decline a request.
pub async fn update_join_request(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, member)): Path<(String, i64)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let approve = match form.besluit.as_str() {
        "approve" => true,
        "decline" => false,
        _ => return Err(ErrorPage::BadRequest.into()),
    };
    let result = state
        .app
        .decide_join_request(actor, id, UserId(member), approve, &form.message)
        .await;
    let errors = match result {
        Ok(()) => {
            let flash = if approve {
                "flash-request-approved"
            } else {
                "flash-request-declined"
            };
            return back_to(&state, &ctx, &segment, flash).await;
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let mut template = AtelierTemplate::load(&state, ctx.clone(), id).await?;
    let view = FormView::new(ctx.locale)
        .value_of("message", &form.message)
        .errors(errors);
    template.decision = Some((member, view));
    Ok(render(&template, StatusCode::UNPROCESSABLE_ENTITY))
}

/// `POST /ateliers/{id}/deelnemers/{member}/verwijderen`: a facilitator removes someone.
pub async fn delete_member(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, member)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    state
        .app
        .remove_member(actor, parse_id(&segment)?, UserId(member))
        .await?;
    back_to(&state, &ctx, &segment, "flash-member-removed").await
}
