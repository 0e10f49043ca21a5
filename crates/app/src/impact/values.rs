//! The value calculation of a theory (optional per plan): its settings and valued outcomes,
//! and the result computed as the SROI guide does, with per outcome and estimate the value that
//! would bring the ratio to 1:1.

use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::impact::value::{
    BreakEven, Estimate, Settings, Valuation, ValuedOutcome, break_even, value,
};
use domain::impact::value_input::{OutcomeValueInput, SettingsInput};
use store::impact::values::{self, ValuationRow, ValuedOutcomeRow};

/// The estimates varied in the sensitivity table, in its column order.
pub const ESTIMATES: [Estimate; 6] = [
    Estimate::Quantity,
    Estimate::Proxy,
    Estimate::Deadweight,
    Estimate::Displacement,
    Estimate::Attribution,
    Estimate::DropOff,
];

/// A value calculation with its result.
#[derive(Debug, Clone)]
pub struct ValueView {
    /// The settings, once saved.
    pub settings: Option<ValuationRow>,
    /// The valued outcomes.
    pub outcomes: Vec<ValuedOutcomeRow>,
    /// The result, when there are settings and outcomes.
    pub result: Option<Valuation>,
    /// Per outcome, the break-even value of every estimate in [`ESTIMATES`] order.
    pub sensitivity: Vec<Vec<BreakEven>>,
}

/// The calculation's numbers of a stored outcome.
pub fn valued(o: &ValuedOutcomeRow) -> ValuedOutcome {
    ValuedOutcome {
        quantity: o.quantity,
        proxy: o.proxy,
        deadweight: o.deadweight,
        displacement: o.displacement,
        attribution: o.attribution,
        drop_off: o.drop_off,
        duration: u32::try_from(o.duration).unwrap_or(1),
    }
}

/// A value calculation's result and sensitivity from its settings and outcomes (also used by
/// a report, on the inputs it froze).
pub fn computed(settings: Option<ValuationRow>, outcomes: Vec<ValuedOutcomeRow>) -> ValueView {
    let numbers: Vec<ValuedOutcome> = outcomes.iter().map(valued).collect();
    let (result, sensitivity) = match &settings {
        Some(s) if !numbers.is_empty() => {
            let s = Settings {
                investment: s.investment,
                discount_rate: s.discount_rate,
            };
            let table = (0..numbers.len())
                .map(|i| {
                    ESTIMATES
                        .iter()
                        .map(|e| break_even(&numbers, s, i, *e))
                        .collect()
                })
                .collect();
            (Some(value(&numbers, s)), table)
        }
        _ => (None, Vec::new()),
    };
    ValueView {
        settings,
        outcomes,
        result,
        sensitivity,
    }
}

impl App {
    /// The value calculation of a theory, computed.
    pub async fn value_calculation(&self, user: &CurrentUser, theory: i64) -> AppResult<ValueView> {
        self.impact_theory(user, theory).await?;
        let settings = values::settings(self.db(), theory).await?;
        let outcomes = values::outcomes(self.db(), theory).await?;
        Ok(computed(settings, outcomes))
    }

    /// Saves the investment and discount rate.
    pub async fn save_value_settings(
        &self,
        user: &CurrentUser,
        theory: i64,
        input: &SettingsInput,
    ) -> AppResult<()> {
        self.impact_theory(user, theory).await?;
        let (s, note) = input.validate().map_err(AppError::Invalid)?;
        self.guard_texts("note", &[&note])?;
        let row = ValuationRow {
            investment: s.investment,
            discount_rate: s.discount_rate,
            note,
        };
        Ok(values::save_settings(self.db(), theory, &row, self.now()).await?)
    }

    /// Adds a valued outcome; returns its id.
    pub async fn add_valued_outcome(
        &self,
        user: &CurrentUser,
        theory: i64,
        input: &OutcomeValueInput,
    ) -> AppResult<i64> {
        self.impact_theory(user, theory).await?;
        let spec = input.validate().map_err(AppError::Invalid)?;
        self.guard_texts("name", &[&spec.name])?;
        self.guard_texts("proxy_source", &[&spec.proxy_source])?;
        self.guard_texts("basis", &[&spec.basis])?;
        let o = &spec.outcome;
        let row = ValuedOutcomeRow {
            id: 0,
            name: spec.name.clone(),
            quantity: o.quantity,
            proxy: o.proxy,
            proxy_source: spec.proxy_source.clone(),
            deadweight: o.deadweight,
            displacement: o.displacement,
            attribution: o.attribution,
            drop_off: o.drop_off,
            duration: i64::from(o.duration),
            basis: spec.basis.clone(),
        };
        Ok(values::add_outcome(self.db(), theory, &row, self.now()).await?)
    }

    /// Deletes a valued outcome.
    pub async fn delete_valued_outcome(
        &self,
        user: &CurrentUser,
        theory: i64,
        id: i64,
    ) -> AppResult<()> {
        self.impact_theory(user, theory).await?;
        if !values::delete_outcome(self.db(), theory, id).await? {
            return Err(AppError::NotFound);
        }
        Ok(())
    }
}
