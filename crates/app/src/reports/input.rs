//! A report's settings as typed and as checked: title, period, and for an impact report the
//! template and the impact plan it opens with.

use super::Scope;
use domain::FieldErrors;
use domain::report::{PeriodInput, ReportTemplate};

/// The longest title.
const MAX_TITLE: usize = 200;

/// A report's settings as typed.
#[derive(Debug, Clone, Default)]
pub struct ReportInput {
    /// Title.
    pub title: String,
    /// Template code (impact reports).
    pub template: String,
    /// The period.
    pub period: PeriodInput,
    /// The impact plan's id, as chosen (empty: none).
    pub plan: String,
}

/// Checked settings.
pub(super) struct Checked {
    pub(super) title: String,
    pub(super) template: ReportTemplate,
    pub(super) from: String,
    pub(super) to: String,
    pub(super) plan: Option<i64>,
}

impl ReportInput {
    /// Checks the settings; an atelier report always has the werkplaats template and no plan.
    pub(super) fn check(&self, scope: Scope) -> Result<Checked, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = self.title.trim().to_owned();
        if title.is_empty() {
            errors.add("title", "report-title-required");
        } else if title.chars().count() > MAX_TITLE {
            errors.add("title", "report-title-long");
        }
        let template = match scope {
            Scope::Atelier(_) => Some(ReportTemplate::Werkplaats),
            Scope::Theory(_) => ReportTemplate::from_code(&self.template)
                .filter(|t| ReportTemplate::for_impact().contains(t)),
        };
        if template.is_none() {
            errors.add("template", "report-template-required");
        }
        let period = self.period.validate();
        if let Err(e) = &period {
            errors.extend(e.clone());
        }
        let plan = match (scope, self.plan.trim()) {
            (Scope::Atelier(_), _) | (_, "") => None,
            (_, text) => match text.parse::<i64>() {
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
