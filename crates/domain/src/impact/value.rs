//! Counterfactual and value: per outcome a quantity, a financial proxy, deadweight,
//! displacement, attribution, drop-off and duration, computed as the SROI guide does —
//! multiplicative deductions, drop-off compounding from the second year, every year
//! discounted — with the break-even sensitivity ("what makes the ratio 1:1?"). One convention,
//! every intermediate value shown: amounts are computed unrounded and rounded to cents only
//! when shown. A ratio is never a comparison between organisations; the report says so.

/// One valued outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct ValuedOutcome {
    /// Number of people (or units) experiencing it.
    pub quantity: f64,
    /// Financial proxy per unit per year, in euros.
    pub proxy: f64,
    /// Share that would have happened anyway (0–1).
    pub deadweight: f64,
    /// Share that displaced other outcomes (0–1).
    pub displacement: f64,
    /// Share caused by others (0–1).
    pub attribution: f64,
    /// Yearly decline from the second year on (0–1).
    pub drop_off: f64,
    /// Years the outcome lasts (1 or more).
    pub duration: u32,
}

/// The calculation's settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Discount rate per year (0.035 = 3.5%).
    pub discount_rate: f64,
    /// Value of all inputs, in euros (more than 0).
    pub investment: f64,
}

/// Every number of the calculation.
#[derive(Debug, Clone, PartialEq)]
pub struct Valuation {
    /// Per outcome, its impact in year 1, 2, … (undiscounted).
    pub yearly: Vec<Vec<f64>>,
    /// All outcomes together per year (undiscounted).
    pub totals: Vec<f64>,
    /// The same totals discounted to today, year by year (they add up to the present value).
    pub discounted: Vec<f64>,
    /// Present value.
    pub present_value: f64,
    /// Present value minus the investment.
    pub net_present_value: f64,
    /// Present value per euro invested ("x : 1").
    pub ratio: f64,
    /// Net present value per euro invested.
    pub net_ratio: f64,
    /// Months until the first year's impact pays back the investment.
    pub payback_months: Option<f64>,
}

/// A value for one estimate that makes the ratio exactly 1:1, the others kept.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BreakEven {
    /// This value makes it 1:1.
    At(f64),
    /// No value in the allowed range does (the ratio stays above or below 1:1).
    OutOfRange,
}

/// The estimates that can be varied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Estimate {
    /// Deadweight.
    Deadweight,
    /// Attribution.
    Attribution,
    /// Displacement.
    Displacement,
    /// Drop-off.
    DropOff,
    /// Financial proxy.
    Proxy,
    /// Quantity.
    Quantity,
}

/// Impact of one outcome per year, years 1..=duration.
pub fn yearly_impact(o: &ValuedOutcome) -> Vec<f64> {
    let first = o.quantity
        * o.proxy
        * (1.0 - o.deadweight)
        * (1.0 - o.displacement)
        * (1.0 - o.attribution);
    (0..o.duration)
        .map(|t| first * (1.0 - o.drop_off).powi(t as i32))
        .collect()
}

/// The whole calculation.
pub fn value(outcomes: &[ValuedOutcome], s: Settings) -> Valuation {
    let yearly: Vec<Vec<f64>> = outcomes.iter().map(yearly_impact).collect();
    let years = yearly.iter().map(Vec::len).max().unwrap_or(0);
    let totals: Vec<f64> = (0..years)
        .map(|t| yearly.iter().filter_map(|y| y.get(t)).sum())
        .collect();
    let discounted: Vec<f64> = totals
        .iter()
        .enumerate()
        .map(|(t, v)| v / (1.0 + s.discount_rate).powi(t as i32 + 1))
        .collect();
    let present_value: f64 = discounted.iter().sum();
    let net_present_value = present_value - s.investment;
    let first_year = totals.first().copied().unwrap_or(0.0);
    Valuation {
        ratio: present_value / s.investment,
        net_ratio: net_present_value / s.investment,
        payback_months: (first_year > 0.0).then(|| s.investment / (first_year / 12.0)),
        yearly,
        totals,
        discounted,
        present_value,
        net_present_value,
    }
}

impl ValuedOutcome {
    /// The current value of one estimate.
    pub fn estimate(&self, estimate: Estimate) -> f64 {
        match estimate {
            Estimate::Deadweight => self.deadweight,
            Estimate::Attribution => self.attribution,
            Estimate::Displacement => self.displacement,
            Estimate::DropOff => self.drop_off,
            Estimate::Proxy => self.proxy,
            Estimate::Quantity => self.quantity,
        }
    }
}

fn with(
    outcomes: &[ValuedOutcome],
    index: usize,
    estimate: Estimate,
    x: f64,
) -> Vec<ValuedOutcome> {
    let mut changed = outcomes.to_vec();
    let o = &mut changed[index];
    match estimate {
        Estimate::Deadweight => o.deadweight = x,
        Estimate::Attribution => o.attribution = x,
        Estimate::Displacement => o.displacement = x,
        Estimate::DropOff => o.drop_off = x,
        Estimate::Proxy => o.proxy = x,
        Estimate::Quantity => o.quantity = x,
    }
    changed
}

/// The value of `estimate` for outcome `index` that makes the ratio 1:1, the rest kept.
/// Shares are searched in 0–1; proxy and quantity in 0 up to a thousand times their value.
/// The present value falls as a share rises and rises with proxy and quantity, so a bisection
/// finds the one crossing.
pub fn break_even(
    outcomes: &[ValuedOutcome],
    s: Settings,
    index: usize,
    estimate: Estimate,
) -> BreakEven {
    if index >= outcomes.len() {
        return BreakEven::OutOfRange;
    }
    let ratio = |x: f64| value(&with(outcomes, index, estimate, x), s).ratio;
    let (mut low, mut high) = match estimate {
        Estimate::Proxy => (0.0, outcomes[index].proxy.max(1.0) * 1000.0),
        Estimate::Quantity => (0.0, outcomes[index].quantity.max(1.0) * 1000.0),
        _ => (0.0, 1.0),
    };
    let (at_low, at_high) = (ratio(low) - 1.0, ratio(high) - 1.0);
    if at_low.signum() == at_high.signum() && at_low != 0.0 && at_high != 0.0 {
        return BreakEven::OutOfRange;
    }
    let rising = at_high > at_low;
    for _ in 0..100 {
        let mid = (low + high) / 2.0;
        let above = ratio(mid) > 1.0;
        if above == rising {
            high = mid;
        } else {
            low = mid;
        }
    }
    BreakEven::At((low + high) / 2.0)
}

/// Rounds an amount to cents, for showing.
pub fn cents(amount: f64) -> f64 {
    (amount * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The worked example in the reference notes (§5.2).
    fn example() -> (Vec<ValuedOutcome>, Settings) {
        let outcome = ValuedOutcome {
            quantity: 20.0,
            proxy: 1000.0,
            deadweight: 0.25,
            displacement: 0.0,
            attribution: 0.20,
            drop_off: 0.30,
            duration: 3,
        };
        (
            vec![outcome],
            Settings {
                discount_rate: 0.035,
                investment: 20_000.0,
            },
        )
    }

    #[test]
    fn the_worked_example_to_the_cent() {
        let (outcomes, settings) = example();
        let v = value(&outcomes, settings);
        assert_eq!(
            v.totals.iter().map(|t| cents(*t)).collect::<Vec<_>>(),
            [12_000.00, 8_400.00, 5_880.00]
        );
        assert_eq!(
            v.discounted.iter().map(|t| cents(*t)).collect::<Vec<_>>(),
            [11_594.20, 7_841.49, 5_303.42]
        );
        assert_eq!(cents(v.present_value), 24_739.12);
        assert_eq!(cents(v.net_present_value), 4_739.12);
        assert_eq!(cents(v.ratio), 1.24);
        assert_eq!(cents(v.net_ratio), 0.24);
        assert_eq!(v.payback_months.map(cents), Some(20.00));
    }

    #[test]
    fn deductions_multiply_not_add() {
        let (mut outcomes, settings) = example();
        outcomes[0].duration = 1;
        outcomes[0].displacement = 0.10;
        // 20,000 × 0.75 × 0.90 × 0.80 = 10,800 (an additive 1 − 0.55 would give 9,000).
        assert_eq!(cents(value(&outcomes, settings).totals[0]), 10_800.00);
    }

    #[test]
    fn outcomes_of_different_durations_add_up_per_year() {
        let (mut outcomes, settings) = example();
        let mut short = outcomes[0].clone();
        short.duration = 1;
        short.drop_off = 0.0;
        outcomes.push(short);
        let v = value(&outcomes, settings);
        assert_eq!(
            v.totals.iter().map(|t| cents(*t)).collect::<Vec<_>>(),
            [24_000.00, 8_400.00, 5_880.00]
        );
    }

    #[test]
    fn break_even_values_make_the_ratio_one() {
        let (outcomes, settings) = example();
        for estimate in [
            Estimate::Deadweight,
            Estimate::Attribution,
            Estimate::Displacement,
            Estimate::DropOff,
            Estimate::Proxy,
            Estimate::Quantity,
        ] {
            match break_even(&outcomes, settings, 0, estimate) {
                BreakEven::At(x) => {
                    assert_ne!(outcomes[0].estimate(estimate), x, "{estimate:?} moved");
                    let ratio = value(&with(&outcomes, 0, estimate, x), settings).ratio;
                    assert!(
                        (ratio - 1.0).abs() < 1e-6,
                        "{estimate:?}: {x} gives {ratio}"
                    );
                }
                BreakEven::OutOfRange => panic!("{estimate:?} should break even"),
            }
        }
        // The present value scales with (1 − dw): 24,739.12 × (1 − dw) / 0.75 = 20,000 → 39.4%.
        let BreakEven::At(dw) = break_even(&outcomes, settings, 0, Estimate::Deadweight) else {
            unreachable!()
        };
        assert_eq!((dw * 1000.0).round() / 10.0, 39.4);
        // With a tiny investment no share can bring the ratio down to 1:1.
        let rich = Settings {
            investment: 1.0,
            ..settings
        };
        assert_eq!(
            break_even(&outcomes, rich, 0, Estimate::DropOff),
            BreakEven::OutOfRange
        );
        assert_eq!(
            break_even(&outcomes, settings, 5, Estimate::Proxy),
            BreakEven::OutOfRange
        );
    }
}
