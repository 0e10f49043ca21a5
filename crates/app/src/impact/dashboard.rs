//! The dashboard of an impact model: per indicator the trend over timepoints (one series per
//! perspective, so a client's and a worker's view stay apart), the pre–post change, breakdowns
//! and the staircase, all from grouped counts with the minimum cell size applied. The heavy part
//! is cached for the theory's data version; stories and effects are read fresh.

use crate::accounts::CurrentUser;
use crate::theories::TheoryView;
use crate::{App, AppError, AppResult};
use domain::impact::dashboard::{
    Change, Group, Series, TimepointCounts, breakdown, change, series,
};
use domain::impact::effect::EffectShares;
use domain::impact::indicator::{Aggregation, Perspective, Timepoint};
use serde::{Deserialize, Serialize};
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
}

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

    /// The numbers of a theory's dashboard: cached for its data version, else computed (and
    /// cached). No permission check: callers check.
    pub async fn dashboard_of(&self, theory: i64) -> AppResult<Dashboard> {
        if let Some(json) = counts::cached(self.db(), theory).await?
            && let Ok(dashboard) = serde_json::from_str(&json)
        {
            return Ok(dashboard);
        }
        let version = counts::data_version(self.db(), theory).await?;
        let dashboard = self.compute_dashboard(theory).await?;
        let json =
            serde_json::to_string(&dashboard).map_err(|e| AppError::Content(e.to_string()))?;
        counts::cache(self.db(), theory, version, &json).await?;
        Ok(dashboard)
    }

    /// Computes the numbers from the grouped counts (no cache).
    pub async fn compute_dashboard(&self, theory: i64) -> AppResult<Dashboard> {
        let all = indicators::list(self.db(), theory).await?;
        let timepoints = counts::timepoints(self.db(), theory).await?;
        let changes = counts::changes(self.db(), theory).await?;
        let mut out = Vec::with_capacity(all.len());
        for indicator in &all {
            let mine: Vec<TimepointCounts> = timepoints
                .iter()
                .filter(|c| c.indicator_id == indicator.id)
                .filter_map(|c| {
                    Some(TimepointCounts {
                        timepoint: Timepoint::from_code(&c.timepoint)?,
                        perspective: Perspective::from_code(&c.perspective)?,
                        n: c.n,
                        sum: c.total,
                        reached: c.reached,
                    })
                })
                .collect();
            let rule = Aggregation::from_code(&indicator.aggregation).unwrap_or(Aggregation::Mean);
            let trend = series(&mine, rule, indicator.target.is_some());
            let pre_post = changes
                .iter()
                .filter(|c| c.indicator_id == indicator.id)
                .filter_map(|c| {
                    let perspective = Perspective::from_code(&c.perspective)?;
                    Some(change(
                        perspective,
                        (c.lower, c.equal, c.higher),
                        indicator.higher_is_better,
                    ))
                })
                .collect();
            let breakdowns = self.breakdowns(indicator, &mine).await?;
            out.push(IndicatorDash {
                id: indicator.id,
                code: indicator.code.clone(),
                name: indicator.name.clone(),
                unit: indicator.unit.clone(),
                kind: indicator.kind.clone(),
                node_key: indicator.node_key,
                aggregation: indicator.aggregation.clone(),
                target: indicator.target,
                series: trend,
                changes: pre_post,
                breakdowns,
            });
        }
        Ok(Dashboard { indicators: out })
    }

    /// Breakdowns of the latest timepoint measured (the first perspective there).
    async fn breakdowns(
        &self,
        indicator: &IndicatorRow,
        mine: &[TimepointCounts],
    ) -> AppResult<Vec<(String, Vec<Group>)>> {
        let Some(latest) = Timepoint::ALL
            .iter()
            .rev()
            .find_map(|t| mine.iter().find(|c| c.timepoint == *t))
        else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for dimension in indicator.dimensions.split(',').filter(|d| !d.is_empty()) {
            let groups = counts::breakdown(
                self.db(),
                indicator.id,
                (latest.timepoint.code(), latest.perspective.code()),
                dimension,
            )
            .await?;
            out.push((dimension.to_owned(), breakdown(&groups)));
        }
        Ok(out)
    }
}
