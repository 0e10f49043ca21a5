//! The home page and the health check.

use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::render;
use app::demo::DemoMember;
use app::overview::WerkplaatsOverview;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: Ctx,
    werkplaatsen: Vec<WerkplaatsOverview>,
    demo_accounts: &'static [DemoMember],
    /// The werkplaatsen the user manages (creates ateliers in, edits themes of).
    managed: Vec<i64>,
}

impl HomePage {
    fn manages(&self, werkplaats: &i64) -> bool {
        self.managed.contains(werkplaats)
    }
}

/// `GET /`: the platform's question, the werkplaats with its ateliers and themes, and (in
/// demo mode) the demo accounts to try. With one werkplaats, its level stays out of the way.
pub async fn show_home(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let managed = match &ctx.user {
        Some(user) => state
            .app
            .managed_werkplaatsen(user)
            .await?
            .into_iter()
            .map(|w| w.0)
            .collect(),
        None => Vec::new(),
    };
    let page = HomePage {
        managed,
        werkplaatsen: state.app.werkplaats_overviews().await?,
        demo_accounts: state.app.demo_accounts(),
        ctx,
    };
    Ok(render(&page, StatusCode::OK))
}

/// `GET /healthz`: 200 when the database answers, 503 when not.
pub async fn show_health(State(state): State<WebState>) -> Response {
    if state.app.healthy().await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}
