//! Werkplaats settings: name, description and themes (admins and werkplaats coordinators).

use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use app::AppError;
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use domain::{ThemeId, WerkplaatsId};
use serde::Deserialize;

/// The werkplaats routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route(
            "/werkplaatsen/{werkplaats}/beheer",
            get(edit_werkplaats_form).post(update_werkplaats),
        )
        .route("/werkplaatsen/{werkplaats}/themas", post(create_theme))
        .route(
            "/werkplaatsen/{werkplaats}/themas/{theme}",
            post(update_theme),
        )
}

/// A theme as the page shows it: (id, name, description).
type ThemeLine = (i64, String, String);

#[derive(Template)]
#[template(path = "werkplaatsen/settings.html")]
struct SettingsPage {
    ctx: Ctx,
    id: i64,
    form: FormView,
    themes: Vec<ThemeLine>,
    new_theme: FormView,
    /// The theme whose form shows problems, with them.
    theme_problem: Option<(i64, FormView)>,
}

impl SettingsPage {
    fn theme_form(&self, theme: &i64) -> Option<&FormView> {
        self.theme_problem
            .as_ref()
            .filter(|(t, _)| t == theme)
            .map(|(_, f)| f)
    }
}

/// Name and description.
#[derive(Deserialize)]
pub struct NamedForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
}

async fn page(state: &WebState, ctx: Ctx, id: WerkplaatsId) -> Result<SettingsPage, WebError> {
    let actor = require_user(&ctx)?;
    let (werkplaats, themes) = state.app.werkplaats_settings(actor, id).await?;
    Ok(SettingsPage {
        id: werkplaats.id,
        form: FormView::new(ctx.locale)
            .value_of("name", &werkplaats.name)
            .value_of("description", &werkplaats.description),
        themes: themes
            .into_iter()
            .map(|t| (t.id, t.name, t.description))
            .collect(),
        new_theme: FormView::new(ctx.locale),
        theme_problem: None,
        ctx,
    })
}

fn back(id: WerkplaatsId, flash: &str, ctx: &Ctx) -> Response {
    see_other(
        &format!("/werkplaatsen/{}/beheer", id.0),
        Some(flash),
        ctx.secure_cookies,
    )
}

/// `GET /werkplaatsen/{id}/beheer`.
pub async fn edit_werkplaats_form(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(
        &page(&state, ctx, WerkplaatsId(id)).await?,
        StatusCode::OK,
    ))
}

/// `POST /werkplaatsen/{id}/beheer`.
pub async fn update_werkplaats(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<NamedForm>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let id = WerkplaatsId(id);
    let errors = match state
        .app
        .update_werkplaats(actor, id, &form.name, &form.description)
        .await
    {
        Ok(()) => return Ok(back(id, "flash-settings-saved", &ctx)),
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let mut settings = page(&state, ctx.clone(), id).await?;
    settings.form = FormView::new(ctx.locale)
        .value_of("name", &form.name)
        .value_of("description", &form.description)
        .errors(errors);
    Ok(render(&settings, StatusCode::UNPROCESSABLE_ENTITY))
}

async fn save_theme(
    state: &WebState,
    ctx: Ctx,
    id: WerkplaatsId,
    theme: Option<i64>,
    form: NamedForm,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let result = state
        .app
        .save_theme(actor, id, theme.map(ThemeId), &form.name, &form.description)
        .await;
    let errors = match result {
        Ok(()) => return Ok(back(id, "flash-theme-saved", &ctx)),
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let mut settings = page(state, ctx.clone(), id).await?;
    let view = FormView::new(ctx.locale)
        .value_of("name", &form.name)
        .value_of("description", &form.description)
        .errors(errors);
    match theme {
        Some(t) => settings.theme_problem = Some((t, view)),
        None => settings.new_theme = view,
    }
    Ok(render(&settings, StatusCode::UNPROCESSABLE_ENTITY))
}

/// `POST /werkplaatsen/{id}/themas`: a new theme.
pub async fn create_theme(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<NamedForm>,
) -> Result<Response, WebError> {
    save_theme(&state, ctx, WerkplaatsId(id), None, form).await
}

/// `POST /werkplaatsen/{id}/themas/{theme}`: change a theme.
pub async fn update_theme(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((id, theme)): Path<(i64, i64)>,
    Form(form): Form<NamedForm>,
) -> Result<Response, WebError> {
    save_theme(&state, ctx, WerkplaatsId(id), Some(theme), form).await
}
