//! The reports of an impact model or an atelier, and the form that starts a new one (title,
//! period; for an impact report also the template and the impact plan).

use super::scope_of;
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use crate::theories::fields;
use app::AppError;
use app::reports::{ReportInput, ReportRow, Scope, ScopeView, report_path};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::report::{PeriodInput, ReportTemplate};

#[derive(Template)]
#[template(path = "reports/list.html")]
struct ListTemplate {
    ctx: Ctx,
    scope: ScopeView,
    reports: Vec<ReportRow>,
    templates: Vec<(String, String)>,
    plans: Vec<(String, String)>,
    form: FormView,
}

impl ListTemplate {
    fn path(&self, id: &i64) -> String {
        report_path(self.scope.scope, Some(*id))
    }

    fn base(&self) -> String {
        report_path(self.scope.scope, None)
    }

    fn impact(&self) -> bool {
        matches!(self.scope.scope, Scope::Theory(_))
    }
}

/// The settings fields of the form, as posted.
pub(super) fn input_of(f: &std::collections::BTreeMap<String, String>) -> ReportInput {
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    ReportInput {
        title: get("title"),
        template: get("template"),
        period: PeriodInput {
            from: get("from"),
            to: get("to"),
        },
        plan: get("plan"),
    }
}

/// The form holding `input`.
pub(super) fn form_of(ctx: &Ctx, input: &ReportInput) -> FormView {
    FormView::new(ctx.locale)
        .value_of("title", &input.title)
        .value_of("template", &input.template)
        .value_of("from", &input.period.from)
        .value_of("to", &input.period.to)
        .value_of("plan", &input.plan)
}

/// The templates as (code, name) options.
pub(super) fn template_options(ctx: &Ctx) -> Vec<(String, String)> {
    ReportTemplate::for_impact()
        .iter()
        .map(|t| {
            (
                t.code().to_owned(),
                ctx.t_code("report-template", t.code(), ""),
            )
        })
        .collect()
}

/// The plans as options, "none" first.
pub(super) fn plan_options(ctx: &Ctx, plans: Vec<(i64, String)>) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), ctx.t("report-no-plan"))];
    out.extend(plans.into_iter().map(|(id, title)| (id.to_string(), title)));
    out
}

async fn show(
    state: &WebState,
    ctx: Ctx,
    scope: Scope,
    form: Option<FormView>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (view, reports, plans) = state.app.reports_of(user, scope).await?;
    let form = form.unwrap_or_else(|| {
        let year = domain::events::local_time::LocalTime::of(state.app.now())
            .date_value()
            .chars()
            .take(4)
            .collect::<String>();
        FormView::new(ctx.locale)
            .value_of("template", "municipality")
            .value_of("from", &format!("{year}-01-01"))
            .value_of("to", &format!("{year}-12-31"))
    });
    let template = ListTemplate {
        templates: template_options(&ctx),
        plans: plan_options(&ctx, plans),
        scope: view,
        reports,
        form,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/rapporten`.
pub async fn list(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let scope = scope_of(&ctx, &segment)?;
    show(&state, ctx, scope, None, StatusCode::OK).await
}

/// `POST …/rapporten`: a new draft.
pub async fn create(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let scope = scope_of(&ctx, &segment)?;
    let input = input_of(&fields(&body));
    match state.app.create_report(user, scope, &input).await {
        Ok(report) => Ok(see_other(
            &report_path(scope, Some(report)),
            Some("flash-impact-report-created"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let form = form_of(&ctx, &input).errors(errors);
            show(
                &state,
                ctx,
                scope,
                Some(form),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}
