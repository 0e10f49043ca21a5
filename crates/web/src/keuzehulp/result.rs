//! The builder's result step: the key questions (drafted on arrival, as sent afterwards), the
//! recommended package with its reasons, methods chosen earlier that are no longer proposed,
//! the plan fields (who owns it and where it lives only for its owner), and the client-data
//! guard before saving.

use super::builder::{PLAN_FIELDS, Submitted, form_with, step_titles};
use super::view::{MethodLink, PackageView};
use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use app::keuzehulp::{catalogue, drafted_questions};
use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use domain::FieldErrors;
use domain::forum::guard::Finding;
use domain::keuzehulp::plan::MAX_TITLE;
use domain::keuzehulp::questions::MAX_QUESTIONS;
use domain::keuzehulp::{Answers, recommend};

/// What the result step shows besides the package.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    /// Field problems.
    pub errors: FieldErrors,
    /// Text that looks like client data.
    pub findings: Vec<Finding>,
    /// Draft the key questions again from the answers.
    pub redraft: bool,
}

#[derive(Template)]
#[template(path = "keuzehulp/result.html")]
struct ResultTemplate {
    ctx: Ctx,
    steps: Vec<String>,
    form: FormView,
    hidden: Vec<(String, String)>,
    package: PackageView,
    chosen: Vec<String>,
    /// Chosen earlier but no longer proposed.
    kept: Vec<MethodLink>,
    ateliers: Vec<(i64, String)>,
    plan: Option<i64>,
    may_arrange: bool,
    findings: Vec<(String, String)>,
}

impl ResultTemplate {
    fn is_chosen(&self, id: &str) -> bool {
        self.chosen.iter().any(|c| c == id)
    }
    fn question_fields(&self) -> Vec<(String, String)> {
        (1..=MAX_QUESTIONS)
            .map(|n| {
                let field = format!("vraag{n}");
                let value = self.form.value(&field).to_owned();
                (field, value)
            })
            .collect()
    }
    fn atelier_chosen(&self, id: &i64) -> bool {
        self.form.value("atelier") == id.to_string()
    }
}

/// The result step. On arrival from the steps the questions are drafted and the proposed
/// methods ticked; once the result form itself was sent (it carries `resultaat`), what the
/// member sent is shown as sent, also when it is empty.
pub(super) async fn result_page(
    state: &WebState,
    ctx: Ctx,
    answers: &Answers,
    submitted: &Submitted,
    shown: Shown,
) -> Result<Response, WebError> {
    let package = recommend(catalogue()?, answers)
        .ok_or(WebError::Page(crate::error::ErrorPage::BadRequest))?;
    let view = PackageView::of(&package, ctx.locale);
    let returning = !submitted.get("resultaat").is_empty();
    let mut pairs = submitted.pairs.clone();
    pairs.retain(|k, _| PLAN_FIELDS.contains(&k.as_str()) || k == "plan");
    if shown.redraft || (!returning && !submitted.has_questions()) {
        for n in 1..=MAX_QUESTIONS {
            pairs.remove(&format!("vraag{n}"));
        }
        for (n, question) in drafted_questions(ctx.locale, answers)
            .into_iter()
            .enumerate()
        {
            pairs.insert(format!("vraag{}", n + 1), question);
        }
    }
    pairs
        .entry("owner".into())
        .or_insert_with(|| "member".into());
    if !returning && pairs.get("title").is_none_or(|t| t.is_empty()) {
        let title = app::i18n::text_with(
            ctx.locale,
            "keuzehulp-default-title",
            &[("what", app::i18n::Arg::Text(&answers.intervention))],
        );
        pairs.insert("title".into(), title.chars().take(MAX_TITLE).collect());
    }
    let chosen = if returning || !submitted.methods.is_empty() {
        submitted.methods.clone()
    } else {
        view.picked()
    };
    let offered = view.offered();
    let kept = catalogue()?
        .methods
        .iter()
        .filter(|m| chosen.contains(&m.id) && !offered.contains(&m.id))
        .map(|m| MethodLink::of(m, ctx.locale))
        .collect();
    let plan = submitted.plan();
    let (mut ateliers, mut may_arrange) = (Vec::new(), true);
    if let Some(user) = &ctx.user {
        ateliers = state.app.plan_ateliers(user).await?;
        if let Some(id) = plan {
            let existing = state.app.plan_view(user, id).await?;
            may_arrange = existing.may_arrange;
            if let (Some(a), Some(name)) = (existing.row.atelier_id, existing.row.atelier_name)
                && !ateliers.iter().any(|(id, _)| *id == a)
            {
                ateliers.push((a, name));
            }
        }
    }
    let findings = shown
        .findings
        .iter()
        .map(|f| (ctx.t_code("guard-sign", f.sign.code(), ""), f.text.clone()))
        .collect();
    let status = if shown.errors.is_empty() && shown.findings.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let form = form_with(ctx.locale, &pairs, shown.errors);
    let steps = step_titles(ctx.locale);
    let hidden: Vec<(String, String)> = answers.to_pairs().into_iter().collect();
    let template = ResultTemplate {
        ctx,
        steps,
        form,
        hidden,
        package: view,
        chosen,
        kept,
        ateliers,
        plan,
        may_arrange,
        findings,
    };
    Ok(render(&template, status))
}
