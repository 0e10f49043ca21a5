//! Managing an atelier's forum categories (its facilitators): make one, rename it, change the
//! order, remove an empty one.

use super::parse_id;
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, render, see_other};
use app::AppError;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::AtelierId;
use domain::forum::CategoryInput;
use serde::Deserialize;

/// The new-category form.
#[derive(Debug, Default, Deserialize)]
pub struct NewCategoryForm {
    #[serde(default)]
    atelier: String,
    #[serde(flatten)]
    input: CategoryInput,
}

#[derive(Template)]
#[template(path = "forum/new_category.html")]
struct NewCategoryTemplate {
    ctx: Ctx,
    ateliers: Vec<(i64, String)>,
    form: FormView,
}

/// `GET /forum/categorieen/nieuw`: the form (facilitators).
pub async fn new_category_form(
    State(state): State<WebState>,
    ctx: Ctx,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let ateliers = state.app.category_ateliers(user).await?;
    if ateliers.is_empty() {
        return Err(WebError::Page(ErrorPage::Forbidden));
    }
    let form = FormView::new(ctx.locale);
    Ok(render(
        &NewCategoryTemplate {
            ctx,
            ateliers,
            form,
        },
        StatusCode::OK,
    ))
}

/// `POST /forum/categorieen`: make a category in an atelier one facilitates.
pub async fn create_category(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<NewCategoryForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let atelier = form
        .atelier
        .parse()
        .map(AtelierId)
        .map_err(|_| WebError::Page(ErrorPage::BadRequest))?;
    match state.app.create_category(user, atelier, &form.input).await {
        Ok(to) => Ok(see_other(
            &to,
            Some("flash-category-created"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let ateliers = state.app.category_ateliers(user).await?;
            let view = FormView::new(ctx.locale)
                .value_of("atelier", &form.atelier)
                .value_of("name", &form.input.name)
                .value_of("description", &form.input.description)
                .errors(errors);
            Ok(render(
                &NewCategoryTemplate {
                    ctx,
                    ateliers,
                    form: view,
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Err(other) => Err(other.into()),
    }
}

/// The category page again with the rename form's problem (422).
async fn category_again(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    input: &CategoryInput,
    errors: domain::FieldErrors,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let page = state.app.category_page(Some(user), id, 1).await?;
    let path = app::forum::category_path(id, &page.category.slug);
    let form = FormView::new(ctx.locale)
        .value_of("name", &input.name)
        .value_of("description", &input.description)
        .errors(errors);
    Ok(render(
        &super::pages::CategoryTemplate {
            ctx,
            page,
            path,
            form,
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

/// `POST /forum/{id}/bewerken`: rename a category (its moderators).
pub async fn update_category(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(input): Form<CategoryInput>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    match state.app.update_category(user, id, &input).await {
        Ok(to) => Ok(see_other(
            &to,
            Some("flash-category-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => category_again(&state, ctx, id, &input, errors).await,
        Err(other) => Err(other.into()),
    }
}

/// `POST /forum/{id}/verwijderen`: remove an empty category (its moderators).
pub async fn delete_category(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    match state.app.delete_category(user, id).await {
        Ok(()) => Ok(see_other(
            "/forum",
            Some("flash-category-deleted"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let page = state.app.category_page(Some(user), id, 1).await?;
            let input = CategoryInput {
                name: page.category.name.clone(),
                description: page.category.description.clone(),
            };
            category_again(&state, ctx, id, &input, errors).await
        }
        Err(other) => Err(other.into()),
    }
}

/// The order form: `richting` is `omhoog` or `omlaag`.
#[derive(Debug, Default, Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    richting: String,
}

/// `POST /forum/{id}/volgorde`: move a category one place up or down (its moderators).
pub async fn move_category(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<MoveForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let up = match form.richting.as_str() {
        "omhoog" => true,
        "omlaag" => false,
        _ => return Err(ErrorPage::BadRequest.into()),
    };
    state.app.move_category(user, id, up).await?;
    Ok(see_other(
        "/forum",
        Some("flash-category-moved"),
        ctx.secure_cookies,
    ))
}
