//! The atelier form: a new atelier, or changes to one (coordinators and admins).

use super::{atelier_path, parse_id};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::atelier_settings::AtelierFormData;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::ateliers::{AtelierInput, JoinPolicy, Visibility};
use domain::{AtelierId, WerkplaatsId};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "ateliers/form.html")]
struct AtelierFormPage {
    ctx: Ctx,
    form: FormView,
    data: AtelierFormData,
    action: String,
    chosen: Vec<i64>,
    visibilities: Vec<(&'static str, String)>,
    policies: Vec<(&'static str, String)>,
}

impl AtelierFormPage {
    fn is_chosen(&self, theme: &i64) -> bool {
        self.chosen.contains(theme)
    }
}

/// Reads the form; `theme` may repeat, which the usual form extractor cannot read. Also
/// returns the werkplaats a new atelier goes to.
fn parse(body: &[u8]) -> (AtelierInput, Option<WerkplaatsId>) {
    let mut input = AtelierInput::default();
    let mut werkplaats = None;
    for (key, value) in form_urlencoded::parse(body) {
        let value = value.into_owned();
        match key.as_ref() {
            "name" => input.name = value,
            "description" => input.description = value,
            "knowledge_question" => input.knowledge_question = value,
            "visibility" => input.visibility = value,
            "join_policy" => input.join_policy = value,
            "theme" => input.themes.extend(value.parse::<i64>().ok()),
            "werkplaats" => werkplaats = value.parse().ok().map(WerkplaatsId),
            _ => {}
        }
    }
    (input, werkplaats)
}

fn page(ctx: Ctx, data: AtelierFormData, form: FormView, chosen: Vec<i64>) -> AtelierFormPage {
    let action = match &data.atelier {
        Some(a) => format!("{}/bewerken", atelier_path(a.row.id, &a.row.slug)),
        None => "/ateliers/nieuw".to_owned(),
    };
    AtelierFormPage {
        visibilities: Visibility::ALL
            .iter()
            .map(|v| (v.code(), ctx.t_code("visibility", v.code(), "")))
            .collect(),
        policies: JoinPolicy::ALL
            .iter()
            .map(|p| (p.code(), ctx.t_code("join-policy", p.code(), "")))
            .collect(),
        action,
        chosen,
        form,
        data,
        ctx,
    }
}

async fn show_form(
    state: &WebState,
    ctx: Ctx,
    id: Option<AtelierId>,
    werkplaats: Option<WerkplaatsId>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let data = state.app.atelier_form(actor, id, werkplaats).await?;
    let form = match &data.atelier {
        Some(a) => FormView::new(ctx.locale)
            .value_of("name", &a.row.name)
            .value_of("description", &a.row.description)
            .value_of("knowledge_question", &a.row.knowledge_question)
            .value_of("visibility", a.visibility.code())
            .value_of("join_policy", a.join_policy.code()),
        None => FormView::new(ctx.locale)
            .value_of("visibility", "public")
            .value_of("join_policy", "approval"),
    };
    let chosen = data.chosen.clone();
    Ok(render(&page(ctx, data, form, chosen), StatusCode::OK))
}

async fn save(
    state: &WebState,
    ctx: Ctx,
    id: Option<AtelierId>,
    body: &[u8],
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let (input, werkplaats) = parse(body);
    let errors = match state.app.save_atelier(actor, id, werkplaats, &input).await {
        Ok((id, slug)) => {
            return Ok(see_other(
                &atelier_path(id.0, &slug),
                Some("flash-atelier-saved"),
                ctx.secure_cookies,
            ));
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let data = state.app.atelier_form(actor, id, werkplaats).await?;
    let form = FormView::new(ctx.locale)
        .value_of("name", &input.name)
        .value_of("description", &input.description)
        .value_of("knowledge_question", &input.knowledge_question)
        .value_of("visibility", &input.visibility)
        .value_of("join_policy", &input.join_policy)
        .errors(errors);
    Ok(render(
        &page(ctx.clone(), data, form, input.themes),
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

/// `GET /ateliers/nieuw`.
pub async fn new_atelier_form(
    State(state): State<WebState>,
    ctx: Ctx,
    Query(query): Query<NewAtelierQuery>,
) -> Result<Response, WebError> {
    show_form(&state, ctx, None, query.werkplaats.map(WerkplaatsId)).await
}

/// Which werkplaats a new atelier goes to.
#[derive(Deserialize)]
pub struct NewAtelierQuery {
    werkplaats: Option<i64>,
}

/// `POST /ateliers/nieuw`.
pub async fn create_atelier(
    State(state): State<WebState>,
    ctx: Ctx,
    body: Bytes,
) -> Result<Response, WebError> {
    save(&state, ctx, None, &body).await
}

/// `GET /ateliers/{id}/bewerken`.
pub async fn edit_atelier_form(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let id = parse_id(&segment)?;
    show_form(&state, ctx, Some(id), None).await
}

/// `POST /ateliers/{id}/bewerken`.
pub async fn update_atelier(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let id = parse_id(&segment)?;
    save(&state, ctx, Some(id), &body).await
}
