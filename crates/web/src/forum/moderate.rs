//! Moderation and harvest on the web: flag a post, hide or restore it, lock, unlock or move a
//! thread (each with a reason), the moderators' queue and a thread's log, harvesting a thread
//! into a draft knowledge item, and facilitators' new categories.

use super::parse_id;
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::forum::{FlagRow, LogRow, Moderation};
use app::knowledge::item_path;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

/// A reason, and for a move the target category.
#[derive(Debug, Default, Deserialize)]
pub struct ReasonForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    category: String,
}

#[derive(Template)]
#[template(path = "forum/reason.html")]
struct ReasonTemplate {
    ctx: Ctx,
    heading: String,
    action: String,
    category: String,
    form: FormView,
}

/// The reason form again, with the problem (422).
fn ask_reason(
    ctx: Ctx,
    heading: &str,
    action: String,
    form: &ReasonForm,
    errors: domain::FieldErrors,
) -> Response {
    let view = FormView::new(ctx.locale)
        .value_of("reason", &form.reason)
        .errors(errors);
    let heading = ctx.t(heading);
    render(
        &ReasonTemplate {
            ctx,
            heading,
            action,
            category: form.category.clone(),
            form: view,
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// `POST /forum/berichten/{id}/{melden|verbergen|herstellen}`.
pub async fn post_action(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((id, action)): Path<(i64, String)>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (result, heading, flash) = match action.as_str() {
        "melden" => (
            state.app.flag_post(user, id, &form.reason).await,
            "forum-flag",
            "flash-post-flagged",
        ),
        "verbergen" => (
            state
                .app
                .moderate_post(user, id, Moderation::Hide, &form.reason)
                .await,
            "forum-hide",
            "flash-post-hidden",
        ),
        "herstellen" => (
            state
                .app
                .moderate_post(user, id, Moderation::Restore, &form.reason)
                .await,
            "forum-restore",
            "flash-post-restored",
        ),
        _ => return Err(WebError::Page(ErrorPage::NotFound)),
    };
    match result {
        Ok(to) => Ok(see_other(&to, Some(flash), ctx.secure_cookies)),
        Err(AppError::Invalid(errors)) => {
            let action = format!("/forum/berichten/{id}/{action}");
            Ok(ask_reason(ctx, heading, action, &form, errors))
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /forum/onderwerpen/{id}/{sluiten|openen|verplaatsen}`.
pub async fn thread_action(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, action)): Path<(String, String)>,
    Form(form): Form<ReasonForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let (result, heading, flash) = match action.as_str() {
        "sluiten" => (
            state
                .app
                .moderate_thread(user, id, Moderation::Lock, &form.reason)
                .await,
            "forum-lock",
            "flash-thread-locked",
        ),
        "openen" => (
            state
                .app
                .moderate_thread(user, id, Moderation::Unlock, &form.reason)
                .await,
            "forum-unlock",
            "flash-thread-unlocked",
        ),
        "verplaatsen" => {
            let to = parse_id(&form.category)?;
            (
                state.app.move_thread(user, id, to, &form.reason).await,
                "forum-move",
                "flash-thread-moved",
            )
        }
        _ => return Err(WebError::Page(ErrorPage::NotFound)),
    };
    match result {
        Ok(to) => Ok(see_other(&to, Some(flash), ctx.secure_cookies)),
        Err(AppError::Invalid(errors)) => {
            let action = format!("/forum/onderwerpen/{id}/{action}");
            Ok(ask_reason(ctx, heading, action, &form, errors))
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /forum/onderwerpen/{id}/oogsten`: a draft knowledge item from the thread (the ticked
/// posts, `post` repeats; none ticked: all).
pub async fn harvest(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let selected: Vec<i64> = form_urlencoded::parse(&body)
        .filter(|(k, _)| k == "post")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let id = state
        .app
        .harvest_thread(user, parse_id(&segment)?, &selected)
        .await?;
    let to = format!("{}/bewerken", item_path(id.0, ""));
    Ok(see_other(
        &to,
        Some("flash-thread-harvested"),
        ctx.secure_cookies,
    ))
}

#[derive(Template)]
#[template(path = "forum/queue.html")]
struct QueueTemplate {
    ctx: Ctx,
    flags: Vec<FlagRow>,
}

/// `GET /forum/moderatie`: open flags the actor may handle.
pub async fn show_queue(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let flags = state.app.moderation_queue(user).await?;
    Ok(render(&QueueTemplate { ctx, flags }, StatusCode::OK))
}

#[derive(Template)]
#[template(path = "forum/log.html")]
struct LogTemplate {
    ctx: Ctx,
    thread: String,
    entries: Vec<LogRow>,
}

/// `GET /forum/onderwerpen/{id}/logboek`: who moderated what, when and why.
pub async fn show_log(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let entries = state.app.moderation_log(user, id).await?;
    let thread = format!("/forum/onderwerpen/{id}");
    Ok(render(
        &LogTemplate {
            ctx,
            thread,
            entries,
        },
        StatusCode::OK,
    ))
}
