//! Guests of public events on the web: the registration form on the event's page, and the
//! guest's own page behind the link in their mail, to confirm or cancel without an account.

use super::pages::event_page_response;
use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{ClientIp, FormView, id_in_segment, render, see_other};
use app::AppError;
use app::events::{EventRow, GuestOutcome, GuestRow, event_page_path};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

/// The guest form.
#[derive(Debug, Default, Deserialize)]
pub struct GuestForm {
    #[serde(default)]
    guest_name: String,
    #[serde(default)]
    guest_email: String,
    #[serde(default)]
    keep_informed: Option<String>,
}

/// `POST /agenda/{id}/gast`: register without an account; the link to confirm goes by mail.
pub async fn register_guest(
    State(state): State<WebState>,
    ctx: Ctx,
    ClientIp(ip): ClientIp,
    Path(segment): Path<String>,
    Form(form): Form<GuestForm>,
) -> Result<Response, WebError> {
    let id = id_in_segment(&segment)?;
    let keep = form.keep_informed.is_some();
    let person = (form.guest_name.as_str(), form.guest_email.as_str());
    match state.app.register_guest(id, person, keep, &ip).await {
        Ok(()) => {
            let event = state.app.event_page(None, id).await?.event;
            Ok(see_other(
                &event_page_path(&event),
                Some("flash-guest-check-mail"),
                ctx.secure_cookies,
            ))
        }
        Err(AppError::Invalid(errors)) => {
            let view = FormView::new(ctx.locale)
                .value_of("guest_name", &form.guest_name)
                .value_of("guest_email", &form.guest_email)
                .value_of("keep_informed", if keep { "on" } else { "" })
                .errors(errors);
            event_page_response(&state, ctx, id, view, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "events/guest.html")]
struct GuestTemplate {
    ctx: Ctx,
    guest: GuestRow,
    event: EventRow,
    token: String,
    event_href: String,
    form: FormView,
}

fn guest_page(
    ctx: Ctx,
    (guest, event): (GuestRow, EventRow),
    token: String,
    form: FormView,
    status: StatusCode,
) -> Response {
    let event_href = event_page_path(&event);
    render(
        &GuestTemplate {
            ctx,
            guest,
            event,
            token,
            event_href,
            form,
        },
        status,
    )
}

/// `GET /agenda/gast/{token}`: the guest's registration, to confirm or cancel.
pub async fn show_guest(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let found = state.app.guest_registration(&token).await?;
    let form = FormView::new(ctx.locale);
    Ok(guest_page(ctx, found, token, form, StatusCode::OK))
}

/// What the guest chose.
#[derive(Debug, Default, Deserialize)]
pub struct GuestAction {
    #[serde(default)]
    actie: String,
}

/// `POST /agenda/gast/{token}`: `actie=bevestigen` or `actie=afmelden`.
pub async fn guest_action(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(action): Form<GuestAction>,
) -> Result<Response, WebError> {
    let result = match action.actie.as_str() {
        "bevestigen" => state.app.confirm_guest(&token).await,
        "afmelden" => state.app.cancel_guest(&token).await,
        _ => return Err(crate::error::ErrorPage::BadRequest.into()),
    };
    match result {
        Ok(outcome) => {
            let flash = match outcome {
                GuestOutcome::Going => "flash-event-going",
                GuestOutcome::Waiting => "flash-event-waiting",
                GuestOutcome::AlreadyConfirmed => "flash-guest-already-confirmed",
                GuestOutcome::Cancelled => "flash-event-not-going",
            };
            Ok(see_other(
                &format!("/agenda/gast/{token}"),
                Some(flash),
                ctx.secure_cookies,
            ))
        }
        Err(AppError::Invalid(errors)) => {
            let found = state.app.guest_registration(&token).await?;
            let form = FormView::new(ctx.locale).errors(errors);
            Ok(guest_page(
                ctx,
                found,
                token,
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(other) => Err(other.into()),
    }
}
