//! The instrument builder: the list of a theory's instruments with a form to build one for a
//! scale indicator, and an instrument's page with its items (criteria per level shown as a
//! matrix), a form to add one, and the people who can be scored on it.

use super::{back, id_of};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use crate::theories::{fields, theory_id};
use app::AppError;
use app::impact::instruments::{InstrumentRow, InstrumentView};
use app::impact::{Indicator, SubjectRow};
use app::theories::TheoryView;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::impact::instrument::{InstrumentInput, InstrumentKind, Scoring};

/// The builder form's fields.
const FIELDS: [&str; 7] = [
    "indicator",
    "kind",
    "level_min",
    "level_max",
    "scoring",
    "anchors",
    "instructions",
];

#[derive(Template)]
#[template(path = "impact/instruments.html")]
struct ListTemplate {
    ctx: Ctx,
    view: TheoryView,
    instruments: Vec<(InstrumentRow, Indicator)>,
    /// Scale indicators without an instrument, as options.
    open: Vec<(String, String)>,
    form: FormView,
}

impl ListTemplate {
    fn kinds(&self) -> Vec<(String, String)> {
        InstrumentKind::ALL
            .iter()
            .map(|k| {
                let c = k.code();
                (
                    c.to_owned(),
                    format!(
                        "{}: {}",
                        self.ctx.t_code("impact-instrument-kind", c, ""),
                        self.ctx.t_code("impact-instrument-kind", c, "-hint")
                    ),
                )
            })
            .collect()
    }

    fn scorings(&self) -> Vec<(String, String)> {
        Scoring::ALL
            .iter()
            .map(|s| {
                let c = s.code();
                (
                    c.to_owned(),
                    self.ctx.t_code("impact-instrument-scoring", c, ""),
                )
            })
            .collect()
    }
}

async fn list_page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    form: FormView,
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let instruments = state.app.instruments(user, id).await?;
    let open = state
        .app
        .indicators(user, id)
        .await?
        .into_iter()
        .filter(|i| i.kind == "scale" && !instruments.iter().any(|(_, s)| s.id == i.id))
        .map(|i| (i.id.to_string(), format!("{} · {}", i.code, i.name)))
        .collect();
    let template = ListTemplate {
        view,
        instruments,
        open,
        form,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/impact/instrumenten`.
pub async fn list(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let form = FormView::new(ctx.locale)
        .value_of("kind", "matrix")
        .value_of("level_min", "1")
        .value_of("level_max", "5")
        .value_of("scoring", "mean");
    list_page(&state, ctx, theory_id(&segment)?, form, StatusCode::OK).await
}

/// `POST …/impact/instrumenten`: builds an instrument.
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
    let input = InstrumentInput {
        kind: get("kind"),
        level_min: get("level_min"),
        level_max: get("level_max"),
        scoring: get("scoring"),
        anchors: get("anchors"),
        instructions: get("instructions"),
    };
    match state
        .app
        .save_instrument(user, id, &get("indicator"), &input)
        .await
    {
        Ok(nid) => Ok(back(
            &ctx,
            id,
            &format!("/instrumenten/{nid}"),
            "flash-impact-saved",
        )),
        Err(AppError::Invalid(errors)) => {
            let mut form = FormView::new(ctx.locale);
            for name in FIELDS {
                form = form.value_of(name, &get(name));
            }
            let form = form.errors(errors);
            list_page(&state, ctx, id, form, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "impact/instrument.html")]
struct InstrumentTemplate {
    ctx: Ctx,
    view: TheoryView,
    instrument: InstrumentView,
    /// People with consent for the evaluation.
    people: Vec<SubjectRow>,
    form: FormView,
}

impl InstrumentTemplate {
    /// The levels, lowest first.
    fn levels(&self) -> Vec<i64> {
        (self.instrument.spec.level_min..=self.instrument.spec.level_max).collect()
    }

    /// The positions of the levels, 0 for the lowest.
    fn indexes(&self) -> Vec<usize> {
        (0..self.instrument.spec.levels()).collect()
    }

    /// The criterion of level `index` (0 is the lowest) of an item, or the shared anchor.
    fn criterion(&self, criteria: &str, index: &usize) -> String {
        criteria
            .lines()
            .nth(*index)
            .or_else(|| self.instrument.spec.anchors.get(*index).map(String::as_str))
            .unwrap_or_default()
            .to_owned()
    }

    fn is_gas(&self) -> bool {
        self.instrument.spec.kind == InstrumentKind::Gas
    }

    fn criteria_hint(&self) -> String {
        let count = self.instrument.spec.levels() as i64;
        let key = match self.instrument.spec.kind {
            InstrumentKind::Matrix | InstrumentKind::Ladder => "impact-hint-criteria",
            _ => "impact-hint-criteria-optional",
        };
        self.ctx.t_number(key, "count", count)
    }
}

async fn instrument_page(
    state: &WebState,
    ctx: Ctx,
    (id, nid): (i64, i64),
    form: FormView,
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let instrument = state.app.instrument(user, id, nid).await?;
    let people = state
        .app
        .subjects(user, id)
        .await?
        .into_iter()
        .filter(|s| s.consents.split(',').any(|c| c == "evaluation"))
        .collect();
    let template = InstrumentTemplate {
        view,
        instrument,
        people,
        form,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/impact/instrumenten/{nid}`.
pub async fn show(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, nid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let ids = (theory_id(&segment)?, id_of(&nid)?);
    let form = FormView::new(ctx.locale);
    instrument_page(&state, ctx, ids, form, StatusCode::OK).await
}

/// `POST …/impact/instrumenten/{nid}/items`: a statement, domain, ladder or dimension.
pub async fn add_item(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, nid)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (id, nid) = (theory_id(&segment)?, id_of(&nid)?);
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let (label, criteria) = (get("label"), get("criteria"));
    match state
        .app
        .add_instrument_item(user, (id, nid), &label, &criteria)
        .await
    {
        Ok(_) => Ok(back(
            &ctx,
            id,
            &format!("/instrumenten/{nid}#items"),
            "flash-impact-saved",
        )),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("label", &label)
                .value_of("criteria", &criteria)
                .errors(errors);
            instrument_page(
                &state,
                ctx,
                (id, nid),
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/instrumenten/{nid}/items/{item}/verwijderen`: only an item never scored.
pub async fn delete_item(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, nid, item)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (id, nid) = (theory_id(&segment)?, id_of(&nid)?);
    match state
        .app
        .delete_instrument_item(user, (id, nid), id_of(&item)?)
        .await
    {
        Ok(()) => Ok(back(
            &ctx,
            id,
            &format!("/instrumenten/{nid}#items"),
            "flash-impact-deleted",
        )),
        // A scored item stays: said at the top, not at the new-item form's fields.
        Err(AppError::Invalid(_)) => {
            let form = FormView::new(ctx.locale).general("impact-instrument-item-scored");
            instrument_page(
                &state,
                ctx,
                (id, nid),
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/instrumenten/{nid}/verwijderen`: the values it made stay.
pub async fn delete(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, nid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    state.app.delete_instrument(user, id, id_of(&nid)?).await?;
    Ok(back(&ctx, id, "/instrumenten", "flash-impact-deleted"))
}
