//! Scoring a person on an instrument: the levels chosen per item (or GAS goal) become one value
//! of the indicator, saved with the item scores in one transaction after the person's consent
//! is checked again; and what the person's scoring page shows.

use super::instruments::{GoalRow, InstrumentView, ScoreRow};
use super::rule_of;
use crate::accounts::CurrentUser;
use crate::theories::TheoryView;
use crate::{App, AppError, AppResult};
use domain::FieldErrors;
use domain::impact::import::{MAX_COMMENT, parse_date};
use domain::impact::indicator::{IndicatorKind, Perspective, Timepoint};
use domain::impact::instrument::InstrumentKind;
use domain::impact::sheet::looks_like_formula;
use std::collections::HashMap;
use store::impact::instruments::{self, NewScore};
use store::impact::measurements::{self, NewMeasurement};
use store::impact::subjects;

/// A person's scoring page: the theory, the instrument, the person's pseudonym, GAS goals and
/// every item or goal score so far.
#[derive(Debug, Clone)]
pub struct ScoringData {
    /// The theory.
    pub view: TheoryView,
    /// The instrument.
    pub instrument: InstrumentView,
    /// The person.
    pub pseudonym: String,
    /// Their GAS goals (none for other kinds).
    pub goals: Vec<GoalRow>,
    /// Their item and goal scores.
    pub scores: Vec<ScoreRow>,
}

/// A scoring as submitted: the moment, and the level chosen per item or goal id.
#[derive(Debug, Clone, Default)]
pub struct ScoringInput {
    /// Timepoint code.
    pub timepoint: String,
    /// Date.
    pub date: String,
    /// Perspective code.
    pub perspective: String,
    /// Comment.
    pub comment: String,
    /// Level per item or goal id, as typed.
    pub levels: HashMap<i64, String>,
}

impl App {
    /// What a person's scoring page shows, with the team's rights checked once.
    pub async fn scoring_data(
        &self,
        user: &CurrentUser,
        (theory, id, subject): (i64, i64, i64),
    ) -> AppResult<ScoringData> {
        let view = self.impact_theory(user, theory).await?;
        let instrument = self.load_instrument(theory, id).await?;
        let person = subjects::find(self.db(), theory, subject)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(ScoringData {
            goals: instruments::goals(self.db(), id, subject).await?,
            scores: instruments::scores(self.db(), &instrument.row, subject).await?,
            view,
            instrument,
            pseudonym: person.pseudonym,
        })
    }

    /// Scores a person on an instrument: every item (or goal) needs a level; the mean, sum or
    /// T-score must fit the indicator; the person's consent is checked again in the saving
    /// transaction. Problems about the levels are reported on the field `levels`.
    pub async fn score_instrument(
        &self,
        user: &CurrentUser,
        (theory, id, subject): (i64, i64, i64),
        input: &ScoringInput,
    ) -> AppResult<()> {
        let view = self.instrument(user, theory, id).await?;
        let person = subjects::find(self.db(), theory, subject)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut e = FieldErrors::new();
        // The indicator may have been changed to another kind since the instrument was built.
        if IndicatorKind::from_code(&view.indicator.kind) != Some(IndicatorKind::Scale) {
            e.add("levels", "impact-instrument-not-scale");
        }
        if !person.consents.split(',').any(|c| c == "evaluation") {
            e.add("timepoint", "impact-measurement-no-consent");
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
        let comment = input.comment.trim();
        if comment.chars().count() > MAX_COMMENT {
            e.add_with_limit("comment", "error-too-long", MAX_COMMENT);
        }
        if looks_like_formula(comment) {
            e.add("comment", "impact-measurement-formula");
        }
        // (weight, level) per item or goal, with the score rows to save.
        let parts: Vec<(i64, f64, bool)> = if view.spec.kind == InstrumentKind::Gas {
            instruments::goals(self.db(), id, subject)
                .await?
                .iter()
                .map(|g| (g.id, g.weight, true))
                .collect()
        } else {
            view.items.iter().map(|i| (i.id, 1.0, false)).collect()
        };
        if parts.is_empty() {
            e.add("levels", "impact-instrument-nothing-to-score");
        }
        let mut weighted = Vec::new();
        let mut scores: Vec<NewScore> = Vec::new();
        for (part, weight, goal) in &parts {
            match input.levels.get(part).and_then(|l| view.spec.level(l)) {
                Some(level) => {
                    weighted.push((*weight, level));
                    scores.push(if *goal {
                        (None, Some(*part), level)
                    } else {
                        (Some(*part), None, level)
                    });
                }
                None => {
                    if e.for_field("levels").is_none() {
                        e.add("levels", "impact-instrument-unanswered");
                    }
                }
            }
        }
        let total = view.spec.total(&weighted);
        if e.is_empty()
            && total.is_none_or(|t| rule_of(&view.indicator).check(&t.to_string()).is_err())
        {
            e.add("levels", "impact-instrument-out-of-scale");
        }
        let (Some(timepoint), Some(date), Some(perspective), Some(total)) =
            (timepoint, date, perspective, total)
        else {
            return Err(AppError::Invalid(e));
        };
        if !e.is_empty() {
            return Err(AppError::Invalid(e));
        }
        self.guard_texts("comment", &[comment])?;
        let new = NewMeasurement {
            indicator: view.indicator.id,
            subject,
            timepoint: timepoint.code(),
            measured_on: date,
            perspective: perspective.code(),
            value: Some(total),
            answer: String::new(),
            comment: comment.to_owned(),
        };
        let mut tx = self.db().begin().await?;
        if !measurements::consent_stands(&mut tx, &[subject]).await? {
            return Err(AppError::field(
                "timepoint",
                "impact-measurement-no-consent",
            ));
        }
        if !instruments::save_scoring(&mut tx, &new, &scores, user.user.id.0, self.now()).await? {
            return Err(AppError::field("timepoint", "impact-measurement-exists"));
        }
        tx.commit().await?;
        self.measured(&view.indicator).await
    }
}
