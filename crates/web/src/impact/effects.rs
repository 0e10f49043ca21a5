//! The effect register: every effect with its facets (positive or negative, intended or not,
//! direct or via whom, during or after, what would have happened anyway and what others did,
//! and the basis for that), a form for a new one, and outcome descriptions from outcome
//! harvesting that an effect can point to.

use super::{id_of, node_options, node_title};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use crate::theories::{fields, theory_id};
use app::AppError;
use app::impact::effects::OutcomeInput;
use app::impact::impact_path;
use app::impact::{EffectRow, OutcomeRow};
use app::theories::TheoryView;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::impact::effect::EffectInput;

/// The effect form's fields.
const EFFECT_FIELDS: [&str; 12] = [
    "source",
    "source_id",
    "node",
    "description",
    "valence",
    "intent",
    "reach",
    "via_whom",
    "timing",
    "anyway",
    "others",
    "basis",
];

/// The outcome form's fields.
const OUTCOME_FIELDS: [&str; 7] = [
    "social_actor",
    "change",
    "when_where",
    "significance",
    "contribution",
    "substantiation",
    "anticipated",
];

#[derive(Template)]
#[template(path = "impact/effects.html")]
struct EffectsTemplate {
    ctx: Ctx,
    view: TheoryView,
    effects: Vec<(EffectRow, String)>,
    outcomes: Vec<OutcomeRow>,
    /// Records an effect can come from: (value `source:id`, label).
    sources: Vec<(String, String)>,
    nodes: Vec<(String, String)>,
    form: FormView,
    outcome_form: FormView,
}

impl EffectsTemplate {
    fn node_choices(&self) -> Vec<(String, String)> {
        let mut out = vec![(String::new(), self.ctx.t("impact-node-unexpected"))];
        out.extend(self.nodes.iter().cloned());
        out
    }

    /// Radio options `impact-{facet}-{code}` for the codes.
    fn pairs(&self, facet: &str, codes: &[&str; 2]) -> Vec<(String, String)> {
        codes
            .iter()
            .map(|c| ((*c).to_owned(), self.ctx.t(&format!("impact-{facet}-{c}"))))
            .collect()
    }
}

async fn page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    (form, outcome_form): (FormView, FormView),
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let effects = state
        .app
        .effects(user, id)
        .await?
        .into_iter()
        .map(|e| {
            let node = e
                .node_key
                .map(|k| node_title(&view.theory, k))
                .unwrap_or_default();
            (e, node)
        })
        .collect();
    let outcomes = state.app.outcomes(user, id).await?;
    let mut sources = vec![(String::new(), ctx.t("impact-source-none"))];
    for s in state.app.stories(user, id).await? {
        sources.push((
            format!("story:{}", s.id),
            format!("{}: {}", ctx.t("impact-source-story"), s.title),
        ));
    }
    for i in state.app.indicators(user, id).await? {
        sources.push((
            format!("indicator:{}", i.id),
            format!(
                "{}: {} {}",
                ctx.t("impact-source-indicator"),
                i.code,
                i.name
            ),
        ));
    }
    for o in &outcomes {
        sources.push((
            format!("harvest:{}", o.id),
            format!("{}: {}", ctx.t("impact-source-harvest"), o.change),
        ));
    }
    let template = EffectsTemplate {
        nodes: node_options(&view.theory, ctx.locale),
        view,
        effects,
        outcomes,
        sources,
        form,
        outcome_form,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/impact/effecten`.
pub async fn list(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let locale = ctx.locale;
    let forms = (FormView::new(locale), FormView::new(locale));
    page(&state, ctx, theory_id(&segment)?, forms, StatusCode::OK).await
}

/// `POST …/impact/effecten`: a new effect. The record it comes from is sent as `source:id`
/// in `source_id`; without one it is an observation.
pub async fn create(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let from = get("source_id");
    let (source, source_id) = match from.split_once(':') {
        Some((s, i)) => (s.to_owned(), i.to_owned()),
        None => ("observation".to_owned(), String::new()),
    };
    let input = EffectInput {
        source,
        source_id,
        node: get("node"),
        description: get("description"),
        valence: get("valence"),
        intent: get("intent"),
        reach: get("reach"),
        via_whom: get("via_whom"),
        timing: get("timing"),
        anyway: get("anyway"),
        others: get("others"),
        basis: get("basis"),
    };
    match state.app.add_effect(user, id, &input).await {
        Ok(_) => Ok(see_other(
            &format!("{}/effecten", impact_path(id)),
            Some("flash-impact-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let mut form = FormView::new(ctx.locale);
            for name in EFFECT_FIELDS {
                form = form.value_of(name, &get(name));
            }
            let forms = (form.errors(errors), FormView::new(ctx.locale));
            page(&state, ctx, id, forms, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/effecten/{eid}/verwijderen`.
pub async fn delete(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, eid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    state.app.delete_effect(user, id, id_of(&eid)?).await?;
    Ok(see_other(
        &format!("{}/effecten", impact_path(id)),
        Some("flash-impact-deleted"),
        ctx.secure_cookies,
    ))
}

/// `POST …/impact/oogst`: an outcome description.
pub async fn harvest(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let input = OutcomeInput {
        social_actor: get("social_actor"),
        change: get("change"),
        when_where: get("when_where"),
        significance: get("significance"),
        contribution: get("contribution"),
        substantiation: get("substantiation"),
        anticipated: !get("anticipated").is_empty(),
    };
    match state.app.add_outcome(user, id, &input).await {
        Ok(_) => Ok(see_other(
            &format!("{}/effecten#oogst", impact_path(id)),
            Some("flash-impact-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let mut form = FormView::new(ctx.locale);
            for name in OUTCOME_FIELDS {
                form = form.value_of(name, &get(name));
            }
            let forms = (FormView::new(ctx.locale), form.errors(errors));
            page(&state, ctx, id, forms, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}
