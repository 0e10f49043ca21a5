//! Impact reports for funders: a team composes a report on its impact model for a period, lays
//! out its sections, publishes it (which freezes its data) and shares it by a secret link.
//! Drafts read live data every time; a published report only its snapshot. Share links are
//! in [`shares`].

pub mod shares;

use crate::accounts::CurrentUser;
use crate::impact::report_data::{ImpactReportData, ReportPlan};
use crate::theories::TheoryView;
use crate::{App, AppError, AppResult};
use domain::FieldErrors;
use domain::report::{
    Layout, PeriodInput, ReportTemplate, Section, SectionInput, layout_from_input,
};
use std::collections::BTreeMap;
use store::reports::{self, ReportFields, Subject};

pub use store::reports::ReportRow;
pub use store::reports::shares::ShareRow;

/// The longest title.
const MAX_TITLE: usize = 200;

/// The address of a report.
pub fn report_path(theory: i64, id: i64) -> String {
    format!("/veranderingstheorie/{theory}/impact/rapporten/{id}")
}

/// A report's settings as typed.
#[derive(Debug, Clone, Default)]
pub struct ReportInput {
    /// Title.
    pub title: String,
    /// Template code.
    pub template: String,
    /// The period.
    pub period: PeriodInput,
    /// The impact plan's id, as chosen (empty: none).
    pub plan: String,
}

/// Checked settings.
struct Checked {
    title: String,
    template: ReportTemplate,
    from: String,
    to: String,
    plan: Option<i64>,
}

impl ReportInput {
    fn check(&self) -> Result<Checked, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = self.title.trim().to_owned();
        if title.is_empty() {
            errors.add("title", "report-title-required");
        } else if title.chars().count() > MAX_TITLE {
            errors.add("title", "report-title-long");
        }
        let template = ReportTemplate::from_code(&self.template);
        if template.is_none() {
            errors.add("template", "report-template-required");
        }
        let period = self.period.validate();
        if let Err(e) = &period {
            errors.extend(e.clone());
        }
        let plan = match self.plan.trim() {
            "" => None,
            text => match text.parse::<i64>() {
                Ok(id) => Some(id),
                Err(_) => {
                    errors.add("plan", "report-plan-unknown");
                    None
                }
            },
        };
        match (template, period) {
            (Some(template), Ok(period)) if errors.is_empty() => Ok(Checked {
                title,
                template,
                from: period.from,
                to: period.to,
                plan,
            }),
            _ => Err(errors),
        }
    }
}

/// A report as its team (or a share-link reader) sees it.
#[derive(Debug, Clone)]
pub struct ReportPage {
    /// The stored row.
    pub row: ReportRow,
    /// Its template.
    pub template: ReportTemplate,
    /// The sections in the team's order.
    pub layout: Layout,
    /// The data: live for a draft, frozen for a published report.
    pub data: ImpactReportData,
    /// Published: the data no longer changes.
    pub frozen: bool,
    /// Stories in the data that were removed since (their records are gone).
    pub removed_stories: Vec<i64>,
}

impl App {
    /// A theory's reports with the plans a report can open with, for its team.
    pub async fn reports_of(
        &self,
        user: &CurrentUser,
        theory: i64,
    ) -> AppResult<(TheoryView, Vec<ReportRow>, Vec<(i64, String)>)> {
        let view = self.impact_theory(user, theory).await?;
        let rows = reports::list(self.db(), Subject::Theory(theory)).await?;
        let plans = self
            .my_plans(user)
            .await?
            .into_iter()
            .map(|p| (p.id, p.title))
            .collect();
        Ok((view, rows, plans))
    }

    /// Starts a draft report on a theory's impact model; returns its id.
    pub async fn create_report(
        &self,
        user: &CurrentUser,
        theory: i64,
        input: &ReportInput,
    ) -> AppResult<i64> {
        self.impact_theory(user, theory).await?;
        let checked = input.check().map_err(AppError::Invalid)?;
        self.check_plan(user, checked.plan).await?;
        let has_value = store::impact::values::settings(self.db(), theory)
            .await?
            .is_some();
        let layout = Layout::of(checked.template, has_value).to_json();
        Ok(reports::insert(
            self.db(),
            Subject::Theory(theory),
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

    /// The report `id` of `theory`, for its team.
    pub async fn report(&self, user: &CurrentUser, theory: i64, id: i64) -> AppResult<ReportPage> {
        self.impact_theory(user, theory).await?;
        let row = reports::find(self.db(), id)
            .await?
            .filter(|r| r.theory_id == Some(theory))
            .ok_or(AppError::NotFound)?;
        self.report_page(row).await
    }

    /// A row with its data: composed now for a draft, read from the snapshot when published.
    pub(crate) async fn report_page(&self, row: ReportRow) -> AppResult<ReportPage> {
        let theory = row.theory_id.ok_or(AppError::NotFound)?;
        let template =
            ReportTemplate::from_code(&row.template).unwrap_or(ReportTemplate::Municipality);
        let (data, frozen) = match &row.snapshot {
            Some(json) => (
                serde_json::from_str::<ImpactReportData>(json)
                    .map_err(|e| AppError::Content(format!("report {}: {e}", row.id)))?,
                true,
            ),
            None => (self.compose_report(&row, theory).await?, false),
        };
        let layout = Layout::from_json(&row.layout, template, data.value.is_some());
        let removed_stories = if frozen {
            let live: Vec<i64> = store::impact::stories::list(self.db(), theory, None)
                .await?
                .into_iter()
                .map(|s| s.id)
                .collect();
            data.stories
                .iter()
                .map(|s| s.id)
                .filter(|id| !live.contains(id))
                .collect()
        } else {
            Vec::new()
        };
        Ok(ReportPage {
            row,
            template,
            layout,
            data,
            frozen,
            removed_stories,
        })
    }

    /// The live data of a draft.
    async fn compose_report(&self, row: &ReportRow, theory: i64) -> AppResult<ImpactReportData> {
        let plan = match row.plan_id {
            Some(id) => store::impact_plans::find(self.db(), id)
                .await?
                .map(|p| ReportPlan {
                    id: p.id,
                    title: p.title,
                    answers: serde_json::from_str::<BTreeMap<String, String>>(&p.answers)
                        .unwrap_or_default(),
                    questions: serde_json::from_str(&p.questions).unwrap_or_default(),
                    methods: serde_json::from_str(&p.methods).unwrap_or_default(),
                }),
            None => None,
        };
        self.impact_report_data(theory, plan, (&row.period_from, &row.period_to))
            .await
    }

    /// Saves a draft's settings and layout, then moves `shift` one place (up when true).
    pub async fn save_report(
        &self,
        user: &CurrentUser,
        (theory, id): (i64, i64),
        input: &ReportInput,
        (sections, shift): (&[SectionInput], Option<(Section, bool)>),
    ) -> AppResult<()> {
        let page = self.report(user, theory, id).await?;
        if page.frozen {
            return Err(AppError::field("title", "report-frozen"));
        }
        let checked = input.check();
        let layout = layout_from_input(
            sections,
            checked.as_ref().map_or(page.template, |c| c.template),
            page.data.value.is_some(),
        );
        let (checked, mut layout) = match (checked, layout) {
            (Ok(c), Ok(l)) => (c, l),
            (c, l) => {
                let mut errors = c.err().unwrap_or_default();
                errors.extend(l.err().unwrap_or_default());
                return Err(AppError::Invalid(errors));
            }
        };
        self.check_plan(user, checked.plan).await?;
        if checked.template != page.template {
            // Another template brings its own order; own texts and switches are kept.
            let mut fresh = Layout::of(checked.template, page.data.value.is_some());
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
    pub async fn publish_report(&self, user: &CurrentUser, theory: i64, id: i64) -> AppResult<()> {
        let page = self.report(user, theory, id).await?;
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
        theory: i64,
        id: i64,
    ) -> AppResult<i64> {
        let page = self.report(user, theory, id).await?;
        let row = &page.row;
        let version = reports::next_version(self.db(), row.previous_id.unwrap_or(row.id)).await?;
        let first = row.previous_id.unwrap_or(row.id);
        let layout = page.layout.to_json();
        Ok(reports::insert(
            self.db(),
            Subject::Theory(theory),
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
    pub async fn delete_report(&self, user: &CurrentUser, theory: i64, id: i64) -> AppResult<()> {
        self.report(user, theory, id).await?;
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
