//! Running a meeting on the web (organisers): its agenda topics, choose an intervision format,
//! the step view to project with the session notes beside it (guarded against client data),
//! and the outcome report that becomes a draft verslag.

use super::pages::event_page_response;
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, id_in_segment, render, see_other};
use app::AppError;
use app::events::{NotesOutcome, SessionView, event_path};
use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::forum::guard::Finding;
use serde::Deserialize;

/// The format form.
#[derive(Debug, Default, Deserialize)]
pub struct FormatForm {
    #[serde(default)]
    format: String,
}

async fn event_href(state: &WebState, ctx: &Ctx, id: i64) -> Result<String, WebError> {
    let event = state.app.event_page(ctx.user.as_ref(), id).await?.event;
    Ok(event_path(id, &event.slug))
}

/// After a small organiser action: back to the event (at `anchor`) with a message, or the
/// event's page again with the problem (422).
async fn back_to_event(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    result: Result<(), AppError>,
    flash: &str,
    anchor: &str,
) -> Result<Response, WebError> {
    match result {
        Ok(()) => {
            let to = format!("{}{anchor}", event_href(state, &ctx, id).await?);
            Ok(see_other(&to, Some(flash), ctx.secure_cookies))
        }
        Err(AppError::Invalid(errors)) => {
            let view = FormView::new(ctx.locale).errors(errors);
            event_page_response(state, ctx, id, view, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /agenda/{id}/werkvorm`: choose the intervision format.
pub async fn choose_format(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<FormatForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    let result = state
        .app
        .set_intervision_format(user, id, &form.format)
        .await;
    back_to_event(&state, ctx, id, result, "flash-event-saved", "").await
}

/// `?stap=N` (1-based).
#[derive(Debug, Default, Deserialize)]
pub struct StepQuery {
    #[serde(default)]
    stap: Option<usize>,
}

#[derive(Template)]
#[template(path = "events/session.html")]
struct SessionTemplate {
    ctx: Ctx,
    view: SessionView,
    path: String,
    form: FormView,
    findings: Vec<(String, String)>,
}

impl SessionTemplate {
    fn english(&self) -> bool {
        self.ctx.locale == domain::Locale::En
    }
    fn number(&self) -> usize {
        self.view.step + 1
    }
    /// The step number as messages count it.
    fn number_i64(&self) -> i64 {
        i64::try_from(self.number()).unwrap_or(0)
    }
    /// The minutes of the shown step.
    fn minutes(&self) -> i64 {
        self.view
            .format
            .steps
            .get(self.view.step)
            .map_or(0, |s| i64::from(s.minutes))
    }
}

fn session_page(
    ctx: Ctx,
    view: SessionView,
    form: FormView,
    findings: &[Finding],
    status: StatusCode,
) -> Response {
    let path = event_path(view.event.id, &view.event.slug);
    let findings = findings
        .iter()
        .map(|f| (ctx.t_code("guard-sign", f.sign.code(), ""), f.text.clone()))
        .collect();
    render(
        &SessionTemplate {
            ctx,
            view,
            path,
            form,
            findings,
        },
        status,
    )
}

/// `GET /agenda/{id}/sessie?stap=N`: the step view.
pub async fn show_session(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Query(query): Query<StepQuery>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    let step = query.stap.unwrap_or(1).saturating_sub(1);
    let view = state.app.session_view(user, id, step).await?;
    let form = FormView::new(ctx.locale).value_of("notes", &view.notes);
    Ok(session_page(ctx, view, form, &[], StatusCode::OK))
}

/// The notes form.
#[derive(Debug, Default, Deserialize)]
pub struct NotesForm {
    #[serde(default)]
    notes: String,
    #[serde(default)]
    stap: usize,
    /// The writer confirmed that what the guard flagged is not client data.
    #[serde(default)]
    confirmed: Option<String>,
}

/// `POST /agenda/{id}/notities`: save the session notes.
pub async fn save_notes(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<NotesForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    let step = form.stap.max(1);
    let outcome = state
        .app
        .save_session_notes(user, id, &form.notes, form.confirmed.is_some())
        .await;
    let (findings, errors) = match outcome {
        Ok(NotesOutcome::Saved) => {
            let to = format!("{}/sessie?stap={step}", event_href(&state, &ctx, id).await?);
            return Ok(see_other(
                &to,
                Some("flash-notes-saved"),
                ctx.secure_cookies,
            ));
        }
        Ok(NotesOutcome::Check(findings)) => (findings, None),
        Err(AppError::Invalid(errors)) => (Vec::new(), Some(errors)),
        Err(other) => return Err(other.into()),
    };
    let view = state.app.session_view(user, id, step - 1).await?;
    let mut view_form = FormView::new(ctx.locale).value_of("notes", &form.notes);
    if let Some(errors) = errors {
        view_form = view_form.errors(errors);
    }
    Ok(session_page(
        ctx,
        view,
        view_form,
        &findings,
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

/// The outcome form.
#[derive(Debug, Default, Deserialize)]
pub struct OutcomeForm {
    #[serde(default)]
    insights: String,
    #[serde(default)]
    decisions: String,
    #[serde(default)]
    actions: String,
    /// The writer confirmed that what the guard flagged is not client data.
    #[serde(default)]
    confirmed: Option<String>,
}

/// `POST /agenda/{id}/verslag`: save the outcome report.
pub async fn save_outcome(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<OutcomeForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    let fields = (
        form.insights.as_str(),
        form.decisions.as_str(),
        form.actions.as_str(),
    );
    let confirmed = form.confirmed.is_some();
    match state
        .app
        .save_event_outcome(user, id, fields, confirmed)
        .await
    {
        Ok(NotesOutcome::Saved) => {
            let to = format!("{}#verslag", event_href(&state, &ctx, id).await?);
            Ok(see_other(
                &to,
                Some("flash-report-saved"),
                ctx.secure_cookies,
            ))
        }
        Ok(NotesOutcome::Check(findings)) => {
            // Not saved: the text is kept and what looks like client data is named.
            let mut errors = domain::validation::FieldErrors::new();
            errors.add("insights", "error-event-report-client-data");
            let listed: Vec<String> = findings.iter().map(|f| f.text.clone()).collect();
            let view = FormView::new(ctx.locale)
                .value_of("insights", &form.insights)
                .value_of("decisions", &form.decisions)
                .value_of("actions", &form.actions)
                .value_of("guard_found", &listed.join(", "))
                .errors(errors);
            event_page_response(&state, ctx, id, view, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(AppError::Invalid(errors)) => {
            let view = FormView::new(ctx.locale)
                .value_of("insights", &form.insights)
                .value_of("decisions", &form.decisions)
                .value_of("actions", &form.actions)
                .errors(errors);
            event_page_response(&state, ctx, id, view, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /agenda/{id}/verslag/publiceren`: the report becomes a draft verslag.
pub async fn publish_report(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    match state.app.publish_event_report(user, id).await {
        Ok(item) => Ok(see_other(
            &format!("/kennis/{}", item.0),
            Some("flash-report-published"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let view = FormView::new(ctx.locale).errors(errors);
            event_page_response(&state, ctx, id, view, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

/// The topic form.
#[derive(Debug, Default, Deserialize)]
pub struct TopicForm {
    #[serde(default)]
    topic: i64,
}

/// `POST /agenda/{id}/onderwerpen`: put an agenda topic on this meeting's agenda.
pub async fn schedule_topic(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<TopicForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    let result = state
        .app
        .schedule_topic_in_event(user, id, form.topic)
        .await;
    back_to_event(
        &state,
        ctx,
        id,
        result,
        "flash-topic-scheduled",
        "#agenda-onderwerpen",
    )
    .await
}

/// The co-organiser form.
#[derive(Debug, Default, Deserialize)]
pub struct OrganiserForm {
    #[serde(default)]
    organiser: i64,
}

/// `POST /agenda/{id}/organisatoren`: add a member of the atelier to the organisers.
pub async fn add_organiser(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<OrganiserForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    let member = domain::UserId(form.organiser);
    let result = state.app.add_event_organiser(user, id, member).await;
    back_to_event(
        &state,
        ctx,
        id,
        result,
        "flash-organiser-added",
        "#deelnemers",
    )
    .await
}
