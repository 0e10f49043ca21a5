//! Versions of a theory: save the current one with a note, list them, and compare two (or one
//! with the current theory) in words.

use super::{fields, theory_id};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::theories::review::VersionRow;
use app::theories::{TheoryView, theory_path};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::toc::diff::Change;
use serde::Deserialize;

/// `?a=1&b=2` (0: the current theory).
#[derive(Debug, Default, Deserialize)]
pub struct Compare {
    #[serde(default)]
    a: Option<i64>,
    #[serde(default)]
    b: Option<i64>,
}

#[derive(Template)]
#[template(path = "theories/versions.html")]
struct VersionsTemplate {
    ctx: Ctx,
    view: TheoryView,
    versions: Vec<VersionRow>,
    compared: Option<(i64, i64, Vec<String>)>,
    form: FormView,
}

fn change_text(ctx: &Ctx, change: &Change) -> String {
    let (key, a, b) = match change {
        Change::NodeAdded(t) => ("toc-change-node-added", t, t),
        Change::NodeRemoved(t) => ("toc-change-node-removed", t, t),
        Change::NodeChanged(old, new) => ("toc-change-node-changed", old, new),
        Change::LinkAdded(f, t) => ("toc-change-link-added", f, t),
        Change::LinkRemoved(f, t) => ("toc-change-link-removed", f, t),
        Change::LinkChanged(f, t) => ("toc-change-link-changed", f, t),
        Change::AboutChanged => return ctx.t("toc-change-about"),
    };
    app::i18n::text_with(
        ctx.locale,
        key,
        &[
            ("a", app::i18n::Arg::Text(a)),
            ("b", app::i18n::Arg::Text(b)),
        ],
    )
}

async fn versions_page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    query: Compare,
    form: FormView,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.theory_view(user, id).await?;
    let versions = state.app.theory_versions(&view).await?;
    let compared = match (query.a, query.b) {
        (Some(a), Some(b)) => {
            let changes = state.app.compare_theory_versions(user, id, (a, b)).await?;
            Some((a, b, changes.iter().map(|c| change_text(&ctx, c)).collect()))
        }
        _ => None,
    };
    let status = if form.has_problems() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(render(
        &VersionsTemplate {
            ctx,
            view,
            versions,
            compared,
            form,
        },
        status,
    ))
}

/// `GET /veranderingstheorie/{id}/versies`.
pub async fn list(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Query(query): Query<Compare>,
) -> Result<Response, WebError> {
    let locale = ctx.locale;
    versions_page(
        &state,
        ctx,
        theory_id(&segment)?,
        query,
        FormView::new(locale),
    )
    .await
}

/// `POST /veranderingstheorie/{id}/versies`: save the current theory as a version.
pub async fn save(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let note = fields(&body).remove("note").unwrap_or_default();
    match state.app.save_theory_version(user, id, &note).await {
        Ok(_) => Ok(see_other(
            &format!("{}/versies", theory_path(id)),
            Some("flash-version-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("note", &note)
                .errors(errors);
            versions_page(&state, ctx, id, Compare::default(), form).await
        }
        Err(other) => Err(other.into()),
    }
}
