//! Collections on the web: the overview (with the form to start one), a collection's page with
//! its items in order, and the facilitators' controls to arrange it.

use super::{parse_item, redirect_to_item};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::knowledge::{CollectionPage, CollectionsOverview, collection_path, item_path};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::AtelierId;
use domain::knowledge::collection::CollectionInput;
use serde::Deserialize;

use crate::forms::id_in_segment as parse_collection;

#[derive(Template)]
#[template(path = "knowledge/collections.html")]
struct OverviewTemplate {
    ctx: Ctx,
    overview: CollectionsOverview,
    form: FormView,
}

/// `GET /kennis/collecties`: every collection.
pub async fn list_collections(
    State(state): State<WebState>,
    ctx: Ctx,
) -> Result<Response, WebError> {
    let overview = state.app.collections_overview(ctx.user.as_ref()).await?;
    let form = FormView::new(ctx.locale);
    Ok(render(
        &OverviewTemplate {
            ctx,
            overview,
            form,
        },
        StatusCode::OK,
    ))
}

/// The new-collection form.
#[derive(Debug, Default, Deserialize)]
pub struct NewCollection {
    #[serde(default)]
    atelier: String,
    #[serde(flatten)]
    input: CollectionInput,
}

/// `POST /kennis/collecties`: start a collection (facilitators).
pub async fn create_collection(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<NewCollection>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let atelier = form
        .atelier
        .parse()
        .map(AtelierId)
        .map_err(|_| WebError::Page(ErrorPage::BadRequest))?;
    let errors = match state
        .app
        .create_collection(user, atelier, &form.input)
        .await
    {
        Ok((_, path)) => {
            return Ok(see_other(
                &path,
                Some("flash-collection-created"),
                ctx.secure_cookies,
            ));
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let overview = state.app.collections_overview(Some(user)).await?;
    let form = FormView::new(ctx.locale)
        .value_of("atelier", &form.atelier)
        .value_of("title", &form.input.title)
        .value_of("description", &form.input.description)
        .errors(errors);
    Ok(render(
        &OverviewTemplate {
            ctx,
            overview,
            form,
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

#[derive(Template)]
#[template(path = "knowledge/collection.html")]
struct CollectionTemplate {
    ctx: Ctx,
    page: CollectionPage,
    path: String,
    form: FormView,
}

impl CollectionTemplate {
    fn item_href(&self, item: &app::knowledge::ItemRow) -> String {
        item_path(item.id, &item.slug)
    }
}

/// `GET /kennis/collecties/{id}-{slug}`: the collection; another slug redirects (308).
pub async fn show_collection(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let id = parse_collection(&segment)?;
    let page = state.app.collection_page(ctx.user.as_ref(), id).await?;
    let path = collection_path(id, &page.collection.slug);
    if format!("/kennis/collecties/{segment}") != path {
        return Ok(Redirect::permanent(&path).into_response());
    }
    let form = FormView::new(ctx.locale)
        .value_of("title", &page.collection.title)
        .value_of("description", &page.collection.description);
    Ok(render(
        &CollectionTemplate {
            ctx,
            page,
            path,
            form,
        },
        StatusCode::OK,
    ))
}

/// `POST /kennis/collecties/{id}/bewerken`: change title and description.
pub async fn update_collection(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(input): Form<CollectionInput>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_collection(&segment)?;
    let errors = match state.app.update_collection(user, id, &input).await {
        Ok(path) => {
            return Ok(see_other(
                &path,
                Some("flash-collection-saved"),
                ctx.secure_cookies,
            ));
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let page = state.app.collection_page(Some(user), id).await?;
    let path = collection_path(id, &page.collection.slug);
    let form = FormView::new(ctx.locale)
        .value_of("title", &input.title)
        .value_of("description", &input.description)
        .errors(errors);
    Ok(render(
        &CollectionTemplate {
            ctx,
            page,
            path,
            form,
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

/// `POST /kennis/collecties/{id}/verwijderen`: remove the collection (not its items).
pub async fn delete_collection(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_collection(&segment)?;
    state.app.delete_collection(user, id).await?;
    Ok(see_other(
        "/kennis/collecties",
        Some("flash-collection-deleted"),
        ctx.secure_cookies,
    ))
}

/// `POST /kennis/collecties/{id}/items/{item}/{omhoog|omlaag|verwijderen}`: arrange.
pub async fn arrange_collection(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, item, action)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_collection(&segment)?;
    let item = parse_item(&item)?;
    match action.as_str() {
        "omhoog" => state.app.move_in_collection(user, id, item, true).await?,
        "omlaag" => state.app.move_in_collection(user, id, item, false).await?,
        "verwijderen" => state.app.remove_from_collection(user, id, item).await?,
        _ => return Err(WebError::Page(ErrorPage::NotFound)),
    }
    let page = state.app.collection_page(Some(user), id).await?;
    let path = collection_path(id, &page.collection.slug);
    Ok(see_other(
        &format!("{path}#items"),
        Some("flash-collection-saved"),
        ctx.secure_cookies,
    ))
}

/// The add-to-collection form on an item's page.
#[derive(Debug, Default, Deserialize)]
pub struct AddToCollection {
    #[serde(default)]
    collection: String,
}

/// `POST /kennis/{id}/collecties`: put the item at the end of a collection.
pub async fn add_to_collection(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<AddToCollection>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    let collection = parse_collection(&form.collection)?;
    state.app.add_to_collection(user, collection, id).await?;
    redirect_to_item(&state, &ctx, id, "", "flash-collection-item-added").await
}
