//! The demo's finished reports: the housing-support team's report to its municipality from
//! January 2024 to June 2026, with its own texts and the team's impact plan when there is one,
//! and a report on the team's atelier since 2024; both published (frozen) so the demo shows
//! sent reports, their PDFs and share links.

use crate::impact::report_data::ReportPlan;
use crate::reports::ReportData;
use crate::{App, AppError, AppResult};
use domain::events::local_time::LocalTime;
use domain::report::{Layout, ReportTemplate, Section};
use store::reports::{self, ReportFields, Subject};

/// The team's own words for the demo report, per section.
const OWN_TEXTS: [(Section, &str); 3] = [
    (
        Section::Changes,
        "De cijfers laten zien dat de meeste deelnemers stabieler gaan wonen. De verhalen laten \
         zien wat dat betekent: rust, een eigen voordeur, weer contact met familie.",
    ),
    (
        Section::Learning,
        "We meten voortaan samen met de deelnemer, niet over hem. Waar cliënt en begeleider \
         verschillend scoren, bespreken we dat verschil in het gesprek.\n\nWe vragen bij de \
         eindmeting ook naar wat er minder goed ging, zodat onverwachte effecten niet ontbreken.",
    ),
    (
        Section::Methods,
        "De zelfredzaamheid is gescoord met een eigen matrix van het team; de woonstabiliteit \
         is geteld uit het dossier.",
    ),
];

impl App {
    /// Seeds the published demo report on the housing theory (after the rest of the demo is
    /// committed, because composing reads committed data). Returns its id.
    pub(crate) async fn seed_demo_report(&self, theory: i64) -> AppResult<i64> {
        let row = store::theories::find(self.db(), theory)
            .await?
            .ok_or_else(|| AppError::Content("demo report: theory".into()))?;
        let plan = match row.atelier_id {
            Some(atelier) => store::impact_plans::list_by_atelier(self.db(), atelier)
                .await?
                .into_iter()
                .next(),
            None => None,
        };
        let snapshot_plan = plan.as_ref().map(|p| ReportPlan {
            id: p.id,
            title: p.title.clone(),
            answers: serde_json::from_str(&p.answers).unwrap_or_default(),
            questions: serde_json::from_str(&p.questions).unwrap_or_default(),
            methods: serde_json::from_str(&p.methods).unwrap_or_default(),
        });
        let period = ("2024-01-01", "2026-06-30");
        let data = self
            .impact_report_data(theory, snapshot_plan, period)
            .await?;
        let template = ReportTemplate::Municipality;
        let mut layout = Layout::of(template, data.value.is_some());
        for (section, text) in OWN_TEXTS {
            if let Some(s) = layout.0.iter_mut().find(|s| s.section == section) {
                s.text = text.to_owned();
            }
        }
        let layout = layout.to_json();
        let json = serde_json::to_string(&ReportData::Impact(Box::new(data)))
            .map_err(|e| AppError::Content(e.to_string()))?;
        let (by, now) = (row.owner_id, self.now());
        let mut tx = self.db().begin().await?;
        let id = reports::insert(
            &mut tx,
            Subject::Theory(theory),
            ReportFields {
                plan: plan.map(|p| p.id),
                template: template.code(),
                title: "Ambulante woonbegeleiding: rapportage aan de gemeente, januari 2024 tot juli 2026",
                from: period.0,
                to: period.1,
                layout: &layout,
            },
            (None, 1),
            (by, now),
        )
        .await?;
        reports::publish(&mut tx, id, &json, (by, now)).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Seeds a published report on `atelier` from 2024 (when the demo's knowledge products
    /// start) until today. Returns its id.
    pub(crate) async fn seed_demo_atelier_report(&self, atelier: i64, by: i64) -> AppResult<i64> {
        let now = self.now();
        let from = "2024-01-01".to_owned();
        let to = LocalTime::of(now).date_value();
        let data = self.atelier_report_data(atelier, (&from, &to)).await?;
        let mut layout = Layout::of(ReportTemplate::Werkplaats, false);
        if let Some(s) = layout.0.iter_mut().find(|s| s.section == Section::Learning) {
            s.text = "Het atelier groeit: steeds meer deelnemers brengen een eigen casus in. \
                      Volgend jaar nodigen we vaker ervaringsdeskundigen en beleidsmedewerkers uit."
                .to_owned();
        }
        let json = serde_json::to_string(&ReportData::Atelier(Box::new(data)))
            .map_err(|e| AppError::Content(e.to_string()))?;
        let layout = layout.to_json();
        let title = format!("Verslag van het leeratelier, 2024 tot {to}");
        let mut tx = self.db().begin().await?;
        let id = reports::insert(
            &mut tx,
            Subject::Atelier(atelier),
            ReportFields {
                plan: None,
                template: ReportTemplate::Werkplaats.code(),
                title: &title,
                from: &from,
                to: &to,
                layout: &layout,
            },
            (None, 1),
            (by, now),
        )
        .await?;
        reports::publish(&mut tx, id, &json, (by, now)).await?;
        tx.commit().await?;
        Ok(id)
    }
}
