//! The atelier's agenda: propose a topic, support one, schedule or close one.

use super::show::AtelierTemplate;
use super::{parse_id, redirect_to_atelier};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use app::AppError;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::AtelierId;
use domain::agenda::{TopicDecisionInput, TopicInput};

async fn back(
    state: &WebState,
    ctx: &Ctx,
    id: AtelierId,
    flash: &str,
) -> Result<Response, WebError> {
    redirect_to_atelier(state, ctx, id, "#agenda-heading", flash).await
}

/// `POST /ateliers/{id}/agenda`: propose a topic.
pub async fn create_topic(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(input): Form<TopicInput>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let errors = match state.app.propose_topic(actor, id, &input).await {
        Ok(()) => return back(&state, &ctx, id, "flash-topic-proposed").await,
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let mut template = AtelierTemplate::load(&state, ctx.clone(), id).await?;
    template.topic_form = FormView::new(ctx.locale)
        .value_of("title", &input.title)
        .value_of("description", &input.description)
        .errors(errors);
    Ok(render(&template, StatusCode::UNPROCESSABLE_ENTITY))
}

/// `POST /ateliers/{id}/agenda/{topic}/steun`: support a topic or withdraw support.
pub async fn update_topic_support(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, topic)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    state.app.toggle_topic_support(actor, id, topic).await?;
    back(&state, &ctx, id, "flash-support-saved").await
}

/// `POST /ateliers/{id}/agenda/{topic}/besluit`: schedule or close a topic.
pub async fn update_topic_status(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, topic)): Path<(String, i64)>,
    Form(input): Form<TopicDecisionInput>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let errors = match state.app.decide_topic(actor, id, topic, &input).await {
        Ok(()) => return back(&state, &ctx, id, "flash-topic-decided").await,
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let mut template = AtelierTemplate::load(&state, ctx.clone(), id).await?;
    let view = FormView::new(ctx.locale)
        .value_of("note", &input.note)
        .errors(errors);
    template.topic_decision = Some((topic, view));
    Ok(render(&template, StatusCode::UNPROCESSABLE_ENTITY))
}
