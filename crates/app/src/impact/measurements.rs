//! Measurements one by one (the same checks as an import: a value that fits the indicator, a
//! subject with consent, no second value for the same moment) and the export of all of them
//! as CSV or XLSX; subjects whose consent was withdrawn have no measurements left to export.

use super::sheets::Cell;
use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::FieldErrors;
use domain::impact::import::{MAX_COMMENT, parse_date};
use domain::impact::indicator::{Perspective, Timepoint, Value};
use domain::impact::sheet::looks_like_formula;
use store::impact::indicators;
use store::impact::measurements::{self, NewMeasurement};
use store::impact::subjects;

/// A measurement as submitted.
#[derive(Debug, Clone, Default)]
pub struct MeasurementInput {
    /// Indicator id.
    pub indicator: String,
    /// Timepoint code.
    pub timepoint: String,
    /// Date.
    pub date: String,
    /// Perspective code.
    pub perspective: String,
    /// Value as typed.
    pub value: String,
    /// Comment.
    pub comment: String,
}

impl App {
    /// Records one measurement of a subject.
    pub async fn record_measurement(
        &self,
        user: &CurrentUser,
        (theory, subject): (i64, i64),
        input: &MeasurementInput,
    ) -> AppResult<()> {
        self.impact_theory(user, theory).await?;
        let row = subjects::find(self.db(), theory, subject)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut e = FieldErrors::new();
        if !row.consents.split(',').any(|c| c == "evaluation") {
            e.add("indicator", "impact-measurement-no-consent");
        }
        let all = indicators::list(self.db(), theory).await?;
        let indicator = all
            .iter()
            .find(|i| input.indicator.parse::<i64>().is_ok_and(|id| id == i.id));
        if indicator.is_none() {
            e.add("indicator", "impact-error-choose");
        }
        let timepoint = Timepoint::from_code(&input.timepoint);
        if timepoint.is_none() {
            e.add("timepoint", "impact-error-choose");
        }
        let date = parse_date(&input.date);
        if date.is_none() {
            e.add("date", "impact-measurement-date");
        }
        let perspective = Perspective::from_code(&input.perspective);
        if perspective.is_none() {
            e.add("perspective", "impact-error-choose");
        }
        let value = indicator.and_then(|i| match super::rule_of(i).check(&input.value) {
            Ok(v) => Some(v),
            Err(p) => {
                e.add("value", p.key());
                None
            }
        });
        let comment = input.comment.trim();
        if comment.chars().count() > MAX_COMMENT {
            e.add_with_limit("comment", "error-too-long", MAX_COMMENT);
        }
        if looks_like_formula(comment) {
            e.add("comment", "impact-measurement-formula");
        }
        let (Some(indicator), Some(timepoint), Some(date), Some(perspective), Some(value)) =
            (indicator, timepoint, date, perspective, value)
        else {
            return Err(AppError::Invalid(e));
        };
        if !e.is_empty() {
            return Err(AppError::Invalid(e));
        }
        self.guard_texts("comment", &[comment])?;
        let (value, answer) = match value {
            Value::Number(n) => (Some(n), String::new()),
            Value::Answer(a) => (None, a),
        };
        let new = NewMeasurement {
            indicator: indicator.id,
            subject,
            timepoint: timepoint.code(),
            measured_on: date,
            perspective: perspective.code(),
            value,
            answer,
            comment: comment.to_owned(),
        };
        let mut tx = self.db().begin().await?;
        if !measurements::consent_stands(&mut tx, &[subject]).await? {
            return Err(AppError::field(
                "indicator",
                "impact-measurement-no-consent",
            ));
        }
        if !measurements::insert_many(&mut tx, &[new], user.user.id.0, self.now()).await? {
            return Err(AppError::field("timepoint", "impact-measurement-exists"));
        }
        tx.commit().await?;
        self.measured(indicator).await
    }

    /// Deletes one measurement of a subject.
    pub async fn delete_measurement(
        &self,
        user: &CurrentUser,
        (theory, subject): (i64, i64),
        id: i64,
    ) -> AppResult<()> {
        self.impact_theory(user, theory).await?;
        subjects::find(self.db(), theory, subject)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut tx = self.db().begin().await?;
        if !measurements::delete(&mut tx, subject, id).await? {
            return Err(AppError::NotFound);
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every measurement of a theory as export rows, with the import's own header so an
    /// export can be corrected and imported elsewhere.
    pub async fn measurement_rows(
        &self,
        user: &CurrentUser,
        theory: i64,
    ) -> AppResult<Vec<Vec<Cell>>> {
        self.impact_theory(user, theory).await?;
        let header = domain::impact::import::Column::ALL
            .iter()
            .map(|c| Cell::Text(c.code().to_owned()));
        let mut rows = vec![header.collect::<Vec<_>>()];
        for m in measurements::for_theory(self.db(), theory).await? {
            let value = match m.value {
                Some(n) => Cell::Number(n),
                None => Cell::Text(m.answer),
            };
            rows.push(vec![
                Cell::Text(m.pseudonym),
                Cell::Text(m.code),
                Cell::Text(m.timepoint),
                Cell::Text(m.measured_on),
                value,
                Cell::Text(m.perspective),
                Cell::Text(m.comment),
            ]);
        }
        Ok(rows)
    }
}
