//! The data of an impact report, composed from the live impact model for a period: what a draft
//! shows and what publishing freezes (as JSON). Only people who agreed to being counted in a
//! report are counted, and every group under the minimum cell size stays hidden, as on the
//! dashboard.

use super::dashboard::{
    Attributes, IndicatorDash, breakdown_moment, figures_of, grouped, timepoint_counts,
};
use crate::{App, AppResult};
use domain::toc::Theory;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use store::impact::effects::{self, EffectRow, OutcomeRow};
use store::impact::stories::{self, StoryRow};
use store::impact::values::{self, ValuationRow, ValuedOutcomeRow};
use store::impact::{dashboard as counts, indicators, period};

/// Comments on values shown per indicator, newest first.
const COMMENTS_PER_INDICATOR: i64 = 5;

/// An indicator in a report: its figures over the period and what it measures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportIndicator {
    /// Trend, change and breakdowns over the period.
    pub figures: IndicatorDash,
    /// Its definition.
    pub definition: String,
    /// Whom it is about.
    pub population: String,
    /// Higher values are better.
    pub higher_is_better: bool,
    /// The latest comments on values in the period: (date, text); none when the figures are
    /// hidden for too few people.
    pub comments: Vec<(String, String)>,
}

/// The value calculation's inputs as they were (the result is recomputed from them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportValue {
    /// Investment and discount rate.
    pub settings: ValuationRow,
    /// The valued outcomes.
    pub outcomes: Vec<ValuedOutcomeRow>,
}

/// The impact plan a report opens with, as it was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportPlan {
    /// Id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// The builder's answers (field name → answer).
    pub answers: BTreeMap<String, String>,
    /// The key evaluation questions.
    pub questions: Vec<String>,
    /// Codes of the chosen methods.
    pub methods: Vec<String>,
}

/// Everything an impact report shows, at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImpactReportData {
    /// The theory's id.
    pub theory_id: i64,
    /// The theory of change as it was.
    pub theory: Theory,
    /// The team's own veranderverhaal (empty: none written).
    pub narrative: String,
    /// Who reports: the atelier team or the member.
    pub team: String,
    /// The impact plan, when one was chosen.
    pub plan: Option<ReportPlan>,
    /// First and last day.
    pub period: (String, String),
    /// People measured in the period who may be counted (none when under the minimum).
    pub reached: Option<i64>,
    /// Indicators in code order.
    pub indicators: Vec<ReportIndicator>,
    /// Stories the panel selected, told in the period.
    pub stories: Vec<StoryRow>,
    /// The effect register.
    pub effects: Vec<EffectRow>,
    /// Outcome descriptions.
    pub outcomes: Vec<OutcomeRow>,
    /// The value calculation, when the team made one.
    pub value: Option<ReportValue>,
    /// When the data was read (seconds).
    pub composed_at: i64,
}

impl App {
    /// Composes an impact report's data from the live model. No permission check: callers
    /// check (the report's team).
    pub(crate) async fn impact_report_data(
        &self,
        theory_id: i64,
        plan: Option<ReportPlan>,
        (from, to): (&str, &str),
    ) -> AppResult<ImpactReportData> {
        let row = store::theories::find(self.db(), theory_id)
            .await?
            .ok_or(crate::AppError::NotFound)?;
        let theory = crate::theories::model_of(&row);
        let team = match row.atelier_id {
            Some(atelier) if row.team => {
                store::ateliers::find_by_id(self.db(), domain::AtelierId(atelier))
                    .await?
                    .map(|a| a.name)
                    .unwrap_or_default()
            }
            _ => store::users::find_by_id(self.db(), domain::UserId(row.owner_id))
                .await?
                .map(|u| u.display_name)
                .unwrap_or_default(),
        };
        let range = (from, to);
        let mut attributes: Option<Attributes> = None;
        let mut indicators_out = Vec::new();
        for indicator in indicators::list(self.db(), theory_id).await? {
            let histogram = period::histogram(self.db(), indicator.id, range).await?;
            let mine = timepoint_counts(&indicator, &histogram);
            let changes = period::changes(self.db(), indicator.id, range).await?;
            let mut figures = figures_of(&indicator, &mine, &changes);
            let latest = breakdown_moment(&mine);
            let dimensions: Vec<String> = indicator
                .dimensions
                .split(',')
                .filter(|d| !d.is_empty())
                .map(str::to_owned)
                .collect();
            if let (Some(latest), false) = (latest, dimensions.is_empty()) {
                if attributes.is_none() {
                    let mut map = HashMap::new();
                    for (subject, text) in counts::attributes(self.db(), theory_id).await? {
                        map.insert(subject, domain::impact::subject::parse_attributes(&text));
                    }
                    attributes = Some(map);
                }
                let moment = (latest.timepoint.code(), latest.perspective.code());
                let values = period::values_at(self.db(), indicator.id, moment, range).await?;
                let empty = HashMap::new();
                let map = attributes.as_ref().unwrap_or(&empty);
                figures.breakdowns = dimensions
                    .iter()
                    .map(|d| (d.clone(), grouped(&values, map, d)))
                    .collect();
                figures.breakdown_at = (moment.0.to_owned(), moment.1.to_owned());
            }
            // A comment is about one person's value: only where enough people were counted
            // that the figures themselves are shown.
            let counted = figures
                .series
                .iter()
                .flat_map(|s| s.points.iter().filter_map(|p| p.n))
                .any(|n| domain::impact::dashboard::shown(n).is_some());
            let comments = if counted {
                period::comments(self.db(), indicator.id, range, COMMENTS_PER_INDICATOR).await?
            } else {
                Vec::new()
            };
            indicators_out.push(ReportIndicator {
                figures,
                definition: indicator.definition.clone(),
                population: indicator.population.clone(),
                higher_is_better: indicator.higher_is_better,
                comments,
            });
        }
        let reached = period::reached(self.db(), theory_id, range).await?;
        let stories = stories::list(self.db(), theory_id, None)
            .await?
            .into_iter()
            .filter(|s| s.selected && from <= s.told_on.as_str() && s.told_on.as_str() <= to)
            .collect();
        let value = match values::settings(self.db(), theory_id).await? {
            Some(settings) => {
                let outcomes = values::outcomes(self.db(), theory_id).await?;
                (!outcomes.is_empty()).then_some(ReportValue { settings, outcomes })
            }
            None => None,
        };
        Ok(ImpactReportData {
            theory_id,
            theory,
            narrative: row.narrative.clone(),
            team,
            plan,
            period: (from.to_owned(), to.to_owned()),
            reached: domain::impact::dashboard::shown(reached),
            indicators: indicators_out,
            stories,
            effects: effects::list(self.db(), theory_id).await?,
            outcomes: effects::outcomes(self.db(), theory_id).await?,
            value,
            composed_at: self.now(),
        })
    }
}
