//! A report's page for its team: for a draft the builder (settings; per section shown or not,
//! the team's own text, move up or down) with the live document under it; for a published
//! report the frozen document, its PDF, share links and "make a new version".

use super::list::{form_of, input_of, plan_options, template_options};
use super::scope_of;
use super::{DocumentHtml, compose};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use crate::theories::{fields, theory_id};
use app::AppError;
use app::reports::shares::share_path;
use app::reports::{ReportPage, Scope, ScopeView, ShareRow, report_path};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::FieldErrors;
use domain::report::{Section, SectionInput, own_text_field};

/// One section row of the builder.
pub(super) struct SectionRow {
    code: &'static str,
    name: String,
    shown: bool,
    text: String,
    error: Option<String>,
    first: bool,
    last: bool,
}

#[derive(Template)]
#[template(path = "reports/show.html")]
struct ShowTemplate {
    ctx: Ctx,
    scope: ScopeView,
    page: ReportPage,
    document: String,
    form: FormView,
    sections: Vec<SectionRow>,
    templates: Vec<(String, String)>,
    plans: Vec<(String, String)>,
    shares: Vec<ShareRow>,
    /// A link just made, shown once.
    new_link: Option<String>,
}

impl ShowTemplate {
    fn path(&self) -> String {
        report_path(self.scope.scope, Some(self.page.row.id))
    }

    fn impact(&self) -> bool {
        matches!(self.scope.scope, Scope::Theory(_))
    }
}

/// The builder's rows from posted sections (after a refusal) or from the stored layout.
fn section_rows(
    ctx: &Ctx,
    page: &ReportPage,
    posted: Option<(&[SectionInput], &FieldErrors)>,
) -> Vec<SectionRow> {
    let items: Vec<(Section, bool, String)> = match posted {
        Some((input, _)) => input
            .iter()
            .filter_map(|s| Some((Section::from_code(&s.section)?, s.shown, s.text.clone())))
            .collect(),
        None => page
            .layout
            .0
            .iter()
            .map(|s| (s.section, s.shown, s.text.clone()))
            .collect(),
    };
    let count = items.len();
    items
        .into_iter()
        .enumerate()
        .map(|(i, (section, shown, text))| SectionRow {
            code: section.code(),
            name: ctx.t_code("report-section", section.code(), ""),
            shown,
            text,
            error: posted.and_then(|(_, e)| {
                e.for_field(own_text_field(section))
                    .map(|fe| app::i18n::field_message(ctx.locale, fe))
            }),
            first: i == 0,
            last: i + 1 == count,
        })
        .collect()
}

/// What a refused or answered submission brings back to the page: the settings form, the
/// posted sections with their problems, and a share link made just now.
pub(super) type Kept = (
    Option<FormView>,
    Option<(Vec<SectionInput>, FieldErrors)>,
    Option<String>,
);

/// Renders the page; `form`/`posted` keep a refused submission.
pub(super) async fn show_page(
    state: &WebState,
    ctx: Ctx,
    (scope, rid): (Scope, i64),
    (form, posted, new_link): Kept,
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let page = state.app.report(user, scope, rid).await?;
    let (view, _, plans) = state.app.reports_of(user, scope).await?;
    let shares = state.app.report_shares(user, scope, rid).await?;
    let doc = compose::document(&page, ctx.locale, "");
    let document = DocumentHtml { doc: &doc }
        .render()
        .map_err(|e| WebError::from(AppError::Content(e.to_string())))?;
    let form = form.unwrap_or_else(|| {
        FormView::new(ctx.locale)
            .value_of("title", &page.row.title)
            .value_of("template", &page.row.template)
            .value_of("from", &page.row.period_from)
            .value_of("to", &page.row.period_to)
            .value_of(
                "plan",
                &page.row.plan_id.map(|p| p.to_string()).unwrap_or_default(),
            )
    });
    let mut plans = plans;
    if let Some(id) = page.row.plan_id
        && !plans.iter().any(|(p, _)| *p == id)
    {
        // Chosen by a teammate: kept as an option so saving does not drop it.
        let title = match &page.data {
            app::reports::ReportData::Impact(d) => d.plan.as_ref().map(|p| p.title.clone()),
            app::reports::ReportData::Atelier(_) => None,
        };
        plans.push((
            id,
            title.unwrap_or_else(|| ctx.t("report-plan-of-teammate")),
        ));
    }
    let sections = section_rows(&ctx, &page, posted.as_ref().map(|(i, e)| (i.as_slice(), e)));
    let template = ShowTemplate {
        templates: template_options(&ctx),
        plans: plan_options(&ctx, plans),
        scope: view,
        page,
        document,
        form,
        sections,
        shares,
        new_link,
        ctx,
    };
    Ok(render(&template, status))
}

/// The scope and the report's id from the path.
pub(super) fn ids(ctx: &Ctx, segment: &str, rid: &str) -> Result<(Scope, i64), WebError> {
    Ok((scope_of(ctx, segment)?, theory_id(rid)?))
}

/// `GET …/rapporten/{rid}`.
pub async fn show(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let scope = ids(&ctx, &segment, &rid)?;
    show_page(&state, ctx, scope, (None, None, None), StatusCode::OK).await
}

/// `POST …/rapporten/{rid}`: saves the settings and sections; a "move" button also moves one.
pub async fn save(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (scope, rid) = ids(&ctx, &segment, &rid)?;
    let f = fields(&body);
    let input = input_of(&f);
    // The sections come in page order as `section` fields; their switches and texts by code.
    let sections: Vec<SectionInput> = form_urlencoded::parse(&body)
        .filter(|(k, _)| k == "section")
        .map(|(_, code)| SectionInput {
            shown: f.contains_key(&format!("shown_{code}")),
            text: f.get(&format!("text_{code}")).cloned().unwrap_or_default(),
            section: code.into_owned(),
        })
        .collect();
    let shift = f.get("move").and_then(|m| {
        let (way, code) = m.split_once(':')?;
        Some((Section::from_code(code)?, way == "up"))
    });
    match state
        .app
        .save_report(user, (scope, rid), &input, (&sections, shift))
        .await
    {
        Ok(()) => {
            let anchor = shift.map_or("#builder".to_owned(), |(s, _)| {
                format!("#section-{}", s.code())
            });
            Ok(see_other(
                &format!("{}{anchor}", report_path(scope, Some(rid))),
                Some("flash-impact-report-saved"),
                ctx.secure_cookies,
            ))
        }
        Err(AppError::Invalid(errors)) => {
            let form = form_of(&ctx, &input).errors(errors.clone());
            let kept = (Some(form), Some((sections, errors)), None);
            show_page(
                &state,
                ctx,
                (scope, rid),
                kept,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// The page again (422) with why a button or form was refused.
pub(super) async fn refused(
    state: &WebState,
    ctx: Ctx,
    at: (Scope, i64),
    form: FormView,
) -> Result<Response, WebError> {
    let kept = (Some(form), None, None);
    show_page(state, ctx, at, kept, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// After a button on the report page: on to `(location, flash)`, or the page again with why
/// it was refused.
async fn after_button(
    state: &WebState,
    ctx: Ctx,
    at: (Scope, i64),
    done: Result<(String, &'static str), AppError>,
) -> Result<Response, WebError> {
    match done {
        Ok((location, flash)) => Ok(see_other(&location, Some(flash), ctx.secure_cookies)),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale).errors(errors);
            refused(state, ctx, at, form).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/rapporten/{rid}/publiceren`: freezes the data.
pub async fn publish(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (scope, rid) = ids(&ctx, &segment, &rid)?;
    let done = state.app.publish_report(user, scope, rid).await.map(|()| {
        (
            report_path(scope, Some(rid)),
            "flash-impact-report-published",
        )
    });
    after_button(&state, ctx, (scope, rid), done).await
}

/// `POST …/rapporten/{rid}/nieuwe-versie`: a new draft after a published report.
pub async fn new_version(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (scope, rid) = ids(&ctx, &segment, &rid)?;
    let done = state
        .app
        .new_report_version(user, scope, rid)
        .await
        .map(|next| {
            (
                report_path(scope, Some(next)),
                "flash-impact-report-created",
            )
        });
    after_button(&state, ctx, (scope, rid), done).await
}

/// `POST …/rapporten/{rid}/verwijderen`: deletes a draft.
pub async fn delete(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, rid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (scope, rid) = ids(&ctx, &segment, &rid)?;
    let done = state
        .app
        .delete_report(user, scope, rid)
        .await
        .map(|()| (report_path(scope, None), "flash-impact-report-deleted"));
    after_button(&state, ctx, (scope, rid), done).await
}

/// The address a share token opens, for the page that shows it once.
pub(super) fn link_of(base: &str, token: &str) -> String {
    format!("{}{}", base.trim_end_matches('/'), share_path(token))
}
