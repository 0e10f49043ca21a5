//! The indicator pages: the list with a form for a new one, an indicator's own form to change
//! it, and deleting (with its measurements). A refused form comes back with what was typed.

use super::{id_of, node_options, node_title};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use crate::theories::{fields, theory_id};
use app::AppError;
use app::impact::Indicator as IndicatorRow;
use app::impact::impact_path;
use app::theories::TheoryView;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::impact::indicator::{Aggregation, IndicatorInput, IndicatorKind};

/// The form's fields, in order.
const FIELDS: [&str; 15] = [
    "node",
    "code",
    "name",
    "definition",
    "population",
    "unit",
    "kind",
    "min",
    "max",
    "target",
    "lower_is_better",
    "baseline",
    "frequency",
    "aggregation",
    "dimensions",
];

#[derive(Template)]
#[template(path = "impact/indicators.html")]
struct IndicatorsTemplate {
    ctx: Ctx,
    view: TheoryView,
    indicators: Vec<(IndicatorRow, String)>,
    nodes: Vec<(String, String)>,
    kinds: Vec<(String, String)>,
    aggregations: Vec<(String, String)>,
    form: FormView,
    /// The indicator being changed (none: a new one).
    editing: Option<i64>,
}

fn input_of(f: &std::collections::BTreeMap<String, String>) -> (IndicatorInput, bool) {
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    (
        IndicatorInput {
            node: get("node"),
            code: get("code"),
            name: get("name"),
            definition: get("definition"),
            population: get("population"),
            unit: get("unit"),
            kind: get("kind"),
            min: get("min"),
            max: get("max"),
            target: get("target"),
            lower_is_better: !get("lower_is_better").is_empty(),
            baseline: get("baseline"),
            frequency: get("frequency"),
            aggregation: get("aggregation"),
            dimensions: get("dimensions"),
        },
        !get("shared").is_empty(),
    )
}

fn form_of(ctx: &Ctx, f: &std::collections::BTreeMap<String, String>) -> FormView {
    let mut form = FormView::new(ctx.locale);
    for name in FIELDS.iter().chain(["shared"].iter()) {
        form = form.value_of(name, f.get(*name).map_or("", |v| v.as_str()));
    }
    form
}

fn number(n: Option<f64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

fn form_of_row(ctx: &Ctx, i: &IndicatorRow) -> FormView {
    let frequency = if i.frequency_months > 0 {
        i.frequency_months.to_string()
    } else {
        String::new()
    };
    FormView::new(ctx.locale)
        .value_of("node", &i.node_key.to_string())
        .value_of("code", &i.code)
        .value_of("name", &i.name)
        .value_of("definition", &i.definition)
        .value_of("population", &i.population)
        .value_of("unit", &i.unit)
        .value_of("kind", &i.kind)
        .value_of("min", &number(i.scale_min))
        .value_of("max", &number(i.scale_max))
        .value_of("target", &number(i.target))
        .value_of("lower_is_better", if i.higher_is_better { "" } else { "1" })
        .value_of("baseline", &number(i.baseline))
        .value_of("frequency", &frequency)
        .value_of("aggregation", &i.aggregation)
        .value_of("dimensions", &i.dimensions.replace(',', ", "))
        .value_of("shared", if i.shared { "1" } else { "" })
}

async fn page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    (form, editing): (Option<FormView>, Option<i64>),
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let rows = state.app.indicators(user, id).await?;
    let form = match (form, editing) {
        (Some(form), _) => form,
        (None, Some(e)) => {
            let row = rows
                .iter()
                .find(|r| r.id == e)
                .ok_or(WebError::Page(crate::error::ErrorPage::NotFound))?;
            form_of_row(&ctx, row)
        }
        (None, None) => FormView::new(ctx.locale)
            .value_of("kind", "scale")
            .value_of("aggregation", "mean"),
    };
    let indicators = rows
        .into_iter()
        .map(|r| {
            let node = node_title(&view.theory, r.node_key);
            (r, node)
        })
        .collect();
    let template = IndicatorsTemplate {
        nodes: node_options(&view.theory, ctx.locale),
        kinds: IndicatorKind::ALL
            .iter()
            .map(|k| (k.code().to_owned(), ctx.t_code("impact-kind", k.code(), "")))
            .collect(),
        aggregations: Aggregation::ALL
            .iter()
            .map(|a| {
                (
                    a.code().to_owned(),
                    ctx.t_code("impact-aggregation", a.code(), ""),
                )
            })
            .collect(),
        indicators,
        form,
        editing,
        view,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/impact/indicatoren`.
pub async fn list(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    page(
        &state,
        ctx,
        theory_id(&segment)?,
        (None, None),
        StatusCode::OK,
    )
    .await
}

/// `GET …/impact/indicatoren/{iid}`: the form to change one.
pub async fn edit(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, iid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let editing = Some(id_of(&iid)?);
    page(
        &state,
        ctx,
        theory_id(&segment)?,
        (None, editing),
        StatusCode::OK,
    )
    .await
}

async fn save(
    state: &WebState,
    ctx: Ctx,
    (id, editing): (i64, Option<i64>),
    body: &[u8],
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let f = fields(body);
    let (input, shared) = input_of(&f);
    match state
        .app
        .save_indicator(user, (id, editing), &input, shared)
        .await
    {
        Ok(_) => Ok(see_other(
            &format!("{}/indicatoren", impact_path(id)),
            Some("flash-impact-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let form = form_of(&ctx, &f).errors(errors);
            page(
                state,
                ctx,
                id,
                (Some(form), editing),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/indicatoren`: a new indicator.
pub async fn create(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    save(&state, ctx, (theory_id(&segment)?, None), &body).await
}

/// `POST …/impact/indicatoren/{iid}`: changes one.
pub async fn update(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, iid)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    save(
        &state,
        ctx,
        (theory_id(&segment)?, Some(id_of(&iid)?)),
        &body,
    )
    .await
}

/// `POST …/impact/indicatoren/{iid}/verwijderen`.
pub async fn delete(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, iid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    state.app.delete_indicator(user, id, id_of(&iid)?).await?;
    Ok(see_other(
        &format!("{}/indicatoren", impact_path(id)),
        Some("flash-impact-deleted"),
        ctx.secure_cookies,
    ))
}
