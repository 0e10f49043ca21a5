//! The impact-question builder: the introduction, one step at a time (forward checks the step,
//! back and the step list keep everything typed), the result with drafted key questions and the
//! recommended package, and saving it as a plan.

use super::result::{Shown, result_page};
use super::view::{Choice, choices};
use crate::WebState;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use app::AppError;
use app::keuzehulp::{SaveOutcome, plan_path};
use askama::Template;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::keuzehulp::answers::STEPS;
use domain::keuzehulp::plan::PlanInput;
use domain::keuzehulp::questions::MAX_QUESTIONS;
use domain::keuzehulp::{Answers, Step};
use domain::{FieldErrors, Locale};
use std::collections::BTreeMap;

/// Fields of the result step that ride along through the other steps.
pub(super) const PLAN_FIELDS: [&str; 9] = [
    "title", "atelier", "owner", "shared", "vraag1", "vraag2", "vraag3", "vraag4", "vraag5",
];

/// Everything the builder form sent.
#[derive(Debug, Clone, Default)]
pub struct Submitted {
    /// Single-valued fields.
    pub pairs: BTreeMap<String, String>,
    /// Chosen method codes (repeated field).
    pub methods: Vec<String>,
}

impl Submitted {
    /// Reads an urlencoded body.
    pub fn parse(body: &[u8]) -> Submitted {
        let mut submitted = Submitted::default();
        for (key, value) in form_urlencoded::parse(body) {
            match key.as_ref() {
                "methods" => submitted.methods.push(value.into_owned()),
                "csrf" => {}
                _ => {
                    submitted.pairs.insert(key.into_owned(), value.into_owned());
                }
            }
        }
        submitted
    }

    /// A single-valued field, empty when absent.
    pub fn get(&self, key: &str) -> &str {
        self.pairs.get(key).map(String::as_str).unwrap_or("")
    }

    /// The plan being edited, if any.
    pub fn plan(&self) -> Option<i64> {
        self.get("plan").parse().ok()
    }

    /// The plan fields.
    pub fn plan_input(&self) -> PlanInput {
        PlanInput {
            title: self.get("title").to_owned(),
            questions: (1..=MAX_QUESTIONS)
                .map(|n| self.get(&format!("vraag{n}")).to_owned())
                .collect(),
            methods: self.methods.clone(),
            atelier: self.get("atelier").to_owned(),
            owner: self.get("owner").to_owned(),
            shared: !self.get("shared").is_empty(),
        }
    }

    /// True when some key question was sent.
    pub fn has_questions(&self) -> bool {
        (1..=MAX_QUESTIONS).any(|n| !self.get(&format!("vraag{n}")).trim().is_empty())
    }
}

#[derive(Template)]
#[template(path = "keuzehulp/intro.html")]
struct IntroTemplate {
    ctx: Ctx,
    steps: Vec<String>,
}

/// The titles of the steps, in order.
pub(super) fn step_titles(locale: Locale) -> Vec<String> {
    (1..=STEPS)
        .map(|n| app::i18n::text(locale, &format!("keuzehulp-step-{n}")))
        .collect()
}

/// `GET /keuzehulp`: what it is, and a button to start.
pub async fn intro(ctx: Ctx) -> Response {
    let steps = step_titles(ctx.locale);
    render(&IntroTemplate { ctx, steps }, StatusCode::OK)
}

#[derive(Template)]
#[template(path = "keuzehulp/step.html")]
struct StepTemplate {
    ctx: Ctx,
    step: usize,
    steps: Vec<String>,
    form: FormView,
    hidden: Vec<(String, String)>,
    methods: Vec<String>,
}

impl StepTemplate {
    fn choices(&self, field: &str) -> Vec<Choice> {
        choices(self.ctx.locale, field)
    }
    fn step_i64(&self) -> i64 {
        i64::try_from(self.step).unwrap_or(1)
    }
}

/// Puts every submitted value in the form view (field names live as long as the steps list).
pub(super) fn form_with(
    locale: Locale,
    pairs: &BTreeMap<String, String>,
    errors: FieldErrors,
) -> FormView {
    let mut form = FormView::new(locale);
    for field in (1..=STEPS)
        .flat_map(|n| Step(n).fields().iter())
        .chain(PLAN_FIELDS.iter())
    {
        if let Some(value) = pairs.get(*field) {
            form = form.value_of(field, value);
        }
    }
    form.errors(errors)
}

pub(super) fn step_page(
    ctx: Ctx,
    step: Step,
    answers: &Answers,
    submitted: &Submitted,
    errors: FieldErrors,
) -> Response {
    let mut pairs = submitted.pairs.clone();
    pairs.retain(|k, _| PLAN_FIELDS.contains(&k.as_str()) || k == "plan");
    pairs.extend(answers.to_pairs());
    let own = step.fields();
    let hidden = pairs
        .iter()
        .filter(|(k, _)| !own.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let form = form_with(ctx.locale, &pairs, errors);
    let steps = step_titles(ctx.locale);
    render(
        &StepTemplate {
            ctx,
            step: step.0,
            steps,
            form,
            hidden,
            methods: submitted.methods.clone(),
        },
        status,
    )
}

/// Where a press of a button in the builder leads.
enum Go {
    Back,
    Forward,
    To(usize),
    Redraft,
}

fn go(value: &str) -> Go {
    match value {
        "terug" => Go::Back,
        "vragen-opnieuw" => Go::Redraft,
        other => match other.strip_prefix("naar-").and_then(|n| n.parse().ok()) {
            Some(n) => Go::To(n),
            None => Go::Forward,
        },
    }
}

/// `POST /keuzehulp`: the next, previous or chosen step.
pub async fn step(
    State(state): State<WebState>,
    ctx: Ctx,
    body: Bytes,
) -> Result<Response, WebError> {
    let submitted = Submitted::parse(&body);
    let mut answers = Answers::from_pairs(&submitted.pairs);
    let current = Step::from_number(submitted.get("stap").parse().unwrap_or(0));
    let target = match go(submitted.get("ga")) {
        Go::Back => {
            return Ok(step_page(
                ctx,
                Step(current.0.saturating_sub(1).max(1)),
                &answers,
                &submitted,
                FieldErrors::new(),
            ));
        }
        Go::Redraft => STEPS,
        Go::To(n) if n <= current.0 && n < STEPS => {
            return Ok(step_page(
                ctx,
                Step::from_number(n),
                &answers,
                &submitted,
                FieldErrors::new(),
            ));
        }
        Go::To(n) => n.min(STEPS),
        Go::Forward => current.0 + 1,
    };
    if current.0 < STEPS {
        let errors = answers.check_step(current);
        if !errors.is_empty() {
            return Ok(step_page(ctx, current, &answers, &submitted, errors));
        }
    }
    // Jumping ahead stops at the first step that still needs an answer; when something was
    // typed there already, the step says what is still wrong.
    if let Some(open) = answers.first_incomplete_step().filter(|s| s.0 < target) {
        let started = open
            .fields()
            .iter()
            .any(|f| submitted.pairs.get(*f).is_some_and(|v| !v.is_empty()));
        let errors = if started {
            answers.clone().check_step(open)
        } else {
            FieldErrors::new()
        };
        return Ok(step_page(ctx, open, &answers, &submitted, errors));
    }
    if target >= STEPS {
        let redraft = matches!(go(submitted.get("ga")), Go::Redraft);
        let shown = Shown {
            redraft,
            ..Shown::default()
        };
        return result_page(&state, ctx, &answers, &submitted, shown).await;
    }
    Ok(step_page(
        ctx,
        Step(target),
        &answers,
        &submitted,
        FieldErrors::new(),
    ))
}

/// `POST /keuzehulp/opslaan`: save as a new plan or as changes to the plan being edited.
pub async fn save(
    State(state): State<WebState>,
    ctx: Ctx,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = crate::accounts::require_user(&ctx)?;
    let submitted = Submitted::parse(&body);
    let answers = Answers::from_pairs(&submitted.pairs);
    if let Some(open) = answers.first_incomplete_step() {
        let errors = answers.clone().check_step(open);
        return Ok(step_page(ctx, open, &answers, &submitted, errors));
    }
    let confirmed = !submitted.get("confirmed").is_empty();
    match state
        .app
        .save_plan(
            user,
            submitted.plan(),
            &answers,
            &submitted.plan_input(),
            confirmed,
        )
        .await
    {
        Ok(SaveOutcome::Saved(id)) => Ok(see_other(
            &plan_path(id),
            Some("flash-plan-saved"),
            ctx.secure_cookies,
        )),
        Ok(SaveOutcome::Check(findings)) => {
            let shown = Shown {
                findings,
                ..Shown::default()
            };
            result_page(&state, ctx, &answers, &submitted, shown).await
        }
        Err(AppError::Invalid(errors)) => {
            let shown = Shown {
                errors,
                ..Shown::default()
            };
            result_page(&state, ctx, &answers, &submitted, shown).await
        }
        Err(other) => Err(other.into()),
    }
}
