//! Saved impact plans on the web: the list, a plan's page, editing it in the builder, starting
//! its discussion in the atelier's forum, deleting it, and the printable and Markdown exports.

use super::builder::{Submitted, step_page};
use super::result::{Shown, result_page};
use super::view::MethodLink;
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::keuzehulp::PlanRow;
use app::keuzehulp::PlanView;
use app::keuzehulp::export::{answer_rows, plan_markdown, plan_package, reason_text};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::FieldErrors;

#[derive(Template)]
#[template(path = "keuzehulp/plans.html")]
struct PlansTemplate {
    ctx: Ctx,
    plans: Vec<PlanRow>,
}

/// `GET /plannen`: my plans and those shared in my ateliers.
pub async fn list(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let plans = state.app.my_plans(user).await?;
    Ok(render(&PlansTemplate { ctx, plans }, StatusCode::OK))
}

/// A chosen method with the recommender's reasons, when it was one of its picks.
pub struct ChosenMethod {
    /// The method.
    pub method: MethodLink,
    /// Waarom dit voorstel (empty when the team added it itself).
    pub why: Vec<String>,
    /// Let op.
    pub caution: Vec<String>,
}

#[derive(Template)]
#[template(path = "keuzehulp/plan.html")]
struct PlanTemplate {
    ctx: Ctx,
    view: PlanView,
    answers: Vec<(String, String)>,
    methods: Vec<ChosenMethod>,
    notes: Vec<String>,
    form: FormView,
}

#[derive(Template)]
#[template(path = "keuzehulp/print.html")]
struct PrintTemplate {
    ctx: Ctx,
    view: PlanView,
    answers: Vec<(String, String)>,
    methods: Vec<ChosenMethod>,
    notes: Vec<String>,
}

fn chosen_methods(
    ctx: &Ctx,
    view: &PlanView,
) -> Result<(Vec<ChosenMethod>, Vec<String>), WebError> {
    let package = plan_package(view)?;
    let methods = view
        .methods
        .iter()
        .map(|m| {
            let reasons = package.as_ref().and_then(|p| p.reasons_for(&m.id));
            let texts = |reasons: &[domain::keuzehulp::rules::Reason]| -> Vec<String> {
                reasons.iter().map(|r| reason_text(ctx.locale, r)).collect()
            };
            ChosenMethod {
                method: MethodLink::of(m, ctx.locale),
                why: reasons.map(|(why, _)| texts(why)).unwrap_or_default(),
                caution: reasons
                    .map(|(_, caution)| texts(caution))
                    .unwrap_or_default(),
            }
        })
        .collect();
    let notes = package
        .map(|p| p.notes.iter().map(|r| reason_text(ctx.locale, r)).collect())
        .unwrap_or_default();
    Ok((methods, notes))
}

fn plan_id(segment: &str) -> Result<i64, WebError> {
    segment
        .parse()
        .map_err(|_| WebError::Page(ErrorPage::NotFound))
}

async fn plan_page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.plan_view(user, id).await?;
    let answers = answer_rows(ctx.locale, &view.answers);
    let (methods, notes) = chosen_methods(&ctx, &view)?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let form = FormView::new(ctx.locale).errors(errors);
    Ok(render(
        &PlanTemplate {
            ctx,
            view,
            answers,
            methods,
            notes,
            form,
        },
        status,
    ))
}

/// `GET /plannen/{id}`.
pub async fn show(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    plan_page(&state, ctx, plan_id(&segment)?, FieldErrors::new()).await
}

/// `GET /plannen/{id}/bewerken`: the builder's result step with the saved plan.
pub async fn edit(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = plan_id(&segment)?;
    let view = state.app.plan_view(user, id).await?;
    if !view.may_edit {
        return Err(AppError::Forbidden.into());
    }
    let mut submitted = Submitted {
        pairs: view.answers.to_pairs(),
        ..Submitted::default()
    };
    let row = &view.row;
    submitted.pairs.insert("plan".into(), row.id.to_string());
    submitted.pairs.insert("title".into(), row.title.clone());
    submitted.pairs.insert(
        "atelier".into(),
        row.atelier_id.map(|a| a.to_string()).unwrap_or_default(),
    );
    submitted.pairs.insert(
        "owner".into(),
        if row.team { "team" } else { "member" }.into(),
    );
    if row.shared {
        submitted.pairs.insert("shared".into(), "1".into());
    }
    for (n, question) in view.questions.iter().enumerate() {
        submitted
            .pairs
            .insert(format!("vraag{}", n + 1), question.clone());
    }
    submitted.methods = view.methods.iter().map(|m| m.id.clone()).collect();
    // Answers stored under older rules may miss something now: that step first.
    if let Some(open) = view.answers.first_incomplete_step() {
        let errors = view.answers.clone().check_step(open);
        return Ok(step_page(ctx, open, &view.answers, &submitted, errors));
    }
    result_page(&state, ctx, &view.answers, &submitted, Shown::default()).await
}

/// `POST /plannen/{id}/bespreken`: to the plan's thread in the atelier forum (started once).
pub async fn discuss(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = plan_id(&segment)?;
    match state.app.discuss_plan(user, id).await {
        Ok(path) => Ok(see_other(&path, None, ctx.secure_cookies)),
        Err(AppError::Invalid(errors)) => plan_page(&state, ctx, id, errors).await,
        Err(other) => Err(other.into()),
    }
}

/// `POST /plannen/{id}/verwijderen`.
pub async fn delete(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = plan_id(&segment)?;
    let form = crate::keuzehulp::builder::Submitted::parse(&body);
    if form.get("zeker").is_empty() {
        let mut errors = FieldErrors::new();
        errors.add("zeker", "keuzehulp-error-confirm-delete");
        return plan_page(&state, ctx, id, errors).await;
    }
    state.app.delete_plan(user, id).await?;
    Ok(see_other(
        "/plannen",
        Some("flash-plan-deleted"),
        ctx.secure_cookies,
    ))
}

/// `GET /plannen/{id}/afdrukken`: the plan as one printable page.
pub async fn printable(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.plan_view(user, plan_id(&segment)?).await?;
    let answers = answer_rows(ctx.locale, &view.answers);
    let (methods, notes) = chosen_methods(&ctx, &view)?;
    Ok(render(
        &PrintTemplate {
            ctx,
            view,
            answers,
            methods,
            notes,
        },
        StatusCode::OK,
    ))
}

/// `GET /plannen/{id}/plan.md`: the plan as a Markdown file.
pub async fn markdown(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = plan_id(&segment)?;
    let view = state.app.plan_view(user, id).await?;
    let text = plan_markdown(&view, ctx.locale, &state.app.config().base_url)?;
    let file = format!("impactplan-{id}.md");
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/markdown; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        text,
    )
        .into_response())
}
