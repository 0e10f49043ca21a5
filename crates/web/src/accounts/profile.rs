//! The member's own profile.

use super::{background_options, require_user};
use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use app::AppError;
use askama::Template;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::accounts::ProfileInput;

#[derive(Template)]
#[template(path = "accounts/profile.html")]
struct ProfilePage {
    ctx: Ctx,
    form: FormView,
    email: String,
    backgrounds: Vec<(&'static str, String)>,
}

/// `GET /account`.
pub async fn edit_profile_form(ctx: Ctx) -> Result<Response, WebError> {
    let user = &require_user(&ctx)?.user;
    let form = FormView::new(ctx.locale)
        .value_of("display_name", &user.display_name)
        .value_of("organisation", &user.organisation)
        .value_of("background", user.background.code())
        .value_of("locale", user.locale.code());
    let page = ProfilePage {
        email: user.email.clone(),
        backgrounds: background_options(&ctx),
        form,
        ctx,
    };
    Ok(render(&page, StatusCode::OK))
}

/// `POST /account`.
pub async fn update_profile(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(input): Form<ProfileInput>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let errors = match state.app.update_profile(actor, &input).await {
        Ok(_) => {
            return Ok(see_other(
                "/account",
                Some("flash-profile-saved"),
                ctx.secure_cookies,
            ));
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let form = FormView::new(ctx.locale)
        .value_of("display_name", &input.display_name)
        .value_of("organisation", &input.organisation)
        .value_of("background", &input.background)
        .value_of("locale", &input.locale)
        .errors(errors);
    let page = ProfilePage {
        email: actor.user.email.clone(),
        backgrounds: background_options(&ctx),
        form,
        ctx: ctx.clone(),
    };
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}
