//! The dashboard page: per indicator its trend with the target, the pre–post change and the
//! breakdowns (charts with tables), the stories the panel selected about the same box beside
//! the numbers, the staircase (how far each level got), and how many of the effects found
//! were negative, unintended, indirect or later.

use super::charts::{Chart, breakdown_charts, change_charts, trend_chart};
use super::{figure, node_title};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::render;
use crate::theories::theory_id;
use app::impact::StoryRow;
use app::impact::dashboard::{DashboardView, IndicatorDash};
use app::theories::TheoryView;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Locale;
use domain::keuzehulp::answers::StaircaseLevel;

/// One indicator's card.
struct Card {
    dash: IndicatorDash,
    node: String,
    trend: Option<Chart>,
    changes: Vec<Chart>,
    breakdowns: Vec<Chart>,
    stories: Vec<StoryRow>,
}

/// One step of the staircase: its name and (indicator, how far it got).
type Step = (String, Vec<(String, String)>);

#[derive(Template)]
#[template(path = "impact/dashboard.html")]
struct DashboardTemplate {
    ctx: Ctx,
    view: TheoryView,
    cards: Vec<Card>,
    staircase: Vec<Step>,
    effects: Vec<(String, String)>,
    unlinked: Vec<StoryRow>,
}

fn staircase(view: &DashboardView, locale: Locale) -> Vec<Step> {
    StaircaseLevel::ALL
        .iter()
        .filter_map(|level| {
            let keys: Vec<i64> = view
                .theory
                .theory
                .nodes
                .iter()
                .filter(|n| n.level == Some(*level))
                .map(|n| i64::from(n.id))
                .collect();
            let reached: Vec<(String, String)> = view
                .dashboard
                .indicators
                .iter()
                .filter(|d| keys.contains(&d.node_key))
                .map(|d| {
                    let last = d.series.first().and_then(|s| s.points.last());
                    let how = match last.and_then(|p| p.reached_share.zip(p.n)) {
                        Some((share, n)) => app::i18n::text_with(
                            locale,
                            "impact-stair-reached",
                            &[
                                ("share", app::i18n::Arg::Text(&figure(share, locale))),
                                ("n", app::i18n::Arg::Number(n)),
                            ],
                        ),
                        None => app::i18n::text(locale, "impact-stair-unknown"),
                    };
                    (format!("{} {}", d.code, d.name), how)
                })
                .collect();
            let name = app::i18n::text(locale, &format!("keuzehulp-level-{}", level.code()));
            (!reached.is_empty()).then_some((name, reached))
        })
        .collect()
}

/// `GET /veranderingstheorie/{id}/impact`.
pub async fn show(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let view = state.app.impact_dashboard(user, id).await?;
    let locale = ctx.locale;
    let linked = |s: &StoryRow, key: i64| s.node_keys.split(',').any(|k| k == key.to_string());
    let cards = view
        .dashboard
        .indicators
        .iter()
        .map(|d| Card {
            node: node_title(&view.theory.theory, d.node_key),
            trend: trend_chart(d, locale),
            changes: change_charts(d, locale),
            breakdowns: breakdown_charts(d, locale),
            stories: view
                .stories
                .iter()
                .filter(|s| linked(s, d.node_key))
                .cloned()
                .collect(),
            dash: d.clone(),
        })
        .collect::<Vec<_>>();
    let unlinked = view
        .stories
        .iter()
        .filter(|s| !cards.iter().any(|c| c.stories.iter().any(|x| x.id == s.id)))
        .cloned()
        .collect();
    let e = view.effects;
    let share = |key: &str, part: i64| {
        (
            ctx.t(key),
            app::i18n::text_with(
                locale,
                "impact-effects-share",
                &[
                    ("part", app::i18n::Arg::Number(part)),
                    ("total", app::i18n::Arg::Number(e.total)),
                    ("percent", app::i18n::Arg::Number(e.percent(part))),
                ],
            ),
        )
    };
    let effects = vec![
        share("impact-effects-negative", e.negative),
        share("impact-effects-unintended", e.unintended),
        share("impact-effects-indirect", e.indirect),
        share("impact-effects-after", e.after),
    ];
    let template = DashboardTemplate {
        staircase: staircase(&view, locale),
        cards,
        effects,
        unlinked,
        view: view.theory,
        ctx,
    };
    Ok(render(&template, StatusCode::OK))
}
