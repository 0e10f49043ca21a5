//! Invitations to an atelier: a facilitator sends one; the invited person accepts it (after
//! registering or logging in when needed).

use super::show::AtelierTemplate;
use super::{atelier_path, parse_id, redirect_to_atelier};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::ateliers::Atelier;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::ateliers::JoinInput;
use serde::Deserialize;

/// The invite form.
#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    invite_email: String,
}

/// `POST /ateliers/{id}/uitnodigingen`.
pub async fn create_atelier_invitation(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<InviteForm>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let errors = match state
        .app
        .invite_to_atelier(actor, id, &form.invite_email)
        .await
    {
        Ok(()) => {
            return redirect_to_atelier(&state, &ctx, id, "#invite-heading", "flash-invited").await;
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let mut template = AtelierTemplate::load(&state, ctx.clone(), id).await?;
    template.invite_form = FormView::new(ctx.locale)
        .value_of("invite_email", &form.invite_email)
        .errors(errors);
    Ok(render(&template, StatusCode::UNPROCESSABLE_ENTITY))
}

#[derive(Template)]
#[template(path = "ateliers/invitation.html")]
struct InvitationPage {
    ctx: Ctx,
    atelier: Option<Atelier>,
    token: String,
    form: FormView,
}

fn register_then(token: &str) -> String {
    let back = format!("/uitnodiging/{token}");
    let encoded: String = form_urlencoded::byte_serialize(back.as_bytes()).collect();
    format!("/registreren?uitnodiging={token}&terug={encoded}")
}

impl InvitationPage {
    fn register_link(&self) -> String {
        register_then(&self.token)
    }

    fn login_link(&self) -> String {
        crate::forms::login_then(&format!("/uitnodiging/{}", self.token))
    }
}

/// `GET /uitnodiging/{token}`: what the invitation is for, or why it no longer works.
pub async fn show_invitation(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let atelier = state.app.atelier_invitation(&token).await?;
    let status = if atelier.is_some() {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    let form = FormView::new(ctx.locale)
        .value_of("meetings", "on")
        .value_of("public_events", "on")
        .value_of("online", "on");
    Ok(render(
        &InvitationPage {
            ctx,
            atelier,
            token,
            form,
        },
        status,
    ))
}

/// `POST /uitnodiging/{token}`: accept.
pub async fn accept_invitation(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(input): Form<JoinInput>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let errors = match state
        .app
        .accept_atelier_invitation(actor, &token, &input)
        .await
    {
        Ok(atelier) => {
            let path = atelier_path(atelier.row.id, &atelier.row.slug);
            return Ok(see_other(&path, Some("flash-joined"), ctx.secure_cookies));
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(AppError::TokenInvalid) => {
            let page = InvitationPage {
                form: FormView::new(ctx.locale),
                ctx,
                atelier: None,
                token,
            };
            return Ok(render(&page, StatusCode::GONE));
        }
        Err(other) => return Err(other.into()),
    };
    let atelier = state.app.atelier_invitation(&token).await?;
    let checked = |v: &Option<String>| if v.is_some() { "on" } else { "" };
    let form = FormView::new(ctx.locale)
        .value_of("meetings", checked(&input.meetings))
        .value_of("public_events", checked(&input.public_events))
        .value_of("online", checked(&input.online))
        .errors(errors);
    Ok(render(
        &InvitationPage {
            ctx,
            atelier,
            token,
            form,
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn registering_returns_to_the_invitation() {
        assert_eq!(
            super::register_then("ab"),
            "/registreren?uitnodiging=ab&terug=%2Fuitnodiging%2Fab"
        );
    }
}
