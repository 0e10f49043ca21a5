//! The demo's value calculation (from `content/impact.toml`, table `value`): the housing-support
//! team's investment and two valued outcomes, so its value page and report have a real example.

use crate::{App, AppError, AppResult};
use serde::Deserialize;
use store::Tx;
use store::impact::values::{self, ValuationRow, ValuedOutcomeRow};

#[derive(Deserialize)]
struct File {
    value: DemoValue,
}

#[derive(Deserialize)]
struct DemoValue {
    investment: f64,
    discount_rate: f64,
    note: String,
    outcomes: Vec<DemoOutcome>,
}

#[derive(Deserialize)]
struct DemoOutcome {
    name: String,
    quantity: f64,
    proxy: f64,
    proxy_source: String,
    deadweight: f64,
    displacement: f64,
    attribution: f64,
    drop_off: f64,
    duration: i64,
    basis: String,
}

fn demo() -> AppResult<DemoValue> {
    let file: File = toml::from_str(include_str!("../../../../content/impact.toml"))
        .map_err(|e| AppError::Content(format!("impact value: {e}")))?;
    Ok(file.value)
}

impl App {
    /// Saves the demo value calculation on the housing theory.
    pub(super) async fn seed_impact_value(
        &self,
        tx: &mut Tx,
        theory: i64,
        now: i64,
    ) -> AppResult<()> {
        let demo = demo()?;
        let settings = ValuationRow {
            investment: demo.investment,
            discount_rate: demo.discount_rate,
            note: demo.note,
        };
        values::save_settings(&mut *tx, theory, &settings, now).await?;
        for o in demo.outcomes {
            let row = ValuedOutcomeRow {
                id: 0,
                name: o.name,
                quantity: o.quantity,
                proxy: o.proxy,
                proxy_source: o.proxy_source,
                deadweight: o.deadweight,
                displacement: o.displacement,
                attribution: o.attribution,
                drop_off: o.drop_off,
                duration: o.duration,
                basis: o.basis,
            };
            values::add_outcome(&mut *tx, theory, &row, now).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_demo_value_calculation_reads_and_is_worth_more_than_it_costs() {
        let demo = super::demo().unwrap();
        assert_eq!(demo.outcomes.len(), 2);
        let outcomes: Vec<_> = demo
            .outcomes
            .iter()
            .map(|o| domain::impact::value::ValuedOutcome {
                quantity: o.quantity,
                proxy: o.proxy,
                deadweight: o.deadweight,
                displacement: o.displacement,
                attribution: o.attribution,
                drop_off: o.drop_off,
                duration: o.duration as u32,
            })
            .collect();
        let settings = domain::impact::value::Settings {
            investment: demo.investment,
            discount_rate: demo.discount_rate,
        };
        let ratio = domain::impact::value::value(&outcomes, settings).ratio;
        assert!(ratio > 1.0 && ratio < 3.0, "{ratio}");
    }
}
