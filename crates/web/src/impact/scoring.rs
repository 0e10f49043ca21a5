//! Scoring one person on an instrument: their GAS goals (set with them), a form with a radio
//! group per item or goal showing each level's criterion, and their scorings so far, with the
//! client's and the worker's scores of the same moment side by side and the difference shown,
//! never averaged; a web instrument also draws both as a web chart.

use super::charts::{Chart, Table};
use super::scoring_view::{Part, parts, results};
use super::{back, figure, id_of, perspective_options, timepoint_options};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use crate::theories::{fields, theory_id};
use app::AppError;
use app::impact::instruments::{GoalRow, InstrumentView};
use app::impact::scoring::ScoringInput;
use app::theories::TheoryView;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::impact::instrument::{GoalInput, InstrumentKind};
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "impact/scoring.html")]
struct ScoringTemplate {
    ctx: Ctx,
    view: TheoryView,
    instrument: InstrumentView,
    pseudonym: String,
    subject: i64,
    goals: Vec<GoalRow>,
    parts: Vec<Part>,
    /// The level chosen per part, as submitted.
    chosen: HashMap<i64, String>,
    history: Option<Table>,
    differences: Vec<Table>,
    web: Option<Chart>,
    form: FormView,
    goal_form: FormView,
}

impl ScoringTemplate {
    fn is_gas(&self) -> bool {
        self.instrument.spec.kind == InstrumentKind::Gas
    }

    /// Whether a level was chosen for the part (to mark the ones left open).
    fn answered(&self, part: &i64) -> bool {
        self.chosen.get(part).is_some_and(|l| !l.is_empty())
    }

    fn is_chosen(&self, part: &i64, level: &str) -> bool {
        self.chosen.get(part).is_some_and(|l| l == level)
    }

    fn timepoints(&self) -> Vec<(String, String)> {
        timepoint_options(&self.ctx)
    }

    fn perspectives(&self) -> Vec<(String, String)> {
        perspective_options(&self.ctx)
    }

    fn weight(&self, w: &f64) -> String {
        figure(*w, self.ctx.locale)
    }
}

async fn page(
    state: &WebState,
    ctx: Ctx,
    (id, nid, sid): (i64, i64, i64),
    (form, goal_form, chosen): (FormView, FormView, HashMap<i64, String>),
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let data = state.app.scoring_data(user, (id, nid, sid)).await?;
    let (view, instrument, goals, scores) = (data.view, data.instrument, data.goals, data.scores);
    let parts = parts(&ctx, &instrument, &goals);
    let (history, differences, web) = results(&ctx, &instrument, &parts, &scores);
    let template = ScoringTemplate {
        view,
        instrument,
        pseudonym: data.pseudonym,
        subject: sid,
        goals,
        parts,
        chosen,
        history,
        differences,
        web,
        form,
        goal_form,
        ctx,
    };
    Ok(render(&template, status))
}

fn ids(segment: &str, nid: &str, sid: &str) -> Result<(i64, i64, i64), WebError> {
    Ok((theory_id(segment)?, id_of(nid)?, id_of(sid)?))
}

/// `GET …/impact/instrumenten/{nid}/personen/{sid}`.
pub async fn show(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, nid, sid)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let forms = (
        FormView::new(ctx.locale).value_of("timepoint", "baseline"),
        FormView::new(ctx.locale),
        HashMap::new(),
    );
    page(
        &state,
        ctx,
        ids(&segment, &nid, &sid)?,
        forms,
        StatusCode::OK,
    )
    .await
}

/// `POST …/impact/instrumenten/{nid}/personen/{sid}`: a scoring (`level_{id}` per part).
pub async fn score(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, nid, sid)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (id, nid, sid) = ids(&segment, &nid, &sid)?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let levels: HashMap<i64, String> = f
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("level_")?.parse().ok()?, v.clone())))
        .collect();
    let input = ScoringInput {
        timepoint: get("timepoint"),
        date: get("date"),
        perspective: get("perspective"),
        comment: get("comment"),
        levels: levels.clone(),
    };
    match state
        .app
        .score_instrument(user, (id, nid, sid), &input)
        .await
    {
        Ok(()) => Ok(back(
            &ctx,
            id,
            &format!("/instrumenten/{nid}/personen/{sid}#history"),
            "flash-impact-saved",
        )),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("timepoint", &input.timepoint)
                .value_of("date", &input.date)
                .value_of("perspective", &input.perspective)
                .value_of("comment", &input.comment)
                .errors(errors);
            let forms = (form, FormView::new(ctx.locale), levels);
            page(
                &state,
                ctx,
                (id, nid, sid),
                forms,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/instrumenten/{nid}/personen/{sid}/doelen`: a GAS goal.
pub async fn add_goal(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, nid, sid)): Path<(String, String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (id, nid, sid) = ids(&segment, &nid, &sid)?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let input = GoalInput {
        goal: get("goal"),
        weight: get("weight"),
        expected: get("expected"),
    };
    match state.app.add_gas_goal(user, (id, nid, sid), &input).await {
        Ok(_) => Ok(back(
            &ctx,
            id,
            &format!("/instrumenten/{nid}/personen/{sid}#goals"),
            "flash-impact-saved",
        )),
        Err(AppError::Invalid(errors)) => {
            let goal_form = FormView::new(ctx.locale)
                .value_of("goal", &input.goal)
                .value_of("weight", &input.weight)
                .value_of("expected", &input.expected)
                .errors(errors);
            let forms = (FormView::new(ctx.locale), goal_form, HashMap::new());
            page(
                &state,
                ctx,
                (id, nid, sid),
                forms,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/instrumenten/{nid}/personen/{sid}/doelen/{gid}/verwijderen`.
pub async fn delete_goal(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, nid, sid, gid)): Path<(String, String, String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (id, nid, sid) = ids(&segment, &nid, &sid)?;
    match state
        .app
        .delete_gas_goal(user, (id, nid, sid), id_of(&gid)?)
        .await
    {
        Ok(()) => Ok(back(
            &ctx,
            id,
            &format!("/instrumenten/{nid}/personen/{sid}#goals"),
            "flash-impact-deleted",
        )),
        // A scored goal stays: said at the top, not at the new-goal form's fields.
        Err(AppError::Invalid(_)) => {
            let goal_form = FormView::new(ctx.locale).general("impact-instrument-goal-scored");
            let forms = (FormView::new(ctx.locale), goal_form, HashMap::new());
            page(
                &state,
                ctx,
                (id, nid, sid),
                forms,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
