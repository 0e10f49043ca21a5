//! The keuzehulp on the web: the method catalogue and method pages, the impact-question builder
//! (a multi-step form that works without JavaScript: every earlier answer rides along as a
//! hidden field), the recommendation with its reasons, and saved impact plans with their
//! printable and Markdown exports.

mod builder;
mod methods;
mod plans;
mod result;
mod view;

use crate::WebState;
use axum::Router;
use axum::routing::{get, post};

/// The keuzehulp routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/keuzehulp", get(builder::intro).post(builder::step))
        .route("/keuzehulp/opslaan", post(builder::save))
        .route("/methoden", get(methods::catalogue_page))
        .route("/methoden/{slug}", get(methods::method_page))
        .route("/plannen", get(plans::list))
        .route("/plannen/{id}", get(plans::show))
        .route("/plannen/{id}/bewerken", get(plans::edit))
        .route("/plannen/{id}/bespreken", post(plans::discuss))
        .route("/plannen/{id}/verwijderen", post(plans::delete))
        .route("/plannen/{id}/afdrukken", get(plans::printable))
        .route("/plannen/{id}/plan.md", get(plans::markdown))
}
