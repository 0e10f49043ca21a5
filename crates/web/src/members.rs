//! The member directory and member profiles: what each member chose to show, to whom.

use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::render;
use app::directory::VisibleProfile;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use domain::UserId;
use domain::accounts::Background;
use serde::Deserialize;

/// The member routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/deelnemers", get(list_members))
        .route("/deelnemers/{member}", get(show_member))
}

#[derive(Template)]
#[template(path = "members/index.html")]
struct DirectoryPage {
    ctx: Ctx,
    members: Vec<VisibleProfile>,
    background: String,
    tag: String,
    backgrounds: Vec<(&'static str, String)>,
}

impl DirectoryPage {
    fn is_background(&self, code: &str) -> bool {
        self.background == code
    }
}

#[derive(Template)]
#[template(path = "members/show.html")]
struct ProfilePage {
    ctx: Ctx,
    profile: VisibleProfile,
}

/// Filters of the directory.
#[derive(Deserialize)]
pub struct DirectoryQuery {
    #[serde(default)]
    achtergrond: String,
    #[serde(default)]
    vraag: String,
}

/// `GET /deelnemers`: for logged-in members.
pub async fn list_members(
    State(state): State<WebState>,
    ctx: Ctx,
    Query(query): Query<DirectoryQuery>,
) -> Result<Response, WebError> {
    let viewer = require_user(&ctx)?;
    let members = state
        .app
        .directory(viewer, Some(&query.achtergrond), Some(&query.vraag))
        .await?;
    let mut backgrounds = vec![("", ctx.t("members-any-background"))];
    backgrounds.extend(
        Background::ALL
            .iter()
            .map(|b| (b.code(), ctx.background_name(b.code()))),
    );
    let page = DirectoryPage {
        members,
        background: query.achtergrond,
        tag: query.vraag,
        backgrounds,
        ctx,
    };
    Ok(render(&page, StatusCode::OK))
}

/// `GET /deelnemers/{id}`: a profile, as much as its owner shows to this visitor.
pub async fn show_member(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(member): Path<String>,
) -> Result<Response, WebError> {
    let id = member
        .split('-')
        .next()
        .and_then(|d| d.parse().ok())
        .ok_or(ErrorPage::NotFound)?;
    let profile = state.app.profile(ctx.user.as_ref(), UserId(id)).await?;
    Ok(render(&ProfilePage { ctx, profile }, StatusCode::OK))
}
