//! The home page and the health check.

use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::render;
use app::demo::DemoMember;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::accounts::Background;

/// A werkplaats on the home page.
struct WerkplaatsView {
    name: String,
    description: String,
    members: Vec<MemberView>,
}

/// A member line on the home page.
struct MemberView {
    name: String,
    organisation: String,
    background: String,
    role: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: Ctx,
    werkplaatsen: Vec<WerkplaatsView>,
    demo_accounts: Vec<DemoMember>,
}

/// `GET /`: the platform's question, the werkplaats and its people, and (in demo mode) the
/// demo accounts to try.
pub async fn show_home(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let overview = state.app.werkplaatsen_overview().await?;
    let werkplaatsen = overview
        .into_iter()
        .map(|(w, members)| WerkplaatsView {
            name: w.name,
            description: w.description,
            members: members
                .into_iter()
                .map(|m| MemberView {
                    background: Background::from_code(&m.background)
                        .map(|b| ctx.t(&format!("background-{}", b.code())))
                        .unwrap_or_default(),
                    role: ctx.t(&format!("role-{}", m.role)),
                    name: m.display_name,
                    organisation: m.organisation,
                })
                .collect(),
        })
        .collect();
    let page = HomePage {
        demo_accounts: state.app.demo_accounts(),
        werkplaatsen,
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
