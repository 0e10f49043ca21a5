//! Reading the agenda: the calendar list by month, an event's page, registering, check-in,
//! the attendee list as CSV and the iCalendar files and feeds.

use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, id_in_segment, render, see_other};
use app::AppError;
use app::events::{EventPage, EventRow, RsvpOutcome, event_path};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use domain::events::local_time::LocalTime;
use serde::Deserialize;

/// Upcoming events shown on the agenda.
const AGENDA_LIMIT: i64 = 200;

/// A month of the agenda: its label parts and events.
pub struct Month {
    /// Year.
    pub year: i64,
    /// Month 1–12.
    pub month: u32,
    /// Its events.
    pub events: Vec<EventRow>,
}

#[derive(Template)]
#[template(path = "events/agenda.html")]
struct AgendaTemplate {
    ctx: Ctx,
    months: Vec<Month>,
    may_plan: bool,
    feed: Option<String>,
    /// Showing also events the member is not invited to.
    everything: bool,
    /// The month table, when asked for.
    grid: Option<super::month::MonthGrid>,
    /// `jjjj-mm` of this month (for the link to the month table).
    this_month: String,
}

impl AgendaTemplate {
    fn href(&self, e: &EventRow) -> String {
        event_path(e.id, &e.slug)
    }
}

/// Groups events (soonest first) by their local month.
fn by_month(events: Vec<EventRow>) -> Vec<Month> {
    let mut months: Vec<Month> = Vec::new();
    for event in events {
        let local = LocalTime::of(event.starts_at);
        match months.last_mut() {
            Some(m) if m.year == local.year && m.month == local.month => m.events.push(event),
            _ => months.push(Month {
                year: local.year,
                month: local.month,
                events: vec![event],
            }),
        }
    }
    months
}

/// `?alles=1`: also events one is not invited to.
#[derive(Debug, Default, Deserialize)]
pub struct AgendaQuery {
    #[serde(default)]
    alles: Option<String>,
    /// `jjjj-mm`: show this month as a table.
    #[serde(default)]
    maand: Option<String>,
}

/// `GET /agenda`: upcoming events the reader may see, by month.
pub async fn show_agenda(
    State(state): State<WebState>,
    ctx: Ctx,
    axum::extract::Query(query): axum::extract::Query<AgendaQuery>,
) -> Result<Response, WebError> {
    let user = ctx.user.as_ref();
    let everything = query.alles.is_some();
    let asked = query.maand.as_deref().and_then(super::month::parse_month);
    if query.maand.is_some() && asked.is_none() {
        return Err(ErrorPage::NotFound.into());
    }
    let today = LocalTime::of(state.app.now());
    let midnight = LocalTime {
        hour: 0,
        minute: 0,
        ..today
    }
    .to_unix()
    .unwrap_or_else(|| state.app.now());
    let this_month = format!("{:04}-{:02}", today.year, today.month);
    let (events, grid) = match asked.and_then(|(y, m)| Some((y, m, super::month::bounds(y, m)?))) {
        Some((year, month, (start, end))) => {
            let events = state
                .app
                .upcoming_events(user, (start, end), 500, everything)
                .await?;
            (Vec::new(), Some(super::month::grid(year, month, events)))
        }
        None => (
            state
                .app
                .upcoming_events(user, (midnight, i64::MAX), AGENDA_LIMIT, everything)
                .await?,
            None,
        ),
    };
    let (may_plan, feed) = match user {
        Some(u) => (
            !state.app.event_ateliers(u).await?.is_empty(),
            Some(format!(
                "{}/agenda/feed/{}.ics",
                state.app.config().base_url,
                state.app.feed_token(u).await?
            )),
        ),
        None => (false, None),
    };
    Ok(render(
        &AgendaTemplate {
            ctx,
            months: by_month(events),
            may_plan,
            feed,
            everything,
            grid,
            this_month,
        },
        StatusCode::OK,
    ))
}

#[derive(Template)]
#[template(path = "events/event.html")]
struct EventTemplate {
    ctx: Ctx,
    page: EventPage,
    path: String,
    form: FormView,
    description_html: String,
    /// Organisers: the report so far.
    report: Option<app::events::ReportRow>,
    /// Organisers of a session: the intervision formats as (code, name).
    formats: Vec<(String, String)>,
}

impl EventTemplate {
    fn status_is(&self, code: &str) -> bool {
        self.page.mine.as_ref().is_some_and(|m| m.status == code)
    }
    fn full(&self) -> bool {
        self.page
            .event
            .capacity
            .is_some_and(|c| self.page.event.taken >= c)
    }
    fn places_left(&self) -> i64 {
        self.page
            .event
            .capacity
            .map_or(0, |c| (c - self.page.event.taken).max(0))
    }
    fn when(&self, unix: &i64) -> String {
        self.ctx.date_time(*unix)
    }
}

pub(super) async fn event_page_response(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    form: FormView,
    status: StatusCode,
) -> Result<Response, WebError> {
    let page = state.app.event_page(ctx.user.as_ref(), id).await?;
    let path = event_path(id, &page.event.slug);
    let description_html = domain::markdown::render(&page.event.description);
    let (report, formats) = match (&ctx.user, page.may_organise) {
        (Some(user), true) => {
            let report = state.app.event_report(user, id).await?;
            let formats = app::events::intervision_formats()?
                .iter()
                .map(|f| {
                    let name = match ctx.locale {
                        domain::Locale::En => &f.name_en,
                        _ => &f.name_nl,
                    };
                    (f.code.clone(), name.clone())
                })
                .collect();
            (Some(report), formats)
        }
        _ => (None, Vec::new()),
    };
    // A form with problems keeps its own values; otherwise the report's are shown.
    let form = match &report {
        Some(r) if !form.has_problems() => form
            .value_of("insights", &r.insights)
            .value_of("decisions", &r.decisions)
            .value_of("actions", &r.actions),
        _ => form,
    };
    Ok(render(
        &EventTemplate {
            ctx,
            page,
            path,
            form,
            description_html,
            report,
            formats,
        },
        status,
    ))
}

/// `GET /agenda/{id}-{slug}`: an event.
pub async fn show_event(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let id = id_in_segment(&segment)?;
    let event = state.app.event_page(ctx.user.as_ref(), id).await?.event;
    let path = event_path(id, &event.slug);
    if format!("/agenda/{segment}") != path {
        return Ok(Redirect::permanent(&path).into_response());
    }
    let form = FormView::new(ctx.locale);
    event_page_response(&state, ctx, id, form, StatusCode::OK).await
}

/// The registration form.
#[derive(Debug, Default, Deserialize)]
pub struct RsvpForm {
    #[serde(default)]
    status: String,
}

/// `POST /agenda/{id}/aanmelden`: going, maybe or not going.
pub async fn rsvp(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<RsvpForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    match state.app.rsvp(user, id, &form.status).await {
        Ok(outcome) => {
            let flash = match outcome {
                RsvpOutcome::Going => "flash-event-going",
                RsvpOutcome::Waiting => "flash-event-waiting",
                RsvpOutcome::Maybe => "flash-event-maybe",
                RsvpOutcome::NotGoing => "flash-event-not-going",
            };
            let event = state.app.event_page(Some(user), id).await?.event;
            Ok(see_other(
                &event_path(id, &event.slug),
                Some(flash),
                ctx.secure_cookies,
            ))
        }
        Err(AppError::Invalid(errors)) => {
            let view = FormView::new(ctx.locale).errors(errors);
            event_page_response(&state, ctx, id, view, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

/// The check-in form: which registration, and whether they came.
#[derive(Debug, Default, Deserialize)]
pub struct CheckInForm {
    #[serde(default)]
    registration: i64,
    #[serde(default)]
    came: String,
}

/// `POST /agenda/{id}/aanwezig`: record who came (organisers).
pub async fn check_in(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<CheckInForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    let came = form.came == "1";
    if !state
        .app
        .check_in(user, id, form.registration, came)
        .await?
    {
        return Err(ErrorPage::BadRequest.into());
    }
    let event = state.app.event_page(Some(user), id).await?.event;
    Ok(see_other(
        &format!("{}#deelnemers", event_path(id, &event.slug)),
        Some("flash-event-checked-in"),
        ctx.secure_cookies,
    ))
}

/// A CSV cell: quoted, and made safe for spreadsheets (a leading `= + - @` is prefixed).
fn cell(value: &str) -> String {
    let safe = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", safe.replace('"', "\"\""))
}

/// `GET /agenda/{id}/deelnemers.csv`: the attendee list (organisers).
pub async fn attendees_csv(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = id_in_segment(&segment)?;
    let page = state.app.event_page(Some(user), id).await?;
    if !page.may_organise {
        return Err(ErrorPage::Forbidden.into());
    }
    let mut csv = String::from("\u{feff}");
    let heading = [
        "csv-name",
        "csv-email",
        "csv-organisation",
        "csv-background",
        "csv-status",
        "csv-checked-in",
    ]
    .map(|k| cell(&ctx.t(k)))
    .join(";");
    csv.push_str(&heading);
    csv.push_str("\r\n");
    for a in &page.attendees {
        let row = [
            cell(&a.display_name),
            cell(&a.email),
            cell(&a.organisation),
            cell(&ctx.background_name(&a.background)),
            cell(&ctx.t_code("event-status", &a.status, "")),
            cell(&ctx.t(if a.checked_in {
                "event-present-yes"
            } else {
                "event-present-no"
            })),
        ]
        .join(";");
        csv.push_str(&row);
        csv.push_str("\r\n");
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"deelnemers-{id}.csv\""),
            ),
        ],
        csv,
    )
        .into_response())
}
