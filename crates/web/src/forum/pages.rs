//! Reading the forum: overview, category, thread pages, a post's permanent address and its
//! edit history.

use super::parse_id;
use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use app::forum::{
    CategoryPage, CategoryRow, EditRow, PostRow, ThreadPage, ThreadRow, category_path, thread_path,
};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

/// `?pagina=N`.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    pagina: Option<i64>,
    /// A post to quote in the reply form.
    #[serde(default)]
    citeer: Option<i64>,
}

#[derive(Template)]
#[template(path = "forum/index.html")]
struct OverviewTemplate {
    ctx: Ctx,
    categories: Vec<CategoryRow>,
    /// The member facilitates somewhere: may make categories and sees the moderation queue.
    facilitates: bool,
}

impl OverviewTemplate {
    fn href(&self, c: &CategoryRow) -> String {
        category_path(c.id, &c.slug)
    }
}

/// `GET /forum`: the categories the member may read.
pub async fn show_overview(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let user = ctx.user.as_ref();
    let categories = state.app.forum_overview(user).await?;
    let facilitates = match user {
        Some(user) => !state.app.category_ateliers(user).await?.is_empty(),
        None => false,
    };
    Ok(render(
        &OverviewTemplate {
            ctx,
            categories,
            facilitates,
        },
        StatusCode::OK,
    ))
}

#[derive(Template)]
#[template(path = "forum/category.html")]
pub(crate) struct CategoryTemplate {
    pub ctx: Ctx,
    pub page: CategoryPage,
    pub path: String,
    /// The rename form (for moderators), re-shown with problems.
    pub form: FormView,
}

impl CategoryTemplate {
    fn thread_href(&self, t: &ThreadRow) -> String {
        thread_path(t.id, &t.slug)
    }

    /// (thread, unread posts, first unread post) when the thread has news for the reader.
    fn unread_of(&self, t: &ThreadRow) -> Option<(i64, i64, i64)> {
        self.page
            .unread
            .iter()
            .find(|(id, _, _)| *id == t.id)
            .copied()
    }
}

/// `GET /forum/{id}-{slug}`: a category's threads, latest activity first.
pub async fn show_category(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Query(query): Query<PageQuery>,
) -> Result<Response, WebError> {
    let user = ctx.user.as_ref();
    let id = parse_id(&segment)?;
    let page = state
        .app
        .category_page(user, id, query.pagina.unwrap_or(1))
        .await?;
    let path = category_path(id, &page.category.slug);
    if format!("/forum/{segment}") != path {
        return Ok(Redirect::permanent(&path).into_response());
    }
    let form = FormView::new(ctx.locale)
        .value_of("name", &page.category.name)
        .value_of("description", &page.category.description);
    Ok(render(
        &CategoryTemplate {
            ctx,
            page,
            path,
            form,
        },
        StatusCode::OK,
    ))
}

#[derive(Template)]
#[template(path = "forum/thread.html")]
pub(crate) struct ThreadTemplate {
    pub ctx: Ctx,
    pub page: ThreadPage,
    pub path: String,
    /// The reply form (re-shown with problems or the guard's question).
    pub form: FormView,
    /// The guard's findings as (kind label, text), when it asks.
    pub findings: Vec<(String, String)>,
}

impl ThreadTemplate {
    fn category_href(&self) -> String {
        category_path(self.page.category.id, &self.page.category.slug)
    }

    fn page_href(&self, page: &i64) -> String {
        if *page <= 1 {
            self.path.clone()
        } else {
            format!("{}?pagina={page}", self.path)
        }
    }

    fn login_href(&self) -> String {
        crate::forms::login_then(&self.path)
    }

    /// This page again with a post quoted in the reply form.
    fn quote_href(&self, post: &i64) -> String {
        if self.page.page <= 1 {
            format!("{}?citeer={post}#reageren", self.path)
        } else {
            format!(
                "{}?pagina={}&citeer={post}#reageren",
                self.path, self.page.page
            )
        }
    }

    fn kind_is(&self, code: &str) -> bool {
        self.page.thread.kind == code
    }
}

/// `GET /forum/onderwerpen/{id}-{slug}?pagina=N`: a page of a thread, with the reply form.
pub async fn show_thread(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Query(query): Query<PageQuery>,
) -> Result<Response, WebError> {
    let user = ctx.user.as_ref();
    let id = parse_id(&segment)?;
    // Visitors without an account all see the same page: served from the page cache.
    let shared = user.is_none() && ctx.flash.is_none() && query.citeer.is_none();
    let key = (
        format!("{segment}?{}", query.pagina.unwrap_or(1)),
        ctx.locale,
    );
    if shared && let Some(html) = state.pages.get(&key, &ctx.csrf) {
        return Ok((StatusCode::OK, Html(html)).into_response());
    }
    let generation = app::write_generation();
    let page = state
        .app
        .thread_page(user, id, query.pagina.unwrap_or(1))
        .await?;
    let path = thread_path(id, &page.thread.slug);
    if format!("/forum/onderwerpen/{segment}") != path {
        return Ok(Redirect::permanent(&path).into_response());
    }
    if shared {
        let csrf = ctx.csrf.clone();
        let template = ThreadTemplate {
            ctx: Ctx {
                csrf: state.pages.placeholder().to_owned(),
                ..ctx
            },
            page,
            path,
            // Visitors cannot reply: the form is not shown, so it needs no submission key.
            form: FormView::new(key.1),
            findings: Vec::new(),
        };
        return Ok(match template.render() {
            Ok(html) => {
                state.pages.put(key, generation, &html);
                let html = html.replace(state.pages.placeholder(), &csrf);
                (StatusCode::OK, Html(html)).into_response()
            }
            Err(err) => {
                tracing::error!(error = %err, "template failed");
                crate::error::ErrorPage::Internal.into_response()
            }
        });
    }
    let mut form = super::write::reply_form(&ctx)?;
    if let (Some(post), Some(user)) = (query.citeer, user) {
        // A stale quote link (a post since hidden) just shows an empty form.
        if let Ok(quote) = state.app.quote_post(user, post).await {
            form = form.value_of("body", &quote);
        }
    }
    Ok(render(
        &ThreadTemplate {
            ctx,
            page,
            path,
            form,
            findings: Vec::new(),
        },
        StatusCode::OK,
    ))
}

/// `GET /forum/berichten/{id}`: a post's permanent address; goes to its page and place.
pub async fn go_to_post(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let user = ctx.user.as_ref();
    let location = state.app.post_location(user, id).await?;
    Ok(Redirect::to(&location).into_response())
}

#[derive(Template)]
#[template(path = "forum/history.html")]
struct HistoryTemplate {
    ctx: Ctx,
    post: PostRow,
    thread: ThreadRow,
    edits: Vec<EditRow>,
}

/// `GET /forum/berichten/{id}/geschiedenis`: the earlier versions of a post.
pub async fn show_history(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let user = ctx.user.as_ref();
    let (post, thread, edits) = state.app.post_history(user, id).await?;
    Ok(render(
        &HistoryTemplate {
            ctx,
            post,
            thread,
            edits,
        },
        StatusCode::OK,
    ))
}
