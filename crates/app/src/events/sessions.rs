//! Running a meeting and closing the loop: intervision formats (`content/intervision.toml`)
//! with a step view the facilitator projects, anonymised session notes (checked by the
//! client-data guard), and the outcome report that becomes a draft *verslag* in the knowledge
//! base with the attendance by background.

use super::{EventRow, event_path};
use crate::accounts::CurrentUser;
use crate::i18n::{self, Arg};
use crate::{App, AppError, AppResult};
use domain::AtelierId;
use domain::KnowledgeId;
use domain::forum::guard::{Finding, client_data_signs};
use domain::knowledge::KnowledgeInput;
use domain::reciprocity::Activity;
use serde::Deserialize;
use std::sync::LazyLock;
use store::events::reports::{self, ReportRow};

const INTERVISION_TOML: &str = include_str!("../../../../content/intervision.toml");

/// A step of an intervision session.
#[derive(Debug, Clone, Deserialize)]
pub struct Step {
    /// Minutes.
    pub minutes: u32,
    /// Title (Dutch).
    pub title_nl: String,
    /// Title (English).
    pub title_en: String,
    /// What happens (Dutch).
    pub guidance_nl: String,
    /// What happens (English).
    pub guidance_en: String,
}

/// An intervision format.
#[derive(Debug, Clone, Deserialize)]
pub struct IntervisionFormat {
    /// Code.
    pub code: String,
    /// Name (Dutch).
    pub name_nl: String,
    /// Name (English).
    pub name_en: String,
    /// What it is for (Dutch).
    pub summary_nl: String,
    /// What it is for (English).
    pub summary_en: String,
    /// Group size.
    pub group_size: String,
    /// Its steps.
    pub steps: Vec<Step>,
}

#[derive(Debug, Deserialize)]
struct Formats {
    formats: Vec<IntervisionFormat>,
}

static FORMATS: LazyLock<Result<Vec<IntervisionFormat>, String>> = LazyLock::new(|| {
    toml::from_str::<Formats>(INTERVISION_TOML)
        .map(|f| f.formats)
        .map_err(|e| e.to_string())
});

/// The shipped intervision formats.
pub fn intervision_formats() -> AppResult<&'static [IntervisionFormat]> {
    FORMATS
        .as_deref()
        .map_err(|e| AppError::Content(format!("intervision.toml: {e}")))
}

/// What saving notes came to.
#[derive(Debug, Clone)]
pub enum NotesOutcome {
    /// Saved.
    Saved,
    /// Not saved: the text looks like it holds client data. Show these and ask.
    Check(Vec<Finding>),
}

/// The step view of a session.
#[derive(Debug, Clone)]
pub struct SessionView {
    /// The event.
    pub event: EventRow,
    /// Its format.
    pub format: &'static IntervisionFormat,
    /// The step shown (0-based).
    pub step: usize,
    /// Notes so far.
    pub notes: String,
}

/// The calendar year of a moment (the client-data guard judges birth dates by it).
pub(crate) fn year_of(unix: i64) -> i32 {
    i32::try_from(domain::events::local_time::LocalTime::of(unix).year).unwrap_or(2026)
}

impl App {
    /// Chooses the intervision format of a session (organisers; empty clears it).
    pub async fn set_intervision_format(
        &self,
        user: &CurrentUser,
        id: i64,
        code: &str,
    ) -> AppResult<()> {
        self.event_for_editing(user, id).await?;
        let code = code.trim();
        if !code.is_empty() && !intervision_formats()?.iter().any(|f| f.code == code) {
            return Err(AppError::field("format", "error-choice"));
        }
        let chosen = (!code.is_empty()).then_some(code);
        store::events::set_intervision_format(self.db(), id, chosen).await?;
        Ok(())
    }

    /// The step view (organisers): step `step` (clamped) of the chosen format.
    pub async fn session_view(
        &self,
        user: &CurrentUser,
        id: i64,
        step: usize,
    ) -> AppResult<SessionView> {
        let event = self.event_for_editing(user, id).await?;
        let format = intervision_formats()?
            .iter()
            .find(|f| Some(f.code.as_str()) == event.intervision_format.as_deref())
            .ok_or(AppError::NotFound)?;
        let notes = reports::find(self.db(), id)
            .await?
            .map(|r| r.session_notes)
            .unwrap_or_default();
        Ok(SessionView {
            step: step.min(format.steps.len().saturating_sub(1)),
            event,
            format,
            notes,
        })
    }

    /// The report of an event (organisers).
    pub async fn event_report(&self, user: &CurrentUser, id: i64) -> AppResult<ReportRow> {
        self.event_for_editing(user, id).await?;
        Ok(reports::find(self.db(), id).await?.unwrap_or_default())
    }

    /// Saves anonymised session notes (organisers). Text that looks like client data is not
    /// saved unless `confirmed`.
    pub async fn save_session_notes(
        &self,
        user: &CurrentUser,
        id: i64,
        notes: &str,
        confirmed: bool,
    ) -> AppResult<NotesOutcome> {
        self.event_for_editing(user, id).await?;
        let mut errors = domain::validation::FieldErrors::new();
        let notes = domain::validation::optional_text(&mut errors, "notes", notes, 20_000);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let findings = client_data_signs(&notes, year_of(self.now()));
        if !findings.is_empty() && !confirmed {
            return Ok(NotesOutcome::Check(findings));
        }
        reports::save_notes(self.db(), id, &notes, self.now()).await?;
        Ok(NotesOutcome::Saved)
    }

    /// Saves the outcome report (organisers): key insights, decisions and follow-up actions.
    /// Text that looks like client data is not saved unless `confirmed` (it may be published).
    pub async fn save_event_outcome(
        &self,
        user: &CurrentUser,
        id: i64,
        (insights, decisions, actions): (&str, &str, &str),
        confirmed: bool,
    ) -> AppResult<NotesOutcome> {
        self.event_for_editing(user, id).await?;
        let mut errors = domain::validation::FieldErrors::new();
        let insights = domain::validation::optional_text(&mut errors, "insights", insights, 10_000);
        let decisions =
            domain::validation::optional_text(&mut errors, "decisions", decisions, 10_000);
        let actions = domain::validation::optional_text(&mut errors, "actions", actions, 10_000);
        if insights.is_empty() && decisions.is_empty() && actions.is_empty() {
            errors.add("insights", "error-event-report-empty");
        }
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let all = format!("{insights}\n{decisions}\n{actions}");
        let findings = client_data_signs(&all, year_of(self.now()));
        if !findings.is_empty() && !confirmed {
            return Ok(NotesOutcome::Check(findings));
        }
        reports::save_outcome(self.db(), id, (&insights, &decisions, &actions), self.now()).await?;
        Ok(NotesOutcome::Saved)
    }

    /// Publishes the report as a draft *verslag* in the atelier's knowledge base (once):
    /// attendance (count and backgrounds of those checked in, or registered when nobody was
    /// checked in), insights, decisions, actions and the session notes, linking back to the
    /// event. Counts as giving for the organiser. Returns the item.
    pub async fn publish_event_report(
        &self,
        user: &CurrentUser,
        id: i64,
    ) -> AppResult<KnowledgeId> {
        let event = self.event_for_editing(user, id).await?;
        let report = reports::find(self.db(), id).await?.unwrap_or_default();
        if let Some(item) = report.report_item_id {
            return Ok(KnowledgeId(item));
        }
        let Some(atelier) = event.atelier_id else {
            return Err(AppError::field("insights", "error-event-report-no-atelier"));
        };
        if report.insights.is_empty() && report.decisions.is_empty() && report.actions.is_empty() {
            return Err(AppError::field("insights", "error-event-report-empty"));
        }
        let body = self.report_markdown(user, &event, &report).await?;
        let input = KnowledgeInput {
            title: i18n::text_with(
                user.user.locale,
                "event-report-title",
                &[("title", Arg::Text(&event.title))],
            ),
            summary: i18n::text(user.user.locale, "event-report-summary"),
            body,
            kind: "verslag".into(),
            visibility: "atelier".into(),
            language: "nl".into(),
            licence: "CC BY 4.0".into(),
            ..Default::default()
        };
        let content = input.validate().map_err(AppError::Invalid)?;
        let mut tx = self.db().begin().await?;
        let item = store::knowledge::insert(
            &mut tx,
            AtelierId(atelier),
            user.user.id,
            &domain::slug::slugify(&content.title),
            &content,
            self.now(),
        )
        .await?;
        if !reports::set_report_item(&mut tx, id, item.0).await? {
            // Published at the same moment by someone else: keep theirs, drop this one.
            drop(tx);
            let existing = reports::find(self.db(), id)
                .await?
                .and_then(|r| r.report_item_id);
            return existing.map(KnowledgeId).ok_or(AppError::NotFound);
        }
        store::activities::insert(
            &mut tx,
            AtelierId(atelier),
            user.user.id,
            Activity::HarvestWritten.code(),
            self.now(),
        )
        .await?;
        tx.commit().await?;
        Ok(item)
    }

    async fn report_markdown(
        &self,
        user: &CurrentUser,
        event: &EventRow,
        report: &ReportRow,
    ) -> AppResult<String> {
        let locale = user.user.locale;
        let people = store::events::registrations::list(self.db(), event.id).await?;
        let checked: Vec<_> = people.iter().filter(|p| p.checked_in).collect();
        let counted: Vec<_> = if checked.is_empty() {
            people.iter().filter(|p| p.status == "going").collect()
        } else {
            checked
        };
        let mut backgrounds: Vec<(String, usize)> = Vec::new();
        for p in &counted {
            let name = i18n::text(locale, &format!("background-{}", p.background));
            match backgrounds.iter_mut().find(|(b, _)| *b == name) {
                Some((_, n)) => *n += 1,
                None => backgrounds.push((name, 1)),
            }
        }
        backgrounds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let link = format!(
            "{}{}",
            self.config().base_url,
            event_path(event.id, &event.slug)
        );
        let t = |key: &str| i18n::text(locale, key);
        let mut body = i18n::text_with(
            locale,
            "event-report-intro",
            &[
                ("title", Arg::Text(&event.title)),
                ("link", Arg::Text(&link)),
            ],
        );
        body.push_str(&format!(
            "\n\n## {}\n\n{}",
            t("event-report-attendance"),
            i18n::text_with(
                locale,
                "event-report-attendance-count",
                &[(
                    "count",
                    Arg::Number(i64::try_from(counted.len()).unwrap_or(0))
                )],
            )
        ));
        for (name, n) in &backgrounds {
            body.push_str(&format!("\n- {name}: {n}"));
        }
        for (key, text) in [
            ("event-report-insights", &report.insights),
            ("event-report-decisions", &report.decisions),
            ("event-report-actions", &report.actions),
            ("event-report-notes", &report.session_notes),
        ] {
            if !text.trim().is_empty() {
                body.push_str(&format!("\n\n## {}\n\n{}", t(key), text.trim()));
            }
        }
        Ok(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_formats_are_complete_in_both_languages() {
        let formats = intervision_formats().unwrap();
        let codes: Vec<&str> = formats.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes, ["incident", "trage-vraag", "oplossingsgericht"]);
        for f in formats {
            assert!(!f.name_nl.is_empty() && !f.name_en.is_empty() && !f.summary_en.is_empty());
            assert!((5..=8).contains(&f.steps.len()), "{}", f.code);
            let total: u32 = f.steps.iter().map(|s| s.minutes).sum();
            assert!((40..=90).contains(&total), "{}: {total} minutes", f.code);
            for s in &f.steps {
                assert!(s.minutes > 0 && !s.title_nl.is_empty() && !s.guidance_en.is_empty());
                assert!(
                    client_data_signs(&s.guidance_nl, 2026).is_empty(),
                    "no client data in our own texts"
                );
            }
        }
    }
}
