//! Instruments a team builds for its scale indicators, GAS goals per person, and scorings: the
//! levels chosen per item (or goal) become one value of the indicator, saved with the item
//! scores in one transaction, after the person's consent is checked again.

use super::{Indicator, rule_of};
use crate::accounts::CurrentUser;
use crate::theories::TheoryView;
use crate::{App, AppError, AppResult};
use domain::FieldErrors;
use domain::impact::import::{MAX_COMMENT, parse_date};
use domain::impact::indicator::{IndicatorKind, Perspective, Timepoint};
use domain::impact::instrument::{
    GoalInput, InstrumentInput, InstrumentKind, InstrumentSpec, Scoring,
};
use domain::impact::sheet::looks_like_formula;
use std::collections::HashMap;
use store::impact::indicators;
use store::impact::instruments::{self, NewScore};
use store::impact::measurements::{self, NewMeasurement};
use store::impact::subjects;

pub use store::impact::instruments::{GoalRow, InstrumentRow, ItemRow, ScoreRow};

/// An instrument with its indicator and items.
#[derive(Debug, Clone)]
pub struct InstrumentView {
    /// The instrument.
    pub row: InstrumentRow,
    /// Its rules.
    pub spec: InstrumentSpec,
    /// The indicator it scores.
    pub indicator: Indicator,
    /// Its items, in order.
    pub items: Vec<ItemRow>,
}

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

/// The rules of a stored instrument.
pub fn spec_of(row: &InstrumentRow) -> InstrumentSpec {
    InstrumentSpec {
        kind: InstrumentKind::from_code(&row.kind).unwrap_or(InstrumentKind::Likert),
        level_min: row.level_min,
        level_max: row.level_max,
        scoring: Scoring::from_code(&row.scoring).unwrap_or(Scoring::Mean),
        anchors: domain::impact::instrument::lines(&row.anchors),
        instructions: row.instructions.clone(),
    }
}

impl App {
    /// The instruments of a theory with their indicators.
    pub async fn instruments(
        &self,
        user: &CurrentUser,
        theory: i64,
    ) -> AppResult<Vec<(InstrumentRow, Indicator)>> {
        self.impact_theory(user, theory).await?;
        let all = indicators::list(self.db(), theory).await?;
        Ok(instruments::list(self.db(), theory)
            .await?
            .into_iter()
            .filter_map(|n| {
                let i = all.iter().find(|i| i.id == n.indicator_id)?.clone();
                Some((n, i))
            })
            .collect())
    }

    /// Builds an instrument for a scale indicator of the theory that has none; returns its id.
    pub async fn save_instrument(
        &self,
        user: &CurrentUser,
        theory: i64,
        indicator: &str,
        input: &InstrumentInput,
    ) -> AppResult<i64> {
        self.impact_theory(user, theory).await?;
        let all = indicators::list(self.db(), theory).await?;
        let chosen = all.iter().find(|i| {
            indicator.parse::<i64>().is_ok_and(|id| id == i.id)
                && IndicatorKind::from_code(&i.kind) == Some(IndicatorKind::Scale)
        });
        let scale = chosen.map_or((None, None), |i| (i.scale_min, i.scale_max));
        let mut e = match input.validate(scale) {
            Ok(spec) => match chosen {
                Some(i) => {
                    self.guard_texts("instructions", &[&spec.instructions])?;
                    let anchors: Vec<&str> = spec.anchors.iter().map(String::as_str).collect();
                    self.guard_texts("anchors", &anchors)?;
                    let row = InstrumentRow {
                        id: 0,
                        indicator_id: i.id,
                        kind: spec.kind.code().to_owned(),
                        level_min: spec.level_min,
                        level_max: spec.level_max,
                        scoring: spec.scoring.code().to_owned(),
                        anchors: spec.anchors.join("\n"),
                        instructions: spec.instructions,
                    };
                    return instruments::insert(self.db(), &row, self.now())
                        .await?
                        .ok_or_else(|| AppError::field("indicator", "impact-instrument-exists"));
                }
                None => FieldErrors::new(),
            },
            Err(e) => e,
        };
        if chosen.is_none() {
            e.add("indicator", "impact-instrument-indicator");
        }
        Err(AppError::Invalid(e))
    }

    /// One instrument of a theory with its indicator and items.
    pub async fn instrument(
        &self,
        user: &CurrentUser,
        theory: i64,
        id: i64,
    ) -> AppResult<InstrumentView> {
        self.impact_theory(user, theory).await?;
        self.load_instrument(theory, id).await
    }

    /// One instrument of a theory, without a rights check (callers check).
    async fn load_instrument(&self, theory: i64, id: i64) -> AppResult<InstrumentView> {
        let row = instruments::find(self.db(), theory, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let indicator = indicators::list(self.db(), theory)
            .await?
            .into_iter()
            .find(|i| i.id == row.indicator_id)
            .ok_or(AppError::NotFound)?;
        Ok(InstrumentView {
            spec: spec_of(&row),
            items: instruments::items(self.db(), row.id).await?,
            row,
            indicator,
        })
    }

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

    /// Deletes an instrument; the values it produced stay with the indicator.
    pub async fn delete_instrument(
        &self,
        user: &CurrentUser,
        theory: i64,
        id: i64,
    ) -> AppResult<()> {
        self.impact_theory(user, theory).await?;
        if !instruments::delete(self.db(), theory, id).await? {
            return Err(AppError::NotFound);
        }
        Ok(())
    }

    /// Adds an item (statement, domain, ladder or dimension) to an instrument.
    pub async fn add_instrument_item(
        &self,
        user: &CurrentUser,
        (theory, id): (i64, i64),
        label: &str,
        criteria: &str,
    ) -> AppResult<i64> {
        let view = self.instrument(user, theory, id).await?;
        let (label, criteria) = view
            .spec
            .item(label, criteria, view.items.len())
            .map_err(AppError::Invalid)?;
        self.guard_texts("label", &[&label])?;
        let criteria_texts: Vec<&str> = criteria.iter().map(String::as_str).collect();
        self.guard_texts("criteria", &criteria_texts)?;
        Ok(instruments::add_item(self.db(), id, &label, &criteria.join("\n")).await?)
    }

    /// Deletes an item that was never scored; a scored one stays (with a clear refusal).
    pub async fn delete_instrument_item(
        &self,
        user: &CurrentUser,
        (theory, id): (i64, i64),
        item: i64,
    ) -> AppResult<()> {
        self.instrument(user, theory, id).await?;
        if !instruments::delete_item(self.db(), id, item).await? {
            return Err(AppError::field("label", "impact-instrument-item-scored"));
        }
        Ok(())
    }

    /// Sets a GAS goal with a person who agreed to the evaluation.
    pub async fn add_gas_goal(
        &self,
        user: &CurrentUser,
        (theory, id, subject): (i64, i64, i64),
        input: &GoalInput,
    ) -> AppResult<i64> {
        let view = self.instrument(user, theory, id).await?;
        let person = subjects::find(self.db(), theory, subject)
            .await?
            .ok_or(AppError::NotFound)?;
        if view.spec.kind != InstrumentKind::Gas {
            return Err(AppError::NotFound);
        }
        if !person.consents.split(',').any(|c| c == "evaluation") {
            return Err(AppError::field("goal", "impact-measurement-no-consent"));
        }
        let count = instruments::goals(self.db(), id, subject).await?.len();
        let (goal, weight, expected) = input.validate(count).map_err(AppError::Invalid)?;
        self.guard_texts("goal", &[&goal])?;
        self.guard_texts("expected", &[&expected])?;
        // Consent is checked again where the goal is saved, as for measurements: a withdrawal
        // meanwhile either waits and deletes it, or is seen and nothing is saved.
        let mut tx = self.db().begin().await?;
        if !measurements::consent_stands(&mut tx, &[subject]).await? {
            return Err(AppError::field("goal", "impact-measurement-no-consent"));
        }
        let goal = instruments::add_goal(
            &mut tx,
            (id, subject),
            (&goal, weight, &expected),
            self.now(),
        )
        .await?;
        tx.commit().await?;
        Ok(goal)
    }

    /// Deletes a goal that was never scored.
    pub async fn delete_gas_goal(
        &self,
        user: &CurrentUser,
        (theory, id, subject): (i64, i64, i64),
        goal: i64,
    ) -> AppResult<()> {
        self.instrument(user, theory, id).await?;
        if !instruments::delete_goal(self.db(), (id, subject), goal).await? {
            return Err(AppError::field("goal", "impact-instrument-goal-scored"));
        }
        Ok(())
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
