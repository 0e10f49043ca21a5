//! Reports: a team composes a report for a period on its impact model (for a funder), or the
//! facilitators of an atelier on the atelier itself (for the werkplaats and its funders). Its
//! sections are laid out, it is published (which freezes its data) and shared by a secret link.
//! Drafts read live data every time; a published report only its snapshot. Who may do what is
//! in [`scope`], the atelier's data in [`atelier_data`], share links in [`shares`].

pub mod atelier_data;
mod input;
pub mod scope;
pub mod shares;

use crate::accounts::CurrentUser;
use crate::impact::report_data::{ImpactReportData, ReportPlan};
use crate::{App, AppError, AppResult};
use atelier_data::AtelierReportData;
use domain::report::{Layout, ReportTemplate, Section, SectionInput, layout_from_input};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use store::reports::{self, ReportFields};

use input::Checked;
pub use input::ReportInput;
pub use scope::{ScopeView, report_path};
pub use store::reports::ReportRow;
pub use store::reports::Subject as Scope;
pub use store::reports::shares::ShareRow;

/// What a report shows: an impact model's data or an atelier's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all = "snake_case")]
pub enum ReportData {
    /// On a theory's impact model.
    Impact(Box<ImpactReportData>),
    /// On an atelier.
    Atelier(Box<AtelierReportData>),
}

impl ReportData {
    /// When the data was read.
    pub fn composed_at(&self) -> i64 {
        match self {
            ReportData::Impact(d) => d.composed_at,
            ReportData::Atelier(d) => d.composed_at,
        }
    }

    fn has_value(&self) -> bool {
        matches!(self, ReportData::Impact(d) if d.value.is_some())
    }

    /// A stored snapshot (one published before atelier reports existed is impact data).
    fn from_snapshot(json: &str) -> Result<ReportData, serde_json::Error> {
        serde_json::from_str(json).or_else(|e| {
            serde_json::from_str::<ImpactReportData>(json)
                .map(|d| ReportData::Impact(Box::new(d)))
                .map_err(|_| e)
        })
    }
}

/// A report as its team (or a share-link reader) sees it.
#[derive(Debug, Clone)]
pub struct ReportPage {
    /// The stored row.
    pub row: ReportRow,
    /// What it is about.
    pub scope: Scope,
    /// Its template.
    pub template: ReportTemplate,
    /// The sections in the team's order.
    pub layout: Layout,
    /// The data: live for a draft, frozen for a published report.
    pub data: ReportData,
    /// Published: the data no longer changes.
    pub frozen: bool,
    /// Stories in the data that were removed since (their records are gone).
    pub removed_stories: Vec<i64>,
}

fn scope_of(row: &ReportRow) -> AppResult<Scope> {
    match (row.theory_id, row.atelier_id) {
        (Some(t), _) => Ok(Scope::Theory(t)),
        (None, Some(a)) => Ok(Scope::Atelier(a)),
        _ => Err(AppError::NotFound),
    }
}

impl App {
    /// The reports in a scope, with the plans an impact report can open with.
    pub async fn reports_of(
        &self,
        user: &CurrentUser,
        scope: Scope,
    ) -> AppResult<(ScopeView, Vec<ReportRow>, Vec<(i64, String)>)> {
        let view = self.report_scope(user, scope).await?;
        let rows = reports::list(self.db(), scope).await?;
        let plans = match scope {
            Scope::Theory(_) => self
                .my_plans(user)
                .await?
                .into_iter()
                .map(|p| (p.id, p.title))
                .collect(),
            Scope::Atelier(_) => Vec::new(),
        };
        Ok((view, rows, plans))
    }

    /// Starts a draft report; returns its id.
    pub async fn create_report(
        &self,
        user: &CurrentUser,
        scope: Scope,
        input: &ReportInput,
    ) -> AppResult<i64> {
        self.report_scope(user, scope).await?;
        let checked = input.check(scope).map_err(AppError::Invalid)?;
        self.check_plan(user, checked.plan).await?;
        let has_value = match scope {
            Scope::Theory(t) => store::impact::values::settings(self.db(), t)
                .await?
                .is_some(),
            Scope::Atelier(_) => false,
        };
        let layout = Layout::of(checked.template, has_value).to_json();
        Ok(reports::insert(
            self.db(),
            scope,
            fields(&checked, &layout),
            (None, 1),
            (user.user.id.0, self.now()),
        )
        .await?)
    }

    /// A plan a report opens with must be one the member may read.
    async fn check_plan(&self, user: &CurrentUser, plan: Option<i64>) -> AppResult<()> {
        if let Some(plan) = plan {
            match self.plan_view(user, plan).await {
                Ok(_) => {}
                Err(AppError::NotFound) => {
                    return Err(AppError::field("plan", "report-plan-unknown"));
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// The report `id` in `scope`, for those who may make its reports.
    pub async fn report(&self, user: &CurrentUser, scope: Scope, id: i64) -> AppResult<ReportPage> {
        let row = self.report_row(user, scope, id).await?;
        self.report_page(row).await
    }

    /// The stored row of report `id` in `scope`, for those who may make its reports, without
    /// composing its data (for the share links, which need only the row).
    pub(crate) async fn report_row(
        &self,
        user: &CurrentUser,
        scope: Scope,
        id: i64,
    ) -> AppResult<ReportRow> {
        self.report_scope(user, scope).await?;
        reports::find(self.db(), id)
            .await?
            .filter(|r| scope_of(r).ok() == Some(scope))
            .ok_or(AppError::NotFound)
    }

    /// A row with its data: composed now for a draft, read from the snapshot when published.
    pub(crate) async fn report_page(&self, row: ReportRow) -> AppResult<ReportPage> {
        let scope = scope_of(&row)?;
        let template =
            ReportTemplate::from_code(&row.template).unwrap_or(ReportTemplate::Municipality);
        let (data, frozen) = match &row.snapshot {
            Some(json) => (
                ReportData::from_snapshot(json)
                    .map_err(|e| AppError::Content(format!("report {}: {e}", row.id)))?,
                true,
            ),
            None => (self.compose_report(&row, scope).await?, false),
        };
        let layout = Layout::from_json(&row.layout, template, data.has_value());
        let removed_stories = match (&data, scope, frozen) {
            (ReportData::Impact(d), Scope::Theory(theory), true) => {
                let live: Vec<i64> = store::impact::stories::list(self.db(), theory, None)
                    .await?
                    .into_iter()
                    .map(|s| s.id)
                    .collect();
                d.stories
                    .iter()
                    .map(|s| s.id)
                    .filter(|id| !live.contains(id))
                    .collect()
            }
            _ => Vec::new(),
        };
        Ok(ReportPage {
            row,
            scope,
            template,
            layout,
            data,
            frozen,
            removed_stories,
        })
    }

    /// The live data of a draft.
    async fn compose_report(&self, row: &ReportRow, scope: Scope) -> AppResult<ReportData> {
        let period = (row.period_from.as_str(), row.period_to.as_str());
        match scope {
            Scope::Atelier(atelier) => Ok(ReportData::Atelier(Box::new(
                self.atelier_report_data(atelier, period).await?,
            ))),
            Scope::Theory(theory) => {
                let plan = match row.plan_id {
                    Some(id) => {
                        store::impact_plans::find(self.db(), id)
                            .await?
                            .map(|p| ReportPlan {
                                id: p.id,
                                title: p.title,
                                answers: serde_json::from_str::<BTreeMap<String, String>>(
                                    &p.answers,
                                )
                                .unwrap_or_default(),
                                questions: serde_json::from_str(&p.questions).unwrap_or_default(),
                                methods: serde_json::from_str(&p.methods).unwrap_or_default(),
                            })
                    }
                    None => None,
                };
                Ok(ReportData::Impact(Box::new(
                    self.impact_report_data(theory, plan, period).await?,
                )))
            }
        }
    }

    /// Saves a draft's settings and layout, then moves `shift` one place (up when true).
    pub async fn save_report(
        &self,
        user: &CurrentUser,
        (scope, id): (Scope, i64),
        input: &ReportInput,
        (sections, shift): (&[SectionInput], Option<(Section, bool)>),
    ) -> AppResult<()> {
        let page = self.report(user, scope, id).await?;
        if page.frozen {
            return Err(AppError::field("title", "report-frozen"));
        }
        let checked = input.check(scope);
        let has_value = page.data.has_value();
        let template = checked.as_ref().map_or(page.template, |c| c.template);
        let layout = layout_from_input(sections, template, has_value);
        let (checked, mut layout) = match (checked, layout) {
            (Ok(c), Ok(l)) => (c, l),
            (c, l) => {
                let mut errors = c.err().unwrap_or_default();
                errors.extend(l.err().unwrap_or_default());
                return Err(AppError::Invalid(errors));
            }
        };
        // A plan a teammate chose stays, even for someone who may not open it themselves.
        if checked.plan != page.row.plan_id {
            self.check_plan(user, checked.plan).await?;
        }
        if checked.template != page.template {
            // Another template brings its own order; own texts and switches are kept.
            let mut fresh = Layout::of(checked.template, has_value);
            for s in &mut fresh.0 {
                if let Some(old) = layout.0.iter().find(|o| o.section == s.section) {
                    s.shown = old.shown;
                    s.text = old.text.clone();
                }
            }
            layout = fresh;
        }
        if let Some((section, up)) = shift {
            layout.shift(section, up);
        }
        let json = layout.to_json();
        if !reports::update(self.db(), id, fields(&checked, &json), self.now()).await? {
            return Err(AppError::field("title", "report-frozen"));
        }
        Ok(())
    }

    /// Publishes a draft: its data is composed once more and frozen.
    pub async fn publish_report(&self, user: &CurrentUser, scope: Scope, id: i64) -> AppResult<()> {
        let page = self.report(user, scope, id).await?;
        if page.frozen {
            return Err(AppError::field("publish", "report-frozen"));
        }
        let json =
            serde_json::to_string(&page.data).map_err(|e| AppError::Content(e.to_string()))?;
        if !reports::publish(self.db(), id, &json, (user.user.id.0, self.now())).await? {
            return Err(AppError::field("publish", "report-frozen"));
        }
        Ok(())
    }

    /// A new draft version after a published report, with its settings and layout; returns
    /// its id.
    pub async fn new_report_version(
        &self,
        user: &CurrentUser,
        scope: Scope,
        id: i64,
    ) -> AppResult<i64> {
        let page = self.report(user, scope, id).await?;
        if !page.frozen {
            // A draft is changed in place; versions follow what was sent.
            return Err(AppError::field("publish", "report-version-draft"));
        }
        let row = &page.row;
        let first = row.previous_id.unwrap_or(row.id);
        let version = reports::next_version(self.db(), first).await?;
        let layout = page.layout.to_json();
        Ok(reports::insert(
            self.db(),
            scope,
            ReportFields {
                plan: row.plan_id,
                template: &row.template,
                title: &row.title,
                from: &row.period_from,
                to: &row.period_to,
                layout: &layout,
            },
            (Some(first), version),
            (user.user.id.0, self.now()),
        )
        .await?)
    }

    /// Deletes a draft (a published report is kept).
    pub async fn delete_report(&self, user: &CurrentUser, scope: Scope, id: i64) -> AppResult<()> {
        self.report_row(user, scope, id).await?;
        if !reports::delete_draft(self.db(), id).await? {
            return Err(AppError::field("delete", "report-frozen"));
        }
        Ok(())
    }
}

fn fields<'a>(c: &'a Checked, layout: &'a str) -> ReportFields<'a> {
    ReportFields {
        plan: c.plan,
        template: c.template.code(),
        title: &c.title,
        from: &c.from,
        to: &c.to,
        layout,
    }
}
