//! Most Significant Change rounds: the rounds with a form to start one, and a round's page:
//! collecting stories per domain, closing the collection, the panel's choice per domain with
//! its reason, and the feedback to the team.

use super::stories::story_input;
use super::{id_of, node_options};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use crate::theories::{fields, theory_id};
use app::AppError;
use app::impact::impact_path;
use app::impact::stories::RoundView;
use app::impact::{RoundRow, StoryRow};
use app::theories::TheoryView;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::FieldErrors;
use domain::impact::story::RoundInput;

#[derive(Template)]
#[template(path = "impact/rounds.html")]
struct RoundsTemplate {
    ctx: Ctx,
    view: TheoryView,
    rounds: Vec<RoundRow>,
    form: FormView,
}

/// `GET …/impact/msc`.
pub async fn rounds(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let locale = ctx.locale;
    rounds_page(
        &state,
        ctx,
        theory_id(&segment)?,
        FormView::new(locale),
        StatusCode::OK,
    )
    .await
}

async fn rounds_page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    form: FormView,
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let rounds = state.app.rounds(user, id).await?;
    Ok(render(
        &RoundsTemplate {
            ctx,
            view,
            rounds,
            form,
        },
        status,
    ))
}

/// `POST …/impact/msc`: starts a round.
pub async fn start_round(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let input = RoundInput {
        title: get("title"),
        period: get("period"),
        domains: get("domains"),
        panel: get("panel"),
    };
    match state.app.start_round(user, id, &input).await {
        Ok(rid) => Ok(see_other(
            &format!("{}/msc/{rid}", impact_path(id)),
            Some("flash-impact-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("title", &input.title)
                .value_of("period", &input.period)
                .value_of("domains", &input.domains)
                .value_of("panel", &input.panel)
                .errors(errors);
            rounds_page(&state, ctx, id, form, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "impact/round.html")]
struct RoundTemplate {
    ctx: Ctx,
    view: TheoryView,
    round: RoundView,
    nodes: Vec<(String, String)>,
    form: FormView,
    /// Which form `form` belongs to: `story`, `select-{domain index}`, `feedback`, or `top`
    /// (a problem with the whole round, shown above everything).
    which: String,
}

impl RoundTemplate {
    fn in_domain(&self, domain: &str) -> Vec<StoryRow> {
        self.round
            .stories
            .iter()
            .filter(|s| s.domain == domain)
            .cloned()
            .collect()
    }

    fn form_for(&self, which: &str) -> FormView {
        if self.which == which {
            self.form.clone()
        } else {
            FormView::new(self.ctx.locale)
        }
    }

    fn node_chosen(&self, key: &str) -> bool {
        self.which == "story" && self.form.value("nodes").split(',').any(|k| k == key)
    }

    fn domain_options(&self) -> Vec<(String, String)> {
        self.round
            .domains
            .iter()
            .map(|d| (d.clone(), d.clone()))
            .collect()
    }
}

async fn round_page(
    state: &WebState,
    ctx: Ctx,
    (id, rid): (i64, i64),
    (form, which): (FormView, &str),
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let round = state.app.round(user, id, rid).await?;
    let template = RoundTemplate {
        nodes: node_options(&view.theory, ctx.locale),
        view,
        round,
        form,
        which: which.to_owned(),
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/impact/msc/{rid}`.
pub async fn round(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let locale = ctx.locale;
    round_page(
        &state,
        ctx,
        (theory_id(&segment)?, id_of(&rid)?),
        (FormView::new(locale), ""),
        StatusCode::OK,
    )
    .await
}

/// A form that failed: a problem with the round's state (it moved on, from another tab or a
/// second click) is shown at the top of the page; any other with the form `which`.
fn failed(ctx: &Ctx, form: FormView, errors: FieldErrors, which: &str) -> (FormView, String) {
    match errors.for_field("state") {
        Some(state) => (
            FormView::new(ctx.locale).general(state.key),
            "top".to_owned(),
        ),
        None => (form.errors(errors), which.to_owned()),
    }
}

fn back_to_round(ctx: &Ctx, (id, rid): (i64, i64), flash: &str) -> Response {
    see_other(
        &format!("{}/msc/{rid}", impact_path(id)),
        Some(flash),
        ctx.secure_cookies,
    )
}

/// `POST …/impact/msc/{rid}/verhalen`: a story collected in the round.
pub async fn add_to_round(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let ids = (theory_id(&segment)?, id_of(&rid)?);
    let (input, form) = story_input(&ctx, &body);
    match state
        .app
        .add_story(user, (ids.0, Some(ids.1)), &input)
        .await
    {
        Ok(_) => Ok(back_to_round(&ctx, ids, "flash-impact-saved")),
        Err(AppError::Invalid(errors)) => {
            let (form, which) = failed(&ctx, form, errors, "story");
            round_page(
                &state,
                ctx,
                ids,
                (form, &which),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/msc/{rid}/sluiten`: collecting ends, the panel chooses.
pub async fn close(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let ids = (theory_id(&segment)?, id_of(&rid)?);
    match state.app.close_collecting(user, ids.0, ids.1).await {
        Ok(()) => Ok(back_to_round(&ctx, ids, "flash-impact-saved")),
        Err(AppError::Invalid(errors)) => {
            let (form, which) = failed(&ctx, FormView::new(ctx.locale), errors, "top");
            round_page(
                &state,
                ctx,
                ids,
                (form, &which),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/msc/{rid}/kiezen`: the panel's choice for a domain, and why.
pub async fn select(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let ids = (theory_id(&segment)?, id_of(&rid)?);
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let story = id_of(&get("story")).ok();
    match state
        .app
        .select_story(user, ids, story, &get("reason"))
        .await
    {
        Ok(()) => Ok(back_to_round(&ctx, ids, "flash-impact-saved")),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("reason", &get("reason"))
                .value_of("story", &get("story"));
            let select = format!("select-{}", get("domain_index"));
            let (form, which) = failed(&ctx, form, errors, &select);
            round_page(
                &state,
                ctx,
                ids,
                (form, &which),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/msc/{rid}/terugkoppelen`: the choices and reasons mailed to the team.
pub async fn feed_back(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let ids = (theory_id(&segment)?, id_of(&rid)?);
    let f = fields(&body);
    let message = f.get("feedback").cloned().unwrap_or_default();
    match state.app.feed_back_round(user, ids, &message).await {
        Ok(_) => Ok(back_to_round(&ctx, ids, "flash-impact-fed-back")),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale).value_of("feedback", &message);
            let (form, which) = failed(&ctx, form, errors, "feedback");
            round_page(
                &state,
                ctx,
                ids,
                (form, &which),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
