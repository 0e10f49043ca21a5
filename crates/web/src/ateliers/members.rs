//! An atelier's members page: everyone taking part, for those who may see its members (the
//! home page shows the first few with a link here).

use super::show::participation_words;
use super::{atelier_path, parse_id};
use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::render;
use app::atelier_members::{MembersPage, MembershipRow};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

#[derive(Template)]
#[template(path = "ateliers/members.html")]
struct MembersTemplate {
    ctx: Ctx,
    page: MembersPage,
    /// The atelier's address (the remove forms post under it).
    path: String,
}

impl MembersTemplate {
    /// The degrees of participation of a membership as words.
    pub fn participation(&self, meetings: &bool, public_events: &bool, online: &bool) -> String {
        participation_words(&self.ctx, [*meetings, *public_events, *online])
    }

    /// Everyone, by name.
    pub fn members_rows(&self) -> &[MembershipRow] {
        &self.page.members
    }

    /// Whether the table offers to remove members.
    pub fn may_remove(&self) -> bool {
        self.page.may_remove
    }
}

/// `GET /ateliers/{id}/deelnemers`.
pub async fn show_members(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let page = state
        .app
        .atelier_members(ctx.user.as_ref(), parse_id(&segment)?)
        .await?;
    let path = atelier_path(page.atelier.row.id, &page.atelier.row.slug);
    Ok(render(&MembersTemplate { ctx, page, path }, StatusCode::OK))
}
