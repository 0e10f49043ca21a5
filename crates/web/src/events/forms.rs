//! The event form for organisers: plan an event in an atelier one facilitates, change it,
//! cancel it. Times are typed in local time (Europe/Amsterdam).

use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, id_in_segment, render, see_other};
use app::AppError;
use app::events::EventRow;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::events::local_time::LocalTime;
use domain::events::{EventInput, EventKind, EventMode};
use serde::Deserialize;

/// The form as sent: the atelier (new events only) and the event's fields.
#[derive(Debug, Default, Deserialize)]
pub struct EventForm {
    #[serde(default)]
    atelier: String,
    /// How a new event repeats (empty: once).
    #[serde(default)]
    repeat: String,
    /// How many dates.
    #[serde(default)]
    repeat_count: String,
    #[serde(flatten)]
    input: EventInput,
}

#[derive(Template)]
#[template(path = "events/form.html")]
struct EventFormTemplate {
    ctx: Ctx,
    form: FormView,
    /// `None` when editing (the atelier stays).
    ateliers: Option<Vec<(i64, String)>>,
    action: String,
    kinds: Vec<(&'static str, String)>,
    modes: Vec<(&'static str, String)>,
    repeats: Vec<(&'static str, String)>,
    editing: bool,
}

fn options<T: Copy>(
    ctx: &Ctx,
    family: &str,
    all: &[T],
    code: fn(T) -> &'static str,
) -> Vec<(&'static str, String)> {
    all.iter()
        .map(|v| (code(*v), ctx.t_code(family, code(*v), "")))
        .collect()
}

fn form_view(ctx: &Ctx, atelier: &str, input: &EventInput) -> FormView {
    FormView::new(ctx.locale)
        .value_of("atelier", atelier)
        .value_of("title", &input.title)
        .value_of("kind", &input.kind)
        .value_of("mode", &input.mode)
        .value_of("description", &input.description)
        .value_of("date", &input.date)
        .value_of("start", &input.start)
        .value_of("end", &input.end)
        .value_of("end_date", &input.end_date)
        .value_of("location", &input.location)
        .value_of("online_url", &input.online_url)
        .value_of("capacity", &input.capacity)
        .value_of("deadline_date", &input.deadline_date)
        .value_of("deadline_time", &input.deadline_time)
}

fn page(
    ctx: Ctx,
    form: FormView,
    ateliers: Option<Vec<(i64, String)>>,
    action: String,
    status: StatusCode,
) -> Response {
    let kinds = options(
        &ctx,
        "event-kind",
        &[
            EventKind::Meeting,
            EventKind::Intervision,
            EventKind::Public,
        ],
        EventKind::code,
    );
    let modes = options(
        &ctx,
        "event-mode",
        &[EventMode::InPerson, EventMode::Online, EventMode::Hybrid],
        EventMode::code,
    );
    use domain::events::series::Repeat;
    let repeats = options(
        &ctx,
        "event-repeat",
        &[
            Repeat::Once,
            Repeat::Weekly,
            Repeat::Biweekly,
            Repeat::FourWeekly,
            Repeat::MonthlyWeekday,
        ],
        Repeat::code,
    );
    let editing = ateliers.is_none();
    render(
        &EventFormTemplate {
            ctx,
            form,
            ateliers,
            action,
            kinds,
            modes,
            repeats,
            editing,
        },
        status,
    )
}

/// `GET /agenda/nieuw`: the form (facilitators).
pub async fn new_event_form(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let ateliers = state.app.event_ateliers(user).await?;
    if ateliers.is_empty() {
        return Err(ErrorPage::Forbidden.into());
    }
    let input = EventInput {
        kind: EventKind::Meeting.code().into(),
        mode: EventMode::InPerson.code().into(),
        ..EventInput::default()
    };
    let form = form_view(&ctx, "", &input);
    Ok(page(
        ctx,
        form,
        Some(ateliers),
        "/agenda".into(),
        StatusCode::OK,
    ))
}

/// `POST /agenda`: plan an event.
pub async fn create_event(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<EventForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let atelier = form
        .atelier
        .parse()
        .map(domain::AtelierId)
        .map_err(|_| WebError::Page(ErrorPage::BadRequest))?;
    let series = (form.repeat.as_str(), form.repeat_count.as_str());
    match state
        .app
        .create_event(user, atelier, &form.input, series)
        .await
    {
        Ok(to) => Ok(see_other(
            &to,
            Some("flash-event-created"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let ateliers = state.app.event_ateliers(user).await?;
            let view = form_view(&ctx, &form.atelier, &form.input)
                .value_of("repeat", &form.repeat)
                .value_of("repeat_count", &form.repeat_count)
                .errors(errors);
            Ok(page(
                ctx,
                view,
                Some(ateliers),
                "/agenda".into(),
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(other) => Err(other.into()),
    }
}

/// The stored event as the form shows it (local times).
fn input_of(event: &EventRow) -> EventInput {
    let start = LocalTime::of(event.starts_at);
    let end = LocalTime::of(event.ends_at);
    let deadline = LocalTime::of(event.registration_deadline);
    let deadline_is_start = event.registration_deadline == event.starts_at;
    EventInput {
        title: event.title.clone(),
        kind: event.kind.clone(),
        mode: event.mode.clone(),
        description: event.description.clone(),
        date: start.date_value(),
        start: start.time_value(),
        end: end.time_value(),
        end_date: if end.date_value() == start.date_value() {
            String::new()
        } else {
            end.date_value()
        },
        location: event.location.clone(),
        online_url: event.online_url.clone(),
        capacity: event.capacity.map(|c| c.to_string()).unwrap_or_default(),
        deadline_date: if deadline_is_start {
            String::new()
        } else {
            deadline.date_value()
        },
        deadline_time: if deadline_is_start {
            String::new()
        } else {
            deadline.time_value()
        },
    }
}

/// `GET /agenda/{id}/bewerken`: the form with the event (organisers).
pub async fn edit_event_form(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    let event = state.app.event_for_editing(user, id).await?;
    let form = form_view(&ctx, "", &input_of(&event));
    Ok(page(
        ctx,
        form,
        None,
        format!("/agenda/{id}/bewerken"),
        StatusCode::OK,
    ))
}

/// `POST /agenda/{id}/bewerken`: save the changes.
pub async fn update_event(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<EventForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    match state.app.update_event(user, id, &form.input).await {
        Ok(to) => Ok(see_other(
            &to,
            Some("flash-event-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let view = form_view(&ctx, "", &form.input).errors(errors);
            Ok(page(
                ctx,
                view,
                None,
                format!("/agenda/{id}/bewerken"),
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /agenda/{id}/annuleren`: cancel (organisers); everyone registered gets a mail.
pub async fn cancel_event(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    let to = state.app.cancel_event(user, id).await?;
    Ok(see_other(
        &to,
        Some("flash-event-cancelled"),
        ctx.secure_cookies,
    ))
}
