//! The impact model in the application. Its data belongs to the team that may edit the theory
//! (the owner, an atelier team for a team theory, an admin): everyone else gets a 404, also
//! readers of a published theory, because measurements are about clients. Indicators and their
//! reminders are here; subjects and consent in [`subjects`], measurements, import and export in
//! [`measurements`] and [`import`], dashboards in [`dashboard`], stories and MSC rounds in
//! [`stories`], the effect register in [`effects`], instruments in [`instruments`] and scorings
//! in [`scoring`], the value calculation in [`values`], what an atelier sees of its practices'
//! shared indicators in [`shared`].

pub mod dashboard;
pub mod effects;
pub mod import;
pub mod instruments;
pub mod measurements;
pub mod report_data;
pub mod scoring;
pub mod shared;
pub mod sheets;
pub mod stories;
pub mod subjects;
pub mod values;

use crate::accounts::CurrentUser;
use crate::mail::OutgoingMail;
use crate::theories::TheoryView;
use crate::{App, AppError, AppResult, i18n};
use domain::Locale;
use domain::impact::indicator::{IndicatorInput, IndicatorSpec};
use domain::toc::Theory;
use store::impact::indicators::{self, IndicatorFields, IndicatorRow};

pub use store::impact::effects::{EffectRow, OutcomeRow};
pub use store::impact::indicators::IndicatorRow as Indicator;
pub use store::impact::stories::{RoundRow, StoryRow};
pub use store::impact::subjects::SubjectRow;

/// About a month, for measurement schedules.
const MONTH_SECS: i64 = 30 * 24 * 3600;

/// The impact model's address.
pub fn impact_path(theory: i64) -> String {
    format!("/veranderingstheorie/{theory}/impact")
}

/// The keys of a theory's boxes.
pub fn node_keys(theory: &Theory) -> Vec<u32> {
    theory.nodes.iter().map(|n| n.id).collect()
}

impl App {
    /// The theory of an impact model, for a member of its team; `NotFound` for anyone else.
    pub async fn impact_theory(&self, user: &CurrentUser, id: i64) -> AppResult<TheoryView> {
        let view = self.theory_view(user, id).await?;
        if !view.may_edit {
            return Err(AppError::NotFound);
        }
        Ok(view)
    }

    /// The indicators of a theory, for its team.
    pub async fn indicators(
        &self,
        user: &CurrentUser,
        theory: i64,
    ) -> AppResult<Vec<IndicatorRow>> {
        self.impact_theory(user, theory).await?;
        Ok(indicators::list(self.db(), theory).await?)
    }

    /// Saves a new indicator (`id` none) or changes one; the actor becomes its owner, who gets
    /// a mail when a measurement is due. Returns the id.
    pub async fn save_indicator(
        &self,
        user: &CurrentUser,
        (theory, id): (i64, Option<i64>),
        input: &IndicatorInput,
        shared: bool,
    ) -> AppResult<i64> {
        let view = self.impact_theory(user, theory).await?;
        let spec = input
            .validate(&node_keys(&view.theory))
            .map_err(AppError::Invalid)?;
        self.guard_texts(
            "definition",
            &[&spec.name, &spec.definition, &spec.population],
        )?;
        let dimensions = spec.dimensions.join(",");
        let fields = fields_of(&spec, &dimensions, user.user.id.0, self.now(), shared);
        let saved = match id {
            None => indicators::insert(self.db(), theory, &fields, self.now()).await?,
            Some(id) => indicators::update(self.db(), (theory, id), &fields, self.now())
                .await?
                .then_some(id),
        };
        saved.ok_or_else(|| AppError::field("code", "impact-indicator-code-taken"))
    }

    /// Deletes an indicator with its measurements.
    pub async fn delete_indicator(
        &self,
        user: &CurrentUser,
        theory: i64,
        id: i64,
    ) -> AppResult<()> {
        self.impact_theory(user, theory).await?;
        if !indicators::delete(self.db(), theory, id).await? {
            return Err(AppError::NotFound);
        }
        Ok(())
    }

    /// Refuses free text that shows signs of client data (a BSN, a birth date, an address); the
    /// message goes with `field`.
    pub(crate) fn guard_texts(&self, field: &'static str, texts: &[&str]) -> AppResult<()> {
        let year = crate::events::sessions::year_of(self.now());
        if texts
            .iter()
            .any(|t| !domain::forum::guard::client_data_signs(t, year).is_empty())
        {
            return Err(AppError::field(field, "impact-guard"));
        }
        Ok(())
    }

    /// Mails the owner of every indicator whose measurement is due (once per due date). Run
    /// hourly by the job worker; returns how many mails were queued.
    pub async fn send_indicator_reminders(&self) -> AppResult<usize> {
        let due = indicators::due(self.db(), self.now()).await?;
        for d in &due {
            let locale = Locale::from_code(&d.locale).unwrap_or(Locale::Nl);
            let link = format!(
                "{}{}/metingen",
                self.config().base_url,
                impact_path(d.theory_id)
            );
            let args = [
                ("indicator", i18n::Arg::Text(&d.name)),
                ("code", i18n::Arg::Text(&d.code)),
                ("link", i18n::Arg::Text(&link)),
            ];
            let mail = OutgoingMail {
                to: d.email.clone(),
                subject: i18n::text_with(locale, "impact-reminder-subject", &args),
                body: i18n::text_with(locale, "impact-reminder-body", &args),
            };
            let mut tx = self.db().begin().await?;
            self.enqueue_mail(&mut tx, &mail).await?;
            indicators::mark_reminded(&mut tx, d.id).await?;
            tx.commit().await?;
        }
        if !due.is_empty() {
            self.wake_worker();
        }
        Ok(due.len())
    }

    /// After measurements of an indicator were recorded: the next one is due a period later.
    pub(crate) async fn measured(&self, indicator: &IndicatorRow) -> AppResult<()> {
        if indicator.frequency_months > 0 {
            let next = self.now() + indicator.frequency_months * MONTH_SECS;
            indicators::reschedule(self.db(), indicator.id, next).await?;
        }
        Ok(())
    }
}

fn fields_of<'a>(
    spec: &'a IndicatorSpec,
    dimensions: &'a str,
    owner: i64,
    now: i64,
    shared: bool,
) -> IndicatorFields<'a> {
    IndicatorFields {
        node_key: i64::from(spec.node),
        code: &spec.code,
        name: &spec.name,
        definition: &spec.definition,
        population: &spec.population,
        unit: &spec.unit,
        kind: spec.rule.kind.code(),
        scale: (spec.rule.min, spec.rule.max),
        target: spec.target,
        higher_is_better: spec.higher_is_better,
        baseline: spec.baseline,
        frequency_months: spec.frequency_months,
        owner_id: Some(owner),
        next_due: (spec.frequency_months > 0).then(|| now + spec.frequency_months * MONTH_SECS),
        dimensions,
        aggregation: spec.aggregation.code(),
        shared,
    }
}

/// The value rules of a stored indicator.
pub fn rule_of(row: &IndicatorRow) -> domain::impact::indicator::ValueRule {
    domain::impact::indicator::ValueRule {
        kind: domain::impact::indicator::IndicatorKind::from_code(&row.kind)
            .unwrap_or(domain::impact::indicator::IndicatorKind::Qualitative),
        min: row.scale_min,
        max: row.scale_max,
    }
}
