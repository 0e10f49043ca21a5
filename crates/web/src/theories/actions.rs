//! What readers and owners do on a theory's page: comment, publish, give it an atelier and
//! the team, fork it into their own, delete it.

use super::pages::show_page;
use super::{fields, theory_id};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, see_other};
use app::AppError;
use app::theories::review::CommentOutcome;
use app::theories::theory_path;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::FieldErrors;

/// `POST /veranderingstheorie/{id}/opmerkingen`.
pub async fn comment(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let (target, text) = (get("target"), get("comment"));
    let outcome = state
        .app
        .comment_on_theory(user, id, (&target, &text), !get("confirmed").is_empty())
        .await;
    let form = FormView::new(ctx.locale)
        .value_of("target", &target)
        .value_of("comment", &text);
    match outcome {
        Ok(CommentOutcome::Saved) => Ok(see_other(
            &format!("{}#opmerkingen", theory_path(id)),
            Some("flash-comment-saved"),
            ctx.secure_cookies,
        )),
        Ok(CommentOutcome::Check(findings)) => show_page(&state, ctx, id, form, &findings).await,
        Err(AppError::Invalid(errors)) => {
            show_page(&state, ctx, id, form.errors(errors), &[]).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /veranderingstheorie/{id}/publiceren`: publish to the atelier (`publiceren=1`) or
/// take it back.
pub async fn publish(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let on = fields(&body).get("publiceren").is_some_and(|v| v == "1");
    match state.app.publish_theory(user, id, on).await {
        Ok(()) => Ok(see_other(
            &theory_path(id),
            Some("flash-theory-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale).errors(errors);
            show_page(&state, ctx, id, form, &[]).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /veranderingstheorie/{id}/delen`: the owner gives it an atelier (and the team).
pub async fn arrange(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let f = fields(&body);
    let atelier = f.get("atelier").cloned().unwrap_or_default();
    let team = f.get("team").is_some_and(|v| !v.is_empty());
    match state.app.arrange_theory(user, id, (&atelier, team)).await {
        Ok(()) => Ok(see_other(
            &theory_path(id),
            Some("flash-theory-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("atelier", &atelier)
                .errors(errors);
            show_page(&state, ctx, id, form, &[]).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /veranderingstheorie/{id}/kopie`: a copy of one's own.
pub async fn fork(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let copy = state.app.fork_theory(user, theory_id(&segment)?).await?;
    Ok(see_other(
        &theory_path(copy),
        Some("flash-theory-forked"),
        ctx.secure_cookies,
    ))
}

/// `POST /veranderingstheorie/{id}/verwijderen` (with `zeker`).
pub async fn delete(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    if fields(&body).get("zeker").is_none_or(|v| v.is_empty()) {
        let mut errors = FieldErrors::new();
        errors.add("zeker", "keuzehulp-error-confirm-delete");
        let form = FormView::new(ctx.locale).errors(errors);
        return show_page(&state, ctx, id, form, &[]).await;
    }
    state.app.delete_theory(user, id).await?;
    Ok(see_other(
        "/veranderingstheorie",
        Some("flash-theory-deleted"),
        ctx.secure_cookies,
    ))
}
