//! Import and export of measurements: the page with the upload form and the export links, the
//! preview of an upload (every problem by line and column, or the rows ready to save), saving
//! it, the upload back as CSV with a problems column to correct, and CSV and XLSX exports.

use super::id_of;
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::{FormView, render, see_other};
use crate::theories::theory_id;
use app::AppError;
use app::i18n::{self, Arg};
use app::impact::Indicator as IndicatorRow;
use app::impact::impact_path;
use app::impact::import::ImportPreview;
use app::impact::sheets::{write_csv, write_xlsx};
use app::theories::TheoryView;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::Locale;
use domain::impact::import::{Column, Problem};

#[derive(Template)]
#[template(path = "impact/measurements.html")]
struct MeasurementsTemplate {
    ctx: Ctx,
    view: TheoryView,
    indicators: Vec<IndicatorRow>,
    columns: Vec<String>,
    form: FormView,
}

async fn upload_page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    form: FormView,
    status: StatusCode,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let indicators = state.app.indicators(user, id).await?;
    let template = MeasurementsTemplate {
        columns: Column::ALL.iter().map(|c| c.code().to_owned()).collect(),
        view,
        indicators,
        form,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/impact/metingen`.
pub async fn page(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let locale = ctx.locale;
    upload_page(
        &state,
        ctx,
        theory_id(&segment)?,
        FormView::new(locale),
        StatusCode::OK,
    )
    .await
}

/// `POST …/impact/metingen/importeren`: reads and keeps the upload, then shows its preview.
pub async fn upload(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let (mut name, mut bytes) = (String::new(), Vec::new());
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| WebError::Page(ErrorPage::BadRequest))?
    {
        if field.name() == Some("file") {
            name = field.file_name().unwrap_or("upload.csv").to_owned();
            bytes = field
                .bytes()
                .await
                .map_err(|_| WebError::Page(ErrorPage::TooLarge))?
                .to_vec();
        }
    }
    match state.app.stage_measurements(user, id, &name, &bytes).await {
        Ok(staged) => Ok(see_other(
            &format!("{}/metingen/import/{staged}", impact_path(id)),
            None,
            ctx.secure_cookies,
        )),
        Err(AppError::Invalid(errors)) => {
            let form = FormView::new(ctx.locale).errors(errors);
            upload_page(&state, ctx, id, form, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(other) => Err(other.into()),
    }
}

/// A problem as one sentence: line, column, what is wrong, and the text concerned.
pub fn describe(locale: Locale, p: &Problem) -> String {
    let what = i18n::text_with(locale, p.key, &[("detail", Arg::Text(&p.detail))]);
    let column = p.column.map(|c| c.code()).unwrap_or("");
    i18n::text_with(
        locale,
        if column.is_empty() {
            "impact-problem-line"
        } else {
            "impact-problem-cell"
        },
        &[
            ("line", Arg::Number(p.line as i64)),
            ("column", Arg::Text(column)),
            ("what", Arg::Text(&what)),
        ],
    )
}

#[derive(Template)]
#[template(path = "impact/preview.html")]
struct PreviewTemplate {
    ctx: Ctx,
    view: TheoryView,
    preview: ImportPreview,
    problems: Vec<String>,
}

async fn preview_page(
    state: &WebState,
    ctx: Ctx,
    (id, staged): (i64, i64),
    preview: Option<ImportPreview>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.impact_theory(user, id).await?;
    let preview = match preview {
        Some(p) => p,
        None => state.app.import_preview(user, id, staged).await?,
    };
    let status = if preview.problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let problems = preview
        .problems
        .iter()
        .map(|p| describe(ctx.locale, p))
        .collect();
    let template = PreviewTemplate {
        view,
        preview,
        problems,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET …/impact/metingen/import/{staged}`.
pub async fn preview(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, staged)): Path<(String, String)>,
) -> Result<Response, WebError> {
    preview_page(&state, ctx, (theory_id(&segment)?, id_of(&staged)?), None).await
}

/// `POST …/impact/metingen/import/{staged}`: saves it all, or nothing and shows why.
pub async fn commit(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, staged)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (id, staged) = (theory_id(&segment)?, id_of(&staged)?);
    match state.app.commit_import(user, id, staged).await? {
        Ok(_) => Ok(see_other(
            &impact_path(id),
            Some("flash-impact-imported"),
            ctx.secure_cookies,
        )),
        Err(preview) => preview_page(&state, ctx, (id, staged), Some(preview)).await,
    }
}

fn download(content_type: &str, file: &str, body: impl IntoResponse) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// `GET …/impact/metingen/import/{staged}/correcties.csv`: the upload with its problems.
pub async fn corrections(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, staged)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let (id, staged) = (theory_id(&segment)?, id_of(&staged)?);
    let locale = ctx.locale;
    let header = ctx.t("impact-corrections-column");
    let text = state
        .app
        .import_corrections(
            user,
            id,
            staged,
            (&header, |p: &Problem| describe(locale, p)),
        )
        .await?;
    Ok(download("text/csv; charset=utf-8", "correcties.csv", text))
}

/// `GET …/impact/metingen.csv`.
pub async fn export_csv(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let rows = state.app.measurement_rows(user, id).await?;
    Ok(download(
        "text/csv; charset=utf-8",
        &format!("metingen-{id}.csv"),
        write_csv(&rows),
    ))
}

/// `GET …/impact/metingen.xlsx`.
pub async fn export_xlsx(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let rows = state.app.measurement_rows(user, id).await?;
    let bytes = write_xlsx("metingen", &rows)?;
    Ok(download(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &format!("metingen-{id}.xlsx"),
        bytes,
    ))
}
