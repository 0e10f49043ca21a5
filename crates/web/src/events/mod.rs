//! The agenda on the web: the werkplaats calendar, an event's page with registration, the
//! event form for organisers, attendee list and check-in, and iCalendar downloads and feeds.

mod calendar;
mod forms;
mod guests;
mod month;
mod pages;
mod sessions;

use crate::WebState;
use axum::Router;
use axum::routing::{get, post};

/// The agenda routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/agenda", get(pages::show_agenda).post(forms::create_event))
        .route("/agenda/nieuw", get(forms::new_event_form))
        .route("/agenda/mijn-feed/vernieuwen", post(calendar::reset_feed))
        .route("/agenda/feed/{file}", get(calendar::personal_feed))
        .route(
            "/agenda/gast/{token}",
            get(guests::show_guest).post(guests::guest_action),
        )
        .route("/agenda/atelier/{file}", get(calendar::atelier_feed))
        .route("/agenda/{event}", get(pages::show_event))
        .route("/agenda/{event}/evenement.ics", get(calendar::event_ics))
        .route("/agenda/{event}/deelnemers.csv", get(pages::attendees_csv))
        .route(
            "/agenda/{event}/bewerken",
            get(forms::edit_event_form).post(forms::update_event),
        )
        .route("/agenda/{event}/annuleren", post(forms::cancel_event))
        .route("/agenda/{event}/aanmelden", post(pages::rsvp))
        .route("/agenda/{event}/gast", post(guests::register_guest))
        .route("/agenda/{event}/werkvorm", post(sessions::choose_format))
        .route(
            "/agenda/{event}/organisatoren",
            post(sessions::add_organiser),
        )
        .route(
            "/agenda/{event}/onderwerpen",
            post(sessions::schedule_topic),
        )
        .route("/agenda/{event}/sessie", get(sessions::show_session))
        .route("/agenda/{event}/notities", post(sessions::save_notes))
        .route("/agenda/{event}/verslag", post(sessions::save_outcome))
        .route(
            "/agenda/{event}/verslag/publiceren",
            post(sessions::publish_report),
        )
        .route("/agenda/{event}/aanwezig", post(pages::check_in))
}

/// A response with an iCalendar body, offered as a file.
fn ics(body: String, file: &str) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        body,
    )
        .into_response()
}
