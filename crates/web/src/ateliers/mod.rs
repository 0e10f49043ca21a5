//! Atelier pages: show an atelier, join or leave it, decide join requests, change its stage.

mod agenda;
mod dashboard;
mod invitation;
mod members;
mod membership;
mod settings;
mod show;

use crate::WebState;
use crate::error::{ErrorPage, WebError};
use axum::Router;
use axum::routing::{get, post};
use domain::AtelierId;

/// The atelier routes. Paths carry `id-slug`; only the id counts, so renamed ateliers keep
/// working links.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route(
            "/ateliers/nieuw",
            get(settings::new_atelier_form).post(settings::create_atelier),
        )
        .route("/ateliers/{atelier}", get(show::show_atelier))
        .route(
            "/ateliers/{atelier}/bewerken",
            get(settings::edit_atelier_form).post(settings::update_atelier),
        )
        .route(
            "/ateliers/{atelier}/aanmelden",
            post(membership::create_membership),
        )
        .route(
            "/ateliers/{atelier}/verlaten",
            post(membership::delete_membership),
        )
        .route(
            "/ateliers/{atelier}/verzoeken/{member}",
            post(membership::update_join_request),
        )
        .route("/ateliers/{atelier}/fase", post(show::update_stage))
        .route("/ateliers/{atelier}/deelnemers", get(members::show_members))
        .route(
            "/ateliers/{atelier}/deelnemers/{member}/verwijderen",
            post(membership::delete_member),
        )
        .route(
            "/ateliers/{atelier}/uitnodigingen",
            post(invitation::create_atelier_invitation),
        )
        .route(
            "/uitnodiging/{token}",
            get(invitation::show_invitation).post(invitation::accept_invitation),
        )
        .route("/ateliers/{atelier}/agenda", post(agenda::create_topic))
        .route(
            "/ateliers/{atelier}/agenda/{topic}/steun",
            post(agenda::update_topic_support),
        )
        .route(
            "/ateliers/{atelier}/agenda/{topic}/besluit",
            post(agenda::update_topic_status),
        )
        .route(
            "/ateliers/{atelier}/dashboard",
            get(dashboard::show_dashboard),
        )
}

/// The id at the start of an `id-slug` path segment.
pub(crate) fn parse_id(segment: &str) -> Result<AtelierId, WebError> {
    let digits = segment.split('-').next().unwrap_or_default();
    digits
        .parse()
        .map(AtelierId)
        .map_err(|_| WebError::Page(ErrorPage::NotFound))
}

/// 303 to the atelier's canonical page (at `anchor`), with a one-time message.
pub(crate) async fn redirect_to_atelier(
    state: &WebState,
    ctx: &crate::context::Ctx,
    id: AtelierId,
    anchor: &str,
    flash: &str,
) -> Result<axum::response::Response, WebError> {
    let slug = state.app.atelier_slug(id).await?;
    let to = format!("{}{anchor}", atelier_path(id.0, &slug));
    Ok(crate::forms::see_other(
        &to,
        Some(flash),
        ctx.secure_cookies,
    ))
}

/// The canonical path of an atelier.
pub(crate) fn atelier_path(id: i64, slug: &str) -> String {
    format!("/ateliers/{id}-{slug}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_the_start_of_the_segment() {
        assert_eq!(parse_id("12-impact").ok(), Some(AtelierId(12)));
        assert_eq!(parse_id("12").ok(), Some(AtelierId(12)));
        assert!(parse_id("impact").is_err());
        assert_eq!(atelier_path(3, "armoede"), "/ateliers/3-armoede");
    }
}
