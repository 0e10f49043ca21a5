//! The only crate that knows HTTP: the axum router, the request context (session, language,
//! CSRF, flash, request id), handlers, askama templates and static assets.

mod accounts;
mod admin;
mod assets;
mod ateliers;
mod charts;
mod context;
mod cookies;
mod dates;
mod error;
mod events;
mod forms;
mod forum;
mod home;
mod impact;
mod keuzehulp;
mod knowledge;
mod language;
mod layers;
mod members;
mod notifications;
mod page_cache;
mod reports;
mod theories;
mod werkplaatsen;

pub use context::Ctx;
pub use layers::WebConfig;

use app::App;
use axum::Router;
use axum::routing::{get, post};

/// Everything a handler can reach.
#[derive(Clone)]
pub struct WebState {
    /// The application (use cases).
    pub app: App,
    /// Web settings.
    pub config: WebConfig,
    /// Public pages rendered for visitors without an account.
    pub pages: page_cache::PageCache,
}

/// The whole web application: routes plus the middleware every request passes through.
pub fn router(app: App, config: WebConfig) -> Router {
    let state = WebState {
        app,
        config,
        pages: page_cache::PageCache::new(),
    };
    let routes = Router::new()
        .route("/", get(home::show_home))
        .route("/healthz", get(home::show_health))
        .route("/static/app.css", get(assets::show_css))
        .route("/taal", post(language::update_language))
        .merge(accounts::routes())
        .merge(admin::routes())
        .merge(ateliers::routes())
        .merge(events::routes())
        .merge(forum::routes())
        .merge(keuzehulp::routes())
        .merge(knowledge::routes())
        .merge(members::routes())
        .merge(notifications::routes())
        .merge(theories::routes())
        .merge(impact::routes())
        .merge(reports::routes())
        .merge(werkplaatsen::routes())
        .fallback(error::not_found);
    layers::apply(routes, state)
}
