//! The facilitator dashboard: who takes part and how, activity over time, give and take
//! together; as tables and as small SVG charts. Numbers only: no one's balance by name.

use super::{atelier_path, parse_id};
use crate::WebState;
use crate::accounts::require_user;
use crate::charts::BarChart;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::render;
use app::dashboard::{Dashboard, PERIOD_SECS};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

#[derive(Template)]
#[template(path = "ateliers/dashboard.html")]
struct DashboardPage {
    ctx: Ctx,
    dashboard: Dashboard,
    path: String,
    backgrounds: Vec<(String, i64)>,
    participation: Vec<(String, i64)>,
    activity: Vec<(String, i64)>,
    background_chart: BarChart,
    participation_chart: BarChart,
    activity_chart: BarChart,
}

/// `GET /ateliers/{id}/dashboard`.
pub async fn show_dashboard(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let dashboard = state
        .app
        .atelier_dashboard(actor, parse_id(&segment)?)
        .await?;
    let backgrounds: Vec<(String, i64)> = dashboard
        .by_background
        .iter()
        .map(|(code, n)| (ctx.background_name(code), *n as i64))
        .collect();
    let participation: Vec<(String, i64)> = [
        "participation-meetings",
        "participation-public-events",
        "participation-online",
    ]
    .iter()
    .zip(dashboard.participation)
    .map(|(key, n)| (ctx.t(key), n as i64))
    .collect();
    let days = PERIOD_SECS / (24 * 60 * 60);
    let activity: Vec<(String, i64)> = dashboard
        .activity
        .iter()
        .map(|(ago, n)| {
            let label = if *ago == 0 {
                ctx.t_number("dashboard-period-now", "days", days)
            } else {
                let args = [
                    ("from", app::i18n::Arg::Number(ago * days)),
                    ("to", app::i18n::Arg::Number((ago + 1) * days)),
                ];
                app::i18n::text_with(ctx.locale, "dashboard-period-ago", &args)
            };
            (label, *n)
        })
        .collect();
    let name = dashboard.atelier.row.name.clone();
    let page = DashboardPage {
        path: atelier_path(dashboard.atelier.row.id, &dashboard.atelier.row.slug),
        background_chart: BarChart::horizontal(
            "backgrounds",
            ctx.t("dashboard-backgrounds"),
            ctx.t_text("dashboard-backgrounds-desc", "atelier", &name),
            backgrounds.clone(),
        ),
        participation_chart: BarChart::horizontal(
            "participation",
            ctx.t("dashboard-participation"),
            ctx.t_text("dashboard-participation-desc", "atelier", &name),
            participation.clone(),
        ),
        activity_chart: BarChart::horizontal(
            "activity",
            ctx.t("dashboard-activity"),
            ctx.t_text("dashboard-activity-desc", "atelier", &name),
            activity.clone(),
        ),
        backgrounds,
        participation,
        activity,
        dashboard,
        ctx,
    };
    Ok(render(&page, StatusCode::OK))
}
