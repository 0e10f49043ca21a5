//! Importing measurements from CSV or XLSX: the upload is read and kept (staged) so the user
//! can see a preview and every problem by line, and correct it; it is checked again against
//! the data of the moment and saved in one transaction only when every row is clean.

use super::sheets::read_upload;
use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::impact::import::{self, CheckedRow, Known, KnownIndicator, Problem};
use domain::impact::indicator::{Perspective, Timepoint, Value};
use domain::impact::sheet::{Record, csv_line};
use store::impact::indicators;
use store::impact::measurements::{self, NewMeasurement};
use store::impact::subjects;

/// Staged uploads older than this are dropped (hourly by the job worker).
pub const STAGED_SECS: i64 = 7 * 24 * 3600;
/// Rows shown in a preview.
pub const PREVIEW_ROWS: usize = 20;

/// What an upload would do.
#[derive(Debug, Clone)]
pub struct ImportPreview {
    /// The staged upload.
    pub staged: i64,
    /// Its file name.
    pub file_name: String,
    /// Every problem, by line (empty: ready to save).
    pub problems: Vec<Problem>,
    /// Rows that would be saved.
    pub rows: usize,
    /// The first rows as read, for the preview.
    pub sample: Vec<Record>,
}

impl App {
    /// Reads and keeps an upload; returns its staged id. An unreadable file is refused at once.
    pub async fn stage_measurements(
        &self,
        user: &CurrentUser,
        theory: i64,
        file_name: &str,
        bytes: &[u8],
    ) -> AppResult<i64> {
        self.impact_theory(user, theory).await?;
        let records = read_upload(file_name, bytes)?;
        let cells = serde_json::to_string(
            &records
                .iter()
                .map(|r| (r.line, &r.cells))
                .collect::<Vec<_>>(),
        )
        .map_err(|e| AppError::Content(e.to_string()))?;
        let name: String = file_name.chars().take(120).collect();
        Ok(measurements::stage_import(
            self.db(),
            (theory, user.user.id.0),
            &name,
            &cells,
            self.now(),
        )
        .await?)
    }

    async fn staged_records(
        &self,
        user: &CurrentUser,
        theory: i64,
        staged: i64,
    ) -> AppResult<(String, Vec<Record>)> {
        let (file_name, cells) = measurements::staged_import(
            self.db(),
            (theory, user.user.id.0),
            staged,
            self.now() - STAGED_SECS,
        )
        .await?
        .ok_or(AppError::NotFound)?;
        let rows: Vec<(usize, Vec<String>)> =
            serde_json::from_str(&cells).map_err(|e| AppError::Content(e.to_string()))?;
        Ok((
            file_name,
            rows.into_iter()
                .map(|(line, cells)| Record { line, cells })
                .collect(),
        ))
    }

    async fn known(&self, theory: i64) -> AppResult<Known> {
        let mut known = Known::default();
        for i in indicators::list(self.db(), theory).await? {
            let rule = super::rule_of(&i);
            known
                .indicators
                .insert(i.code.clone(), KnownIndicator { id: i.id, rule });
        }
        for (pseudonym, id, consent) in subjects::by_pseudonym(self.db(), theory).await? {
            known.subjects.insert(pseudonym, (id, consent));
        }
        for (indicator, subject, timepoint, perspective) in
            measurements::keys(self.db(), theory).await?
        {
            if let (Some(t), Some(p)) = (
                Timepoint::from_code(&timepoint),
                Perspective::from_code(&perspective),
            ) {
                known.existing.insert((indicator, subject, t, p));
            }
        }
        Ok(known)
    }

    /// The preview of a staged upload, checked against the data of now.
    pub async fn import_preview(
        &self,
        user: &CurrentUser,
        theory: i64,
        staged: i64,
    ) -> AppResult<ImportPreview> {
        self.impact_theory(user, theory).await?;
        let (file_name, records) = self.staged_records(user, theory, staged).await?;
        let (problems, rows) = match import::check(&records, &self.known(theory).await?) {
            Ok(rows) => (Vec::new(), rows.len()),
            Err(problems) => (problems, 0),
        };
        Ok(ImportPreview {
            staged,
            file_name,
            problems,
            rows,
            sample: records.into_iter().take(PREVIEW_ROWS + 1).collect(),
        })
    }

    /// Saves a staged upload when every row is clean (all or nothing); returns how many rows.
    /// With problems nothing is saved and the preview (with them) comes back as the error.
    pub async fn commit_import(
        &self,
        user: &CurrentUser,
        theory: i64,
        staged: i64,
    ) -> AppResult<Result<usize, ImportPreview>> {
        let preview = self.import_preview(user, theory, staged).await?;
        if !preview.problems.is_empty() {
            return Ok(Err(preview));
        }
        let (_, records) = self.staged_records(user, theory, staged).await?;
        let known = self.known(theory).await?;
        let rows = match import::check(&records, &known) {
            Ok(rows) => rows,
            Err(problems) => {
                return Ok(Err(ImportPreview {
                    problems,
                    ..preview
                }));
            }
        };
        let new: Vec<NewMeasurement> = rows.iter().map(new_measurement).collect();
        let subjects: Vec<i64> = new.iter().map(|m| m.subject).collect();
        let mut tx = self.db().begin().await?;
        // Checked again in the transaction: a consent withdrawn meanwhile, or a measurement
        // saved meanwhile, leaves nothing of this import behind.
        if !measurements::consent_stands(&mut tx, &subjects).await?
            || !measurements::insert_many(&mut tx, &new, user.user.id.0, self.now()).await?
        {
            let changed = Problem {
                line: 1,
                column: None,
                key: "impact-import-changed",
                detail: String::new(),
            };
            return Ok(Err(ImportPreview {
                problems: vec![changed],
                ..preview
            }));
        }
        tx.commit().await?;
        measurements::drop_import(self.db(), staged, self.now() - STAGED_SECS).await?;
        for indicator in indicators::list(self.db(), theory).await? {
            if rows.iter().any(|r| r.indicator == indicator.id) {
                self.measured(&indicator).await?;
            }
        }
        Ok(Ok(rows.len()))
    }

    /// The staged upload as CSV with a column of its problems per line, to correct and upload
    /// again.
    pub async fn import_corrections(
        &self,
        user: &CurrentUser,
        theory: i64,
        staged: i64,
        (header, describe): (&str, impl Fn(&Problem) -> String),
    ) -> AppResult<String> {
        let preview = self.import_preview(user, theory, staged).await?;
        let (_, records) = self.staged_records(user, theory, staged).await?;
        let mut out = String::from("\u{feff}");
        for (i, record) in records.iter().enumerate() {
            let mut cells: Vec<String> = record
                .cells
                .iter()
                .map(|c| domain::impact::sheet::safe_cell(c))
                .collect();
            let notes: Vec<String> = preview
                .problems
                .iter()
                .filter(|p| p.line == record.line)
                .map(&describe)
                .collect();
            cells.push(if i == 0 && notes.is_empty() {
                header.to_owned()
            } else {
                notes.join(" | ")
            });
            out.push_str(&csv_line(&cells));
        }
        Ok(out)
    }
}

fn new_measurement(row: &CheckedRow) -> NewMeasurement {
    let (value, answer) = match &row.value {
        Value::Number(n) => (Some(*n), String::new()),
        Value::Answer(a) => (None, a.clone()),
    };
    NewMeasurement {
        indicator: row.indicator,
        subject: row.subject,
        timepoint: row.timepoint.code(),
        measured_on: row.date.clone(),
        perspective: row.perspective.code(),
        value,
        answer,
        comment: row.comment.clone(),
    }
}
