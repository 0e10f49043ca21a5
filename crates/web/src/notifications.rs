//! Notifications on the web: the member's list with the digest setting, marking all as seen,
//! following threads and categories, and the unsubscribe page reached from a digest without
//! logging in.

use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::notifications::{DIGESTS, NotificationsPage};
use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use serde::Deserialize;

/// The notification routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/meldingen", get(show_notifications))
        .route("/meldingen/gelezen", post(mark_read))
        .route("/meldingen/instellingen", post(save_digest))
        .route("/meldingen/herinneringen", post(save_reminders))
        .route(
            "/meldingen/afmelden",
            get(unsubscribe_page).post(unsubscribe),
        )
        .route("/forum/onderwerpen/{thread}/volgen", post(watch_thread))
        .route("/forum/{category}/volgen", post(watch_category))
}

#[derive(Template)]
#[template(path = "notifications/index.html")]
struct NotificationsTemplate {
    ctx: Ctx,
    page: NotificationsPage,
    form: FormView,
    digests: [&'static str; 3],
}

/// `GET /meldingen`.
async fn show_notifications(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let page = state.app.notifications_page(user).await?;
    let form = FormView::new(ctx.locale).value_of("digest", &page.digest);
    Ok(render(
        &NotificationsTemplate {
            ctx,
            page,
            form,
            digests: DIGESTS,
        },
        StatusCode::OK,
    ))
}

/// `POST /meldingen/gelezen`.
async fn mark_read(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    state.app.mark_notifications_read(user).await?;
    Ok(see_other(
        "/meldingen",
        Some("flash-notifications-read"),
        ctx.secure_cookies,
    ))
}

/// The digest form.
#[derive(Debug, Default, Deserialize)]
struct DigestForm {
    #[serde(default)]
    digest: String,
}

/// `POST /meldingen/instellingen`.
async fn save_digest(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<DigestForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    match state.app.set_digest(user, &form.digest).await {
        Ok(()) => Ok(see_other(
            "/meldingen",
            Some("flash-digest-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let page = state.app.notifications_page(user).await?;
            let form = FormView::new(ctx.locale)
                .value_of("digest", &form.digest)
                .errors(errors);
            Ok(render(
                &NotificationsTemplate {
                    ctx,
                    page,
                    form,
                    digests: DIGESTS,
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(other) => Err(other.into()),
    }
}

/// The reminder form: the box is sent only when ticked.
#[derive(Debug, Default, Deserialize)]
struct RemindersForm {
    #[serde(default)]
    event_reminders: Option<String>,
}

/// `POST /meldingen/herinneringen`: reminders a day before events on or off.
async fn save_reminders(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<RemindersForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    state
        .app
        .set_event_reminders(user, form.event_reminders.is_some())
        .await?;
    Ok(see_other(
        "/meldingen",
        Some("flash-reminders-saved"),
        ctx.secure_cookies,
    ))
}

/// The token of an unsubscribe link.
#[derive(Debug, Default, Deserialize)]
struct TokenForm {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "notifications/unsubscribe.html")]
struct UnsubscribeTemplate {
    ctx: Ctx,
    token: String,
    /// None: ask; Some(true): done; Some(false): unknown link.
    done: Option<bool>,
}

/// `GET /meldingen/afmelden?token=…`: one button, no login.
async fn unsubscribe_page(ctx: Ctx, Query(form): Query<TokenForm>) -> Result<Response, WebError> {
    Ok(render(
        &UnsubscribeTemplate {
            ctx,
            token: form.token,
            done: None,
        },
        StatusCode::OK,
    ))
}

/// `POST /meldingen/afmelden`: digests off for the link's owner.
async fn unsubscribe(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<TokenForm>,
) -> Result<Response, WebError> {
    let done = state.app.unsubscribe_digest(&form.token).await?;
    let status = if done {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    Ok(render(
        &UnsubscribeTemplate {
            ctx,
            token: String::new(),
            done: Some(done),
        },
        status,
    ))
}

/// The follow buttons.
#[derive(Debug, Default, Deserialize)]
struct WatchForm {
    #[serde(default)]
    on: String,
}

/// `POST /forum/onderwerpen/{id}/volgen`.
async fn watch_thread(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<WatchForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = crate::forum::parse_id(&segment)?;
    let to = state.app.watch_thread(user, id, form.on == "1").await?;
    Ok(see_other(
        &to,
        Some("flash-watch-saved"),
        ctx.secure_cookies,
    ))
}

/// `POST /forum/{id}/volgen`.
async fn watch_category(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<WatchForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = crate::forum::parse_id(&segment)?;
    let to = state.app.watch_category(user, id, form.on == "1").await?;
    Ok(see_other(
        &to,
        Some("flash-watch-saved"),
        ctx.secure_cookies,
    ))
}
