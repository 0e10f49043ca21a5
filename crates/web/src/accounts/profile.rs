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
use domain::profiles::FieldVisibility;

#[derive(Template)]
#[template(path = "accounts/profile.html")]
struct ProfilePage {
    ctx: Ctx,
    form: FormView,
    email: String,
    backgrounds: Vec<(&'static str, String)>,
    visibilities: Vec<(&'static str, String)>,
}

/// The visibility fields of the form, in the order shown.
const VISIBILITY_FIELDS: [&str; 5] = [
    "email_visibility",
    "organisation_visibility",
    "background_visibility",
    "expertise_visibility",
    "ateliers_visibility",
];

fn visibility_options(ctx: &Ctx) -> Vec<(&'static str, String)> {
    FieldVisibility::ALL
        .iter()
        .map(|v| (v.code(), ctx.t_code("field-visibility", v.code(), "")))
        .collect()
}

impl ProfilePage {
    /// The visibility fields with their labels.
    fn visibility_fields(&self) -> Vec<(&'static str, String)> {
        VISIBILITY_FIELDS
            .iter()
            .map(|f| (*f, self.ctx.t_code("label", f.replace('_', "-"), "")))
            .collect()
    }
}

/// `GET /account`.
pub async fn edit_profile_form(
    State(state): State<WebState>,
    ctx: Ctx,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let user = &actor.user;
    let settings = state.app.profile_settings(actor).await?;
    let expertise = settings.expertise.lines().collect::<Vec<_>>().join(", ");
    let attribution = if settings.attribute_by_name {
        "name"
    } else {
        "anonymous"
    };
    let form = FormView::new(ctx.locale)
        .value_of("display_name", &user.display_name)
        .value_of("organisation", &user.organisation)
        .value_of("background", user.background.code())
        .value_of("locale", user.locale.code())
        .value_of("bio", &settings.bio)
        .value_of("expertise", &expertise)
        .value_of("email_visibility", &settings.email_visibility)
        .value_of("organisation_visibility", &settings.organisation_visibility)
        .value_of("background_visibility", &settings.background_visibility)
        .value_of("expertise_visibility", &settings.expertise_visibility)
        .value_of("ateliers_visibility", &settings.ateliers_visibility)
        .value_of("attribution", attribution);
    let page = ProfilePage {
        email: user.email.clone(),
        backgrounds: background_options(&ctx),
        visibilities: visibility_options(&ctx),
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
        .value_of("bio", &input.bio)
        .value_of("expertise", &input.expertise)
        .value_of("email_visibility", &input.email_visibility)
        .value_of("organisation_visibility", &input.organisation_visibility)
        .value_of("background_visibility", &input.background_visibility)
        .value_of("expertise_visibility", &input.expertise_visibility)
        .value_of("ateliers_visibility", &input.ateliers_visibility)
        .value_of("attribution", &input.attribution)
        .errors(errors);
    let page = ProfilePage {
        email: actor.user.email.clone(),
        backgrounds: background_options(&ctx),
        visibilities: visibility_options(&ctx),
        form,
        ctx: ctx.clone(),
    };
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}
