//! Stories: the list with a form for a new one (outside a round), deleting one, and the story
//! form as sent, shared with the rounds in [`super::rounds`].

use super::{id_of, node_options};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use crate::theories::theory_id;
use app::AppError;
use app::impact::StoryRow;
use app::impact::impact_path;
use app::theories::TheoryView;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::impact::story::StoryInput;

/// The story form's fields.
const STORY_FIELDS: [&str; 7] = [
    "teller_role",
    "told_on",
    "domain",
    "title",
    "body",
    "why_significant",
    "unexpected",
];

/// A story form as sent: the input, and the form to show again.
pub(super) fn story_input(ctx: &Ctx, body: &[u8]) -> (StoryInput, FormView) {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let get = |k: &str| {
        pairs
            .iter()
            .rev()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let nodes: Vec<String> = pairs
        .iter()
        .filter(|(k, _)| k == "nodes")
        .map(|(_, v)| v.clone())
        .collect();
    let input = StoryInput {
        teller_role: get("teller_role"),
        told_on: get("told_on"),
        domain: get("domain"),
        title: get("title"),
        body: get("body"),
        why_significant: get("why_significant"),
        consent: !get("consent").is_empty(),
        nodes: nodes.clone(),
        unexpected: !get("unexpected").is_empty(),
    };
    let mut form = FormView::new(ctx.locale)
        .value_of("consent", &get("consent"))
        .value_of("nodes", &nodes.join(","));
    for name in STORY_FIELDS {
        form = form.value_of(name, &get(name));
    }
    (input, form)
}

#[derive(Template)]
#[template(path = "impact/stories.html")]
struct StoriesTemplate {
    ctx: Ctx,
    view: TheoryView,
    stories: Vec<StoryRow>,
    nodes: Vec<(String, String)>,
    form: FormView,
}

impl StoriesTemplate {
    fn node_chosen(&self, key: &str) -> bool {
        self.form.value("nodes").split(',').any(|k| k == key)
    }

    pub(super) fn node_names(&self, keys: &str) -> String {
        node_names(&self.nodes, keys)
    }
}

fn node_names(nodes: &[(String, String)], keys: &str) -> String {
    keys.split(',')
        .filter_map(|k| {
            nodes
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, t)| t.clone())
        })
        .collect::<Vec<_>>()
        .join("; ")
}

async fn list_page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    form: FormView,
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let stories = state.app.stories(user, id).await?;
    let template = StoriesTemplate {
        nodes: node_options(&view.theory, ctx.locale),
        view,
        stories,
        form,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/impact/verhalen`.
pub async fn list(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let locale = ctx.locale;
    list_page(
        &state,
        ctx,
        theory_id(&segment)?,
        FormView::new(locale),
        StatusCode::OK,
    )
    .await
}

/// `POST …/impact/verhalen`: a story outside a round.
pub async fn create(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let (input, form) = story_input(&ctx, &body);
    match state.app.add_story(user, (id, None), &input).await {
        Ok(_) => Ok(see_other(
            &format!("{}/verhalen", impact_path(id)),
            Some("flash-impact-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            list_page(
                &state,
                ctx,
                id,
                form.errors(errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/verhalen/{sid}/verwijderen`.
pub async fn delete(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, sid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    state.app.delete_story(user, id, id_of(&sid)?).await?;
    Ok(see_other(
        &format!("{}/verhalen", impact_path(id)),
        Some("flash-impact-deleted"),
        ctx.secure_cookies,
    ))
}
