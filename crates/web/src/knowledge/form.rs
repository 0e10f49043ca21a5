//! Writing an item: the form for a new item and for changes, with a preview that renders the
//! Markdown exactly as the page will (sanitised) without saving anything.

use super::{coded_options, parse_item};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::knowledge::{KnowledgeForm, item_path};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::AtelierId;
use domain::knowledge::{
    ContentLanguage, DEFAULT_LICENCE, KnowledgeInput, KnowledgeKind, KnowledgeVisibility, LICENCES,
};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "knowledge/form.html")]
struct ItemFormPage {
    ctx: Ctx,
    data: KnowledgeForm,
    form: FormView,
    chosen_themes: Vec<i64>,
    preview: Option<String>,
    kinds: Vec<(&'static str, String)>,
    visibilities: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, String)>,
    licences: Vec<(&'static str, String)>,
}

impl ItemFormPage {
    fn new(ctx: Ctx, data: KnowledgeForm, input: &KnowledgeInput, form: FormView) -> ItemFormPage {
        let form = [
            ("title", &input.title),
            ("summary", &input.summary),
            ("body", &input.body),
            ("kind", &input.kind),
            ("visibility", &input.visibility),
            ("language", &input.language),
            ("licence", &input.licence),
            ("target_group", &input.target_group),
            ("authors", &input.authors),
            ("organisations", &input.organisations),
            ("tags", &input.tags),
            ("purpose", &input.purpose),
            ("duration", &input.duration),
            ("group_size", &input.group_size),
            ("materials", &input.materials),
            ("message", &input.message),
        ]
        .into_iter()
        .fold(form, |f, (name, value)| f.value_of(name, value));
        ItemFormPage {
            kinds: coded_options(
                &ctx,
                KnowledgeKind::ALL,
                KnowledgeKind::code,
                "knowledge-kind",
            ),
            visibilities: coded_options(
                &ctx,
                KnowledgeVisibility::ALL,
                KnowledgeVisibility::code,
                "knowledge-visibility",
            ),
            languages: coded_options(
                &ctx,
                ContentLanguage::ALL,
                ContentLanguage::code,
                "content-language",
            ),
            licences: LICENCES.iter().map(|l| (*l, (*l).to_owned())).collect(),
            chosen_themes: input.themes.clone(),
            preview: None,
            data,
            form,
            ctx,
        }
    }

    fn is_chosen(&self, theme: &i64) -> bool {
        self.chosen_themes.contains(theme)
    }

    fn action(&self) -> String {
        match &self.data.item {
            Some((id, slug, _)) => format!("{}/bewerken", item_path(*id, slug)),
            None => "/kennis".to_owned(),
        }
    }

    fn is_published(&self) -> bool {
        self.data
            .item
            .as_ref()
            .is_some_and(|(_, _, status)| status == "published")
    }
}

/// Reads the form (themes repeat); also the atelier of a new item and whether the preview
/// button was pressed.
fn parse(body: &[u8]) -> (KnowledgeInput, Option<AtelierId>, bool) {
    let mut input = KnowledgeInput::default();
    let mut atelier = None;
    let mut preview = false;
    for (key, value) in form_urlencoded::parse(body) {
        let value = value.into_owned();
        match key.as_ref() {
            "title" => input.title = value,
            "summary" => input.summary = value,
            "body" => input.body = value,
            "kind" => input.kind = value,
            "visibility" => input.visibility = value,
            "language" => input.language = value,
            "licence" => input.licence = value,
            "target_group" => input.target_group = value,
            "authors" => input.authors = value,
            "organisations" => input.organisations = value,
            "tags" => input.tags = value,
            "theme" => input.themes.extend(value.parse::<i64>().ok()),
            "purpose" => input.purpose = value,
            "duration" => input.duration = value,
            "group_size" => input.group_size = value,
            "materials" => input.materials = value,
            "message" => input.message = value,
            "atelier" => atelier = value.parse().ok().map(AtelierId),
            "preview" => preview = true,
            _ => {}
        }
    }
    (input, atelier, preview)
}

/// Which atelier a new item is for.
#[derive(Debug, Deserialize)]
pub struct NewItemQuery {
    atelier: Option<i64>,
}

/// `GET /kennis/nieuw?atelier=…`: the form for a new item (members of that atelier).
pub async fn new_item_form(
    State(state): State<WebState>,
    ctx: Ctx,
    Query(query): Query<NewItemQuery>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let atelier = AtelierId(query.atelier.ok_or(AppError::NotFound)?);
    let data = state.app.new_item_form(user, atelier).await?;
    let input = KnowledgeInput {
        kind: KnowledgeKind::Article.code().into(),
        visibility: KnowledgeVisibility::Public.code().into(),
        language: ctx.locale.code().into(),
        licence: DEFAULT_LICENCE.into(),
        authors: user.user.display_name.clone(),
        organisations: user.user.organisation.clone(),
        ..Default::default()
    };
    let form = FormView::new(ctx.locale);
    Ok(render(
        &ItemFormPage::new(ctx, data, &input, form),
        StatusCode::OK,
    ))
}

/// `POST /kennis`: saves a new draft (or shows a preview).
pub async fn create_item(
    State(state): State<WebState>,
    ctx: Ctx,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (input, atelier, preview) = parse(&body);
    let atelier = atelier.ok_or(AppError::NotFound)?;
    let data = state.app.new_item_form(user, atelier).await?;
    if preview {
        return Ok(show_preview(ctx, data, &input));
    }
    match state.app.create_item(user, atelier, &input).await {
        Ok(id) => {
            let to = state.app.item_canonical_path(id).await?;
            Ok(see_other(
                &to,
                Some("flash-item-created"),
                ctx.secure_cookies,
            ))
        }
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale).errors(errors);
            let page = ItemFormPage::new(ctx, data, &input, form);
            Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(other) => Err(other.into()),
    }
}

fn show_preview(ctx: Ctx, data: KnowledgeForm, input: &KnowledgeInput) -> Response {
    let form = FormView::new(ctx.locale);
    let mut page = ItemFormPage::new(ctx, data, input, form);
    page.preview = Some(domain::markdown::render(&input.body));
    render(&page, StatusCode::OK)
}

/// `GET /kennis/{id}/bewerken`: the form with the item's content.
pub async fn edit_item_form(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    let (data, content) = state.app.edit_item_form(user, id).await?;
    let form = FormView::new(ctx.locale);
    let page = ItemFormPage::new(ctx, data, &content.to_input(), form);
    Ok(render(&page, StatusCode::OK))
}

/// `POST /kennis/{id}/bewerken`: saves changes (a new revision when published), or previews.
pub async fn update_item(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    let (input, _, preview) = parse(&body);
    let (data, _) = state.app.edit_item_form(user, id).await?;
    if preview {
        return Ok(show_preview(ctx, data, &input));
    }
    match state.app.update_item(user, id, &input).await {
        Ok(()) => super::redirect_to_item(&state, &ctx, id, "", "flash-item-saved").await,
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale).errors(errors);
            let page = ItemFormPage::new(ctx, data, &input, form);
            Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(other) => Err(other.into()),
    }
}
