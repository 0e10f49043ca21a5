//! The people pages: the list of pseudonyms with their consent and a form to add one (with the
//! attributes results are broken down by), and one person's page with their measurements, a
//! form to add one, and consent given or withdrawn per purpose.

use super::id_of;
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render, see_other};
use crate::theories::{fields, theory_id};
use app::AppError;
use app::impact::Indicator as IndicatorRow;
use app::impact::SubjectRow;
use app::impact::impact_path;
use app::impact::measurements::MeasurementInput;
use app::impact::subjects::{SubjectInput, SubjectView};
use app::theories::TheoryView;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::impact::indicator::Purpose;

#[derive(Template)]
#[template(path = "impact/subjects.html")]
struct SubjectsTemplate {
    ctx: Ctx,
    view: TheoryView,
    subjects: Vec<SubjectRow>,
    dimensions: Vec<String>,
    form: FormView,
    /// Attribute values as typed, by dimension.
    typed: Vec<(String, String)>,
}

impl SubjectsTemplate {
    fn typed_value(&self, dimension: &str) -> String {
        self.typed
            .iter()
            .find(|(d, _)| d == dimension)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

fn purposes(ctx: &Ctx, codes: &str) -> String {
    codes
        .split(',')
        .filter(|c| !c.is_empty())
        .map(|c| ctx.t_code("impact-purpose", c, ""))
        .collect::<Vec<_>>()
        .join(", ")
}

async fn list_page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    (form, typed): (FormView, Vec<(String, String)>),
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let subjects = state.app.subjects(user, id).await?;
    let dimensions = state.app.impact_dimensions(id).await?;
    let template = SubjectsTemplate {
        view,
        subjects,
        dimensions,
        form,
        typed,
        ctx,
    };
    Ok(render(&template, status))
}

impl SubjectsTemplate {
    fn consents(&self, codes: &str) -> String {
        purposes(&self.ctx, codes)
    }
}

/// `GET …/impact/personen`.
pub async fn list(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let form = FormView::new(ctx.locale).value_of("consent_evaluation", "1");
    list_page(
        &state,
        ctx,
        theory_id(&segment)?,
        (form, Vec::new()),
        StatusCode::OK,
    )
    .await
}

/// `POST …/impact/personen`: adds a pseudonym.
pub async fn create(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let attributes: Vec<(String, String)> = f
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix("attr_")?.to_owned(), v.clone())))
        .collect();
    let consents = Purpose::ALL
        .iter()
        .filter(|p| !get(&format!("consent_{}", p.code())).is_empty())
        .copied()
        .collect();
    let input = SubjectInput {
        pseudonym: get("pseudonym"),
        attributes: attributes.clone(),
        consents,
    };
    match state.app.add_subject(user, id, &input).await {
        Ok(sid) => Ok(see_other(
            &format!("{}/personen/{sid}", impact_path(id)),
            Some("flash-impact-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let mut form = FormView::new(ctx.locale).value_of("pseudonym", &input.pseudonym);
            for p in Purpose::ALL {
                let name: &'static str = match p {
                    Purpose::Evaluation => "consent_evaluation",
                    Purpose::Report => "consent_report",
                    Purpose::Sharing => "consent_sharing",
                };
                form = form.value_of(name, &get(name));
            }
            let form = form.errors(errors);
            list_page(
                &state,
                ctx,
                id,
                (form, attributes),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "impact/subject.html")]
struct SubjectTemplate {
    ctx: Ctx,
    view: TheoryView,
    subject: SubjectView,
    indicators: Vec<IndicatorRow>,
    /// Instruments the person can be scored on: (instrument id, kind, indicator).
    instruments: Vec<(i64, String, IndicatorRow)>,
    form: FormView,
    /// Differences between the client's and the worker's score, as sentences.
    differences: Vec<String>,
}

impl SubjectTemplate {
    fn has_consent(&self, purpose: &str) -> bool {
        self.subject.row.consents.split(',').any(|c| c == purpose)
    }

    fn timepoints(&self) -> Vec<(String, String)> {
        super::timepoint_options(&self.ctx)
    }

    fn perspectives(&self) -> Vec<(String, String)> {
        super::perspective_options(&self.ctx)
    }

    fn purposes(&self) -> Vec<(String, String)> {
        Purpose::ALL
            .iter()
            .map(|p| {
                (
                    p.code().to_owned(),
                    self.ctx.t_code("impact-purpose", p.code(), ""),
                )
            })
            .collect()
    }

    fn perspective_name(&self, code: &str) -> String {
        super::perspective_name(&self.ctx, code)
    }

    fn value_text(&self, value: &Option<f64>, answer: &str) -> String {
        value.map_or_else(|| answer.to_owned(), |v| super::figure(v, self.ctx.locale))
    }
}

/// Where the client's and worker's scores for the same moment differ: one sentence each.
fn differences(ctx: &Ctx, subject: &SubjectView) -> Vec<String> {
    let ms = &subject.measurements;
    ms.iter()
        .filter(|m| m.perspective == "client")
        .filter_map(|c| {
            let w = ms.iter().find(|w| {
                w.perspective == "worker"
                    && w.indicator_id == c.indicator_id
                    && w.timepoint == c.timepoint
            })?;
            let (cv, wv) = (c.value?, w.value?);
            ((cv - wv).abs() > f64::EPSILON).then(|| {
                app::i18n::text_with(
                    ctx.locale,
                    "impact-difference",
                    &[
                        ("code", app::i18n::Arg::Text(&c.code)),
                        (
                            "timepoint",
                            app::i18n::Arg::Text(&ctx.t_code("impact-timepoint", &c.timepoint, "")),
                        ),
                        (
                            "client",
                            app::i18n::Arg::Text(&super::figure(cv, ctx.locale)),
                        ),
                        (
                            "worker",
                            app::i18n::Arg::Text(&super::figure(wv, ctx.locale)),
                        ),
                    ],
                )
            })
        })
        .collect()
}

async fn subject_page(
    state: &WebState,
    ctx: Ctx,
    (id, sid): (i64, i64),
    form: FormView,
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let subject = state.app.subject(user, id, sid).await?;
    let indicators = state.app.indicators(user, id).await?;
    let instruments = state
        .app
        .instruments(user, id)
        .await?
        .into_iter()
        .map(|(n, i)| (n.id, n.kind, i))
        .collect();
    let template = SubjectTemplate {
        instruments,
        differences: differences(&ctx, &subject),
        view,
        subject,
        indicators,
        form,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/impact/personen/{sid}`.
pub async fn show(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, sid)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let form = FormView::new(ctx.locale).value_of("timepoint", "baseline");
    subject_page(
        &state,
        ctx,
        (theory_id(&segment)?, id_of(&sid)?),
        form,
        StatusCode::OK,
    )
    .await
}

/// `POST …/impact/personen/{sid}/metingen`: one measurement.
pub async fn measure(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, sid)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (id, sid) = (theory_id(&segment)?, id_of(&sid)?);
    let f = fields(&body);
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let input = MeasurementInput {
        indicator: get("indicator"),
        timepoint: get("timepoint"),
        date: get("date"),
        perspective: get("perspective"),
        value: get("value"),
        comment: get("comment"),
    };
    match state.app.record_measurement(user, (id, sid), &input).await {
        Ok(()) => Ok(see_other(
            &format!("{}/personen/{sid}", impact_path(id)),
            Some("flash-impact-saved"),
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale)
                .value_of("indicator", &input.indicator)
                .value_of("timepoint", &input.timepoint)
                .value_of("date", &input.date)
                .value_of("perspective", &input.perspective)
                .value_of("value", &input.value)
                .value_of("comment", &input.comment)
                .errors(errors);
            subject_page(
                &state,
                ctx,
                (id, sid),
                form,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/impact/personen/{sid}/metingen/{mid}/verwijderen`.
pub async fn delete_measurement(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, sid, mid)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (id, sid) = (theory_id(&segment)?, id_of(&sid)?);
    state
        .app
        .delete_measurement(user, (id, sid), id_of(&mid)?)
        .await?;
    Ok(see_other(
        &format!("{}/personen/{sid}", impact_path(id)),
        Some("flash-impact-deleted"),
        ctx.secure_cookies,
    ))
}

/// `POST …/impact/personen/{sid}/toestemming`: consent given (`given=1`) or withdrawn.
pub async fn consent(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, sid)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (id, sid) = (theory_id(&segment)?, id_of(&sid)?);
    let f = fields(&body);
    let purpose = f
        .get("purpose")
        .and_then(|p| Purpose::from_code(p))
        .ok_or(WebError::Page(crate::error::ErrorPage::BadRequest))?;
    let given = f.get("given").is_some_and(|g| g == "1");
    state
        .app
        .set_consent(user, (id, sid), purpose, given)
        .await?;
    let flash = if given {
        "flash-impact-consent-given"
    } else {
        "flash-impact-consent-withdrawn"
    };
    Ok(see_other(
        &format!("{}/personen/{sid}", impact_path(id)),
        Some(flash),
        ctx.secure_cookies,
    ))
}
