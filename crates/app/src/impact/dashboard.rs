//! The dashboard of an impact model: per indicator the trend over timepoints (one series per
//! perspective, so a client's and a worker's view stay apart), the pre–post change, breakdowns
//! and the staircase, all from grouped counts with the minimum cell size applied. Each
//! indicator's figures are cached for its data version; stories and effects are read fresh.

use crate::accounts::CurrentUser;
use crate::theories::TheoryView;
use crate::{App, AppError, AppResult};
use domain::impact::dashboard::{
    Change, Group, Series, TimepointCounts, breakdown, change, series,
};
use domain::impact::effect::EffectShares;
use domain::impact::indicator::{Aggregation, Perspective, Timepoint};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use store::impact::dashboard as counts;
use store::impact::effects;
use store::impact::indicators::{self, IndicatorRow};
use store::impact::stories::{self, StoryRow};

/// One indicator on the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorDash {
    /// Id.
    pub id: i64,
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// Kind code.
    pub kind: String,
    /// The box it measures.
    pub node_key: i64,
    /// Aggregation code.
    pub aggregation: String,
    /// Target.
    pub target: Option<f64>,
    /// Trend per perspective.
    pub series: Vec<Series>,
    /// Pre–post change per perspective.
    pub changes: Vec<Change>,
    /// Breakdowns at the latest timepoint: (dimension, groups).
    pub breakdowns: Vec<(String, Vec<Group>)>,
    /// The timepoint and perspective codes the breakdowns are of.
    #[serde(default)]
    pub breakdown_at: (String, String),
}

/// The moment breakdowns are of: the latest timepoint measured, and there the first
/// perspective in their fixed order (so the choice never changes between computations).
pub(super) fn breakdown_moment(mine: &[TimepointCounts]) -> Option<&TimepointCounts> {
    Timepoint::ALL.iter().rev().find_map(|t| {
        Perspective::ALL.iter().find_map(|p| {
            mine.iter()
                .find(|c| c.timepoint == *t && c.perspective == *p)
        })
    })
}

/// Breakdown attributes per subject: (name, value) pairs.
pub(super) type Attributes = HashMap<i64, Vec<(String, String)>>;

/// The cached part of a dashboard.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    /// Indicators, in code order.
    pub indicators: Vec<IndicatorDash>,
}

/// A dashboard as its team sees it.
#[derive(Debug, Clone)]
pub struct DashboardView {
    /// The theory.
    pub theory: TheoryView,
    /// Numbers.
    pub dashboard: Dashboard,
    /// Stories the panel selected, to show beside the numbers.
    pub stories: Vec<StoryRow>,
    /// Shares of negative, unintended, indirect and later effects.
    pub effects: EffectShares,
}

/// Per timepoint and perspective: how many were measured, the sum of their values and how
/// many met the target, from a value histogram.
pub(super) fn timepoint_counts(
    indicator: &IndicatorRow,
    histogram: &[counts::ValueCount],
) -> Vec<TimepointCounts> {
    let meets = |v: f64| match indicator.target {
        Some(t) if indicator.higher_is_better => v >= t,
        Some(t) => v <= t,
        None => false,
    };
    let qualitative = indicator.kind == "qualitative";
    let mut mine: Vec<TimepointCounts> = Vec::new();
    for c in histogram {
        let (Some(timepoint), Some(perspective)) = (
            Timepoint::from_code(&c.timepoint),
            Perspective::from_code(&c.perspective),
        ) else {
            continue;
        };
        // Words are counted: each answer adds one to a sum.
        let value = c.value.unwrap_or(if qualitative { 1.0 } else { 0.0 });
        let reached = if c.value.is_some_and(meets) { c.n } else { 0 };
        match mine
            .iter_mut()
            .find(|m| m.timepoint == timepoint && m.perspective == perspective)
        {
            Some(m) => {
                m.n += c.n;
                m.sum += value * c.n as f64;
                m.reached += reached;
            }
            None => mine.push(TimepointCounts {
                timepoint,
                perspective,
                n: c.n,
                sum: value * c.n as f64,
                reached,
            }),
        }
    }
    mine
}

/// The pre–post change per perspective, read in the indicator's direction.
pub(super) fn pre_post(indicator: &IndicatorRow, rows: &[counts::ChangeRow]) -> Vec<Change> {
    rows.iter()
        .filter_map(|c| {
            let perspective = Perspective::from_code(&c.perspective)?;
            Some(change(
                perspective,
                (c.lower, c.equal, c.higher),
                indicator.higher_is_better,
            ))
        })
        .collect()
}

/// An indicator's trend and pre–post change from its counts, without breakdowns.
pub(super) fn figures_of(
    indicator: &IndicatorRow,
    mine: &[TimepointCounts],
    changes: &[counts::ChangeRow],
) -> IndicatorDash {
    let rule = Aggregation::from_code(&indicator.aggregation).unwrap_or(Aggregation::Mean);
    IndicatorDash {
        id: indicator.id,
        code: indicator.code.clone(),
        name: indicator.name.clone(),
        unit: indicator.unit.clone(),
        kind: indicator.kind.clone(),
        node_key: indicator.node_key,
        aggregation: indicator.aggregation.clone(),
        target: indicator.target,
        series: series(mine, rule, indicator.target.is_some()),
        changes: pre_post(indicator, changes),
        breakdowns: Vec::new(),
        breakdown_at: Default::default(),
    }
}

impl App {
    /// The dashboard of a theory's impact model, for its team.
    pub async fn impact_dashboard(&self, user: &CurrentUser, id: i64) -> AppResult<DashboardView> {
        let theory = self.impact_theory(user, id).await?;
        let dashboard = self.dashboard_of(id).await?;
        let stories = stories::list(self.db(), id, None)
            .await?
            .into_iter()
            .filter(|s| s.selected)
            .collect();
        let mut shares = EffectShares::default();
        for e in effects::list(self.db(), id).await? {
            shares.total += 1;
            shares.negative += i64::from(!e.positive);
            shares.unintended += i64::from(!e.intended);
            shares.indirect += i64::from(!e.direct);
            shares.after += i64::from(e.timing == "after");
        }
        Ok(DashboardView {
            theory,
            dashboard,
            stories,
            effects: shares,
        })
    }

    /// The numbers of a theory's dashboard: per indicator the figures cached for its data
    /// version, else computed (and cached). No permission check: callers check.
    pub async fn dashboard_of(&self, theory: i64) -> AppResult<Dashboard> {
        let all = indicators::list(self.db(), theory).await?;
        let mut out = Vec::with_capacity(all.len());
        let mut attributes = None;
        for indicator in &all {
            if let Some(json) = counts::cached(self.db(), indicator.id).await?
                && let Ok(figures) = serde_json::from_str(&json)
            {
                out.push(figures);
                continue;
            }
            // The version is read before the data: a change meanwhile leaves these unused.
            let version = counts::data_version(self.db(), indicator.id).await?;
            let figures = self.indicator_figures(indicator, &mut attributes).await?;
            let json =
                serde_json::to_string(&figures).map_err(|e| AppError::Content(e.to_string()))?;
            counts::cache(self.db(), indicator.id, version, &json).await?;
            out.push(figures);
        }
        Ok(Dashboard { indicators: out })
    }

    /// Computes every indicator's figures from the grouped counts (no cache).
    pub async fn compute_dashboard(&self, theory: i64) -> AppResult<Dashboard> {
        let mut out = Vec::new();
        let mut attributes = None;
        for indicator in &indicators::list(self.db(), theory).await? {
            out.push(self.indicator_figures(indicator, &mut attributes).await?);
        }
        Ok(Dashboard { indicators: out })
    }

    /// One indicator's figures: the trend from its value histogram (sums and targets follow
    /// from it), the change from end rows with their baseline, and the breakdowns.
    async fn indicator_figures(
        &self,
        indicator: &IndicatorRow,
        attributes: &mut Option<Attributes>,
    ) -> AppResult<IndicatorDash> {
        let mine = timepoint_counts(
            indicator,
            &counts::histogram(self.db(), indicator.id).await?,
        );
        let changes = counts::changes(self.db(), indicator.id).await?;
        let mut figures = figures_of(indicator, &mine, &changes);
        figures.breakdowns = self.breakdowns(indicator, &mine, attributes).await?;
        figures.breakdown_at = breakdown_moment(&mine)
            .map(|c| {
                (
                    c.timepoint.code().to_owned(),
                    c.perspective.code().to_owned(),
                )
            })
            .unwrap_or_default();
        Ok(figures)
    }

    /// Breakdowns of the latest timepoint measured (its first perspective), grouped in
    /// memory with the theory's attributes (read once per computation, in `attributes`).
    async fn breakdowns(
        &self,
        indicator: &IndicatorRow,
        mine: &[TimepointCounts],
        attributes: &mut Option<Attributes>,
    ) -> AppResult<Vec<(String, Vec<Group>)>> {
        let dimensions: Vec<&str> = indicator
            .dimensions
            .split(',')
            .filter(|d| !d.is_empty())
            .collect();
        let Some(latest) = breakdown_moment(mine) else {
            return Ok(Vec::new());
        };
        if dimensions.is_empty() {
            return Ok(Vec::new());
        }
        if attributes.is_none() {
            let mut map: Attributes = HashMap::new();
            for (subject, text) in counts::attributes(self.db(), indicator.theory_id).await? {
                map.insert(subject, domain::impact::subject::parse_attributes(&text));
            }
            *attributes = Some(map);
        }
        let empty = HashMap::new();
        let map = attributes.as_ref().unwrap_or(&empty);
        let values = counts::values_at(
            self.db(),
            indicator.id,
            (latest.timepoint.code(), latest.perspective.code()),
        )
        .await?;
        Ok(dimensions
            .into_iter()
            .map(|d| (d.to_owned(), grouped(&values, map, d)))
            .collect())
    }
}

/// One dimension's groups of `values` (subject, value) by the subjects' attributes, the
/// smallest hidden.
pub(super) fn grouped(
    values: &[(i64, f64)],
    attributes: &Attributes,
    dimension: &str,
) -> Vec<Group> {
    let mut groups: BTreeMap<&str, (i64, f64)> = BTreeMap::new();
    for (subject, value) in values {
        let group = attributes
            .get(subject)
            .and_then(|a| a.iter().find(|(n, _)| n == dimension))
            .map(|(_, v)| v.as_str());
        if let Some(group) = group {
            let cell = groups.entry(group).or_insert((0, 0.0));
            cell.0 += 1;
            cell.1 += value;
        }
    }
    let groups: Vec<(String, i64, f64)> = groups
        .into_iter()
        .map(|(label, (n, sum))| (label.to_owned(), n, sum))
        .collect();
    breakdown(&groups)
}
