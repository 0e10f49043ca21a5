//! The theory pages: the list with a new theory and an import, a theory's page (diagram, text
//! outline, checklist, story, comments), the owner's actions, and the exports.

use super::view::{LinkView, NodeView, checklist, comment_targets, outline, story};
use super::{fields, theory_id};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::theories::TheoryRow;
use app::theories::{NewTheory, TheoryView, theory_path, theory_svg};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::FieldErrors;
use domain::forum::guard::Finding;

#[derive(Template)]
#[template(path = "theories/list.html")]
struct ListTemplate {
    ctx: Ctx,
    theories: Vec<TheoryRow>,
    ateliers: Vec<(i64, String)>,
    form: FormView,
    import_form: FormView,
}

async fn list_page(
    state: &WebState,
    ctx: Ctx,
    form: FormView,
    import_form: FormView,
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let theories = state.app.my_theories(user).await?;
    let ateliers = state.app.writable_ateliers(user).await?;
    Ok(render(
        &ListTemplate {
            ctx,
            theories,
            ateliers,
            form,
            import_form,
        },
        status,
    ))
}

/// `GET /veranderingstheorie`.
pub async fn list(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let locale = ctx.locale;
    list_page(
        &state,
        ctx,
        FormView::new(locale),
        FormView::new(locale),
        StatusCode::OK,
    )
    .await
}

/// `POST /veranderingstheorie`: a new theory, then the guided steps.
pub async fn create(
    State(state): State<WebState>,
    ctx: Ctx,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let input = NewTheory {
        title: get("title"),
        atelier: get("atelier"),
        team: !get("team").is_empty(),
    };
    match state.app.create_theory(user, &input).await {
        Ok(id) => Ok(see_other(
            &format!("{}/stappen", theory_path(id)),
            Some("flash-theory-created"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("title", &input.title)
                .value_of("atelier", &input.atelier)
                .value_of("team", if input.team { "1" } else { "" })
                .errors(errors);
            let locale = ctx.locale;
            list_page(
                &state,
                ctx,
                form,
                FormView::new(locale),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /veranderingstheorie/importeren`: a JSON export as a new theory.
pub async fn import(
    State(state): State<WebState>,
    ctx: Ctx,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let mut text = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| WebError::Page(ErrorPage::BadRequest))?
    {
        if field.name() == Some("file") {
            text = field
                .bytes()
                .await
                .map_err(|_| WebError::Page(ErrorPage::TooLarge))?
                .to_vec();
        }
    }
    let text = match String::from_utf8(text) {
        Ok(text) if !text.trim().is_empty() => text,
        Ok(_) => return import_refused(&state, ctx, "toc-import-no-file").await,
        Err(_) => return import_refused(&state, ctx, "toc-import-not-text").await,
    };
    match state.app.import_theory(user, &text).await {
        Ok(id) => Ok(see_other(
            &theory_path(id),
            Some("flash-theory-imported"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let locale = ctx.locale;
            list_page(
                &state,
                ctx,
                FormView::new(locale),
                FormView::new(locale).errors(errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

async fn import_refused(
    state: &WebState,
    ctx: Ctx,
    key: &'static str,
) -> Result<Response, WebError> {
    let mut errors = FieldErrors::new();
    errors.add("file", key);
    let locale = ctx.locale;
    list_page(
        state,
        ctx,
        FormView::new(locale),
        FormView::new(locale).errors(errors),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

#[derive(Template)]
#[template(path = "theories/show.html")]
struct ShowTemplate {
    ctx: Ctx,
    view: TheoryView,
    svg: String,
    outline: Vec<(NodeView, Vec<LinkView>)>,
    checklist: Vec<(String, Option<String>)>,
    story: Vec<String>,
    story_own: bool,
    comments: Vec<(String, String, i64, String)>,
    targets: Vec<(String, String)>,
    form: FormView,
    findings: Vec<(String, String)>,
    /// Ateliers the owner can give it to, as (id, name), "none" first.
    ateliers: Vec<(String, String)>,
    /// The arrange form: as sent when refused, else the current atelier.
    arrange: FormView,
}

impl ShowTemplate {
    fn atelier_options(&self) -> Vec<(String, String)> {
        self.ateliers.clone()
    }
}

/// The theory's page, with `form` and `findings` on the story or comment form that failed.
pub(super) async fn show_page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    form: FormView,
    findings: &[Finding],
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.theory_view(user, id).await?;
    let locale = ctx.locale;
    let targets = comment_targets(&view.theory, locale);
    let gone = ctx.t("toc-comment-gone");
    let label = |target: &str| {
        // A comment on a box or link deleted since keeps showing, marked as such.
        targets
            .iter()
            .find(|(t, _)| t == target)
            .map_or_else(|| gone.clone(), |(_, l)| l.clone())
    };
    let comments = state
        .app
        .theory_comments(&view)
        .await?
        .into_iter()
        .map(|c| {
            (
                label(&c.target),
                c.author_name.unwrap_or_default(),
                c.created_at,
                c.body,
            )
        })
        .collect();
    let (story, story_own) = story(&view, locale);
    let status = if form.has_problems() || !findings.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let findings = findings
        .iter()
        .map(|f| (ctx.t_code("guard-sign", f.sign.code(), ""), f.text.clone()))
        .collect();
    let current = view
        .row
        .atelier_id
        .map(|a| a.to_string())
        .unwrap_or_default();
    let mut ateliers = vec![(String::new(), ctx.t("keuzehulp-no-atelier"))];
    if view.may_arrange {
        let mut own = state.app.writable_ateliers(user).await?;
        if let (Some(a), Some(name)) = (view.row.atelier_id, view.row.atelier_name.clone())
            && !own.iter().any(|(id, _)| *id == a)
        {
            own.push((a, name));
        }
        ateliers.extend(own.into_iter().map(|(id, name)| (id.to_string(), name)));
    }
    let arrange = if form.error("atelier").is_some() {
        form.clone()
    } else {
        FormView::new(locale).value_of("atelier", &current)
    };
    let template = ShowTemplate {
        ateliers,
        arrange,
        svg: theory_svg(&view.theory, locale),
        outline: outline(&view.theory, locale),
        checklist: checklist(&view.theory, locale),
        story,
        story_own,
        comments,
        targets,
        form,
        findings,
        view,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET /veranderingstheorie/{id}`.
pub async fn show(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let locale = ctx.locale;
    show_page(
        &state,
        ctx,
        theory_id(&segment)?,
        FormView::new(locale),
        &[],
    )
    .await
}

/// `POST /veranderingstheorie/{id}/verhaal`: the team's own story.
pub async fn save_story(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let mut f = fields(&body);
    let text = f.remove("story").unwrap_or_default();
    let revision = f.get("revision").and_then(|r| r.parse().ok()).unwrap_or(0);
    match state
        .app
        .set_theory_story(user, (id, revision), &text)
        .await
    {
        Ok(()) => Ok(see_other(
            &format!("{}#verhaal", theory_path(id)),
            Some("flash-theory-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("story", &text)
                .errors(errors);
            show_page(&state, ctx, id, form, &[]).await
        }
        Err(other) => Err(other.into()),
    }
}
