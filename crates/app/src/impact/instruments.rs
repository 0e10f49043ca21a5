//! Instruments a team builds for its scale indicators (kinds, levels, items with their criteria)
//! and the GAS goals set with each person. Scoring people on them is in [`super::scoring`].

use super::Indicator;
use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::FieldErrors;
use domain::impact::indicator::IndicatorKind;
use domain::impact::instrument::{
    GoalInput, InstrumentInput, InstrumentKind, InstrumentSpec, Scoring,
};
use store::impact::indicators;
use store::impact::instruments;
use store::impact::measurements;
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
    pub(super) async fn load_instrument(&self, theory: i64, id: i64) -> AppResult<InstrumentView> {
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
}
