//! Writing in the forum: a new thread, a reply and an edit, each with a fresh form key (a
//! double submit makes one post) and the client-data guard's question when it finds
//! something; marking a helpful answer; calling a post valuable.

use super::pages::ThreadTemplate;
use super::parse_id;
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::forum::{CategoryRow, PostOutcome, PostRow, ReplyInput, category_path, thread_path};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::forum::ThreadInput;
use domain::forum::guard::Finding;
use serde::Deserialize;

/// A reply form with a fresh key.
pub(crate) fn reply_form(ctx: &Ctx) -> Result<FormView, WebError> {
    let key = app::security::new_token().map_err(WebError::from)?;
    Ok(FormView::new(ctx.locale).value_of("submission", &key))
}

fn labelled(ctx: &Ctx, findings: &[Finding]) -> Vec<(String, String)> {
    findings
        .iter()
        .map(|f| (ctx.t_code("guard-sign", f.sign.code(), ""), f.text.clone()))
        .collect()
}

/// What the post forms send.
#[derive(Debug, Default, Deserialize)]
pub struct PostForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    submission: String,
    #[serde(default)]
    confirmed: Option<String>,
}

impl PostForm {
    fn reply(&self) -> ReplyInput {
        ReplyInput {
            body: self.body.clone(),
            submission: self.submission.clone(),
            confirmed: self.confirmed.is_some(),
        }
    }

    fn view(&self, ctx: &Ctx) -> FormView {
        FormView::new(ctx.locale)
            .value_of("title", &self.title)
            .value_of("kind", &self.kind)
            .value_of("body", &self.body)
            .value_of("submission", &self.submission)
    }
}

#[derive(Template)]
#[template(path = "forum/new_thread.html")]
struct NewThreadTemplate {
    ctx: Ctx,
    category: CategoryRow,
    path: String,
    form: FormView,
    findings: Vec<(String, String)>,
}

/// `GET /forum/{id}/nieuw`: the new-thread form.
pub async fn new_thread_form(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let page = state
        .app
        .category_page(Some(user), parse_id(&segment)?, 1)
        .await?;
    if !page.may_start {
        return Err(WebError::Page(ErrorPage::Forbidden));
    }
    let form = reply_form(&ctx)?.value_of("kind", "discussion");
    let path = category_path(page.category.id, &page.category.slug);
    Ok(render(
        &NewThreadTemplate {
            ctx,
            category: page.category,
            path,
            form,
            findings: Vec::new(),
        },
        StatusCode::OK,
    ))
}

/// `POST /forum/{id}`: start a thread.
pub async fn create_thread(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<PostForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let input = ThreadInput {
        title: form.title.clone(),
        kind: form.kind.clone(),
        body: form.body.clone(),
    };
    let (view, findings) = match state
        .app
        .start_thread(user, id, &input, &form.reply())
        .await
    {
        Ok(PostOutcome::Saved(to)) => {
            return Ok(see_other(
                &to,
                Some("flash-thread-created"),
                ctx.secure_cookies,
            ));
        }
        Ok(PostOutcome::Check(found)) => (form.view(&ctx), labelled(&ctx, &found)),
        Err(AppError::Invalid(errors)) => (form.view(&ctx).errors(errors), Vec::new()),
        Err(other) => return Err(other.into()),
    };
    let page = state.app.category_page(Some(user), id, 1).await?;
    let path = category_path(page.category.id, &page.category.slug);
    Ok(render(
        &NewThreadTemplate {
            ctx,
            category: page.category,
            path,
            form: view,
            findings,
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

/// `POST /forum/onderwerpen/{id}/reacties`: reply. Problems re-show the thread's last page
/// with the text kept.
pub async fn create_reply(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<PostForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let (view, findings) = match state.app.reply(user, id, &form.reply()).await {
        Ok(PostOutcome::Saved(to)) => {
            return Ok(see_other(
                &to,
                Some("flash-reply-saved"),
                ctx.secure_cookies,
            ));
        }
        Ok(PostOutcome::Check(found)) => (form.view(&ctx), labelled(&ctx, &found)),
        Err(AppError::Invalid(errors)) => (form.view(&ctx).errors(errors), Vec::new()),
        Err(other) => return Err(other.into()),
    };
    let page = state.app.thread_page(Some(user), id, i64::MAX).await?;
    let path = thread_path(id, &page.thread.slug);
    Ok(render(
        &ThreadTemplate {
            ctx,
            page,
            path,
            form: view,
            findings,
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

#[derive(Template)]
#[template(path = "forum/edit.html")]
struct EditTemplate {
    ctx: Ctx,
    post: PostRow,
    form: FormView,
    findings: Vec<(String, String)>,
}

/// `GET /forum/berichten/{id}/bewerken`: the edit form.
pub async fn edit_post_form(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let post = state.app.post_for_edit(user, id).await?;
    let form = FormView::new(ctx.locale).value_of("body", &post.body);
    Ok(render(
        &EditTemplate {
            ctx,
            post,
            form,
            findings: Vec::new(),
        },
        StatusCode::OK,
    ))
}

/// `POST /forum/berichten/{id}/bewerken`: save a new version (the old one stays visible in
/// the history).
pub async fn update_post(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(form): Form<PostForm>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (view, findings) = match state.app.edit_post(user, id, &form.reply()).await {
        Ok(PostOutcome::Saved(to)) => {
            return Ok(see_other(
                &to,
                Some("flash-post-edited"),
                ctx.secure_cookies,
            ));
        }
        Ok(PostOutcome::Check(found)) => (form.view(&ctx), labelled(&ctx, &found)),
        Err(AppError::Invalid(errors)) => (form.view(&ctx).errors(errors), Vec::new()),
        Err(other) => return Err(other.into()),
    };
    let (post, _, _) = state.app.post_history(Some(user), id).await?;
    Ok(render(
        &EditTemplate {
            ctx,
            post,
            form: view,
            findings,
        },
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

/// `POST /forum/berichten/{id}/nuttig`: mark the helpful answer.
pub async fn mark_helpful(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let to = state.app.mark_helpful(user, id).await?;
    Ok(see_other(
        &to,
        Some("flash-helpful-marked"),
        ctx.secure_cookies,
    ))
}

/// `POST /forum/berichten/{id}/waardevol`: "I found this valuable".
pub async fn appreciate(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let to = state.app.appreciate_post(user, id).await?;
    Ok(see_other(
        &to,
        Some("flash-post-appreciated"),
        ctx.secure_cookies,
    ))
}

/// `POST /forum/onderwerpen/{id}/agenderen`: a slow question onto the atelier's agenda.
pub async fn put_on_agenda(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let to = state.app.put_on_agenda(user, parse_id(&segment)?).await?;
    Ok(see_other(
        &to,
        Some("flash-put-on-agenda"),
        ctx.secure_cookies,
    ))
}
