//! A report layout as stored (JSON) and as posted by the builder form, checked.

use super::{Layout, MAX_OWN_TEXT, ReportTemplate, Section, SectionLayout};
use crate::FieldErrors;
use serde_json::{Value, json};

impl Layout {
    /// The layout as JSON text: `[{"section": code, "shown": bool, "text": own text}]`.
    pub fn to_json(&self) -> String {
        let items: Vec<Value> = self
            .0
            .iter()
            .map(|s| json!({"section": s.section.code(), "shown": s.shown, "text": s.text}))
            .collect();
        Value::Array(items).to_string()
    }

    /// A stored layout; sections it lacks (a value calculation made later) are added from
    /// the template, shown, and unknown or doubled entries are dropped, so an old layout
    /// always reads.
    pub fn from_json(text: &str, template: ReportTemplate, has_value: bool) -> Layout {
        let items: Vec<Value> = serde_json::from_str(text).unwrap_or_default();
        let mut out: Vec<SectionLayout> = Vec::new();
        for item in items {
            let Some(section) = item["section"].as_str().and_then(Section::from_code) else {
                continue;
            };
            if out.iter().any(|s| s.section == section) {
                continue;
            }
            out.push(SectionLayout {
                section,
                shown: item["shown"].as_bool().unwrap_or(true),
                text: item["text"].as_str().unwrap_or_default().to_owned(),
            });
        }
        let mut layout = Layout(out);
        layout.complete(template, has_value);
        layout
    }

    /// Adds the template's sections the layout lacks, drops sections it does not have, and
    /// the value section when there is no value calculation.
    fn complete(&mut self, template: ReportTemplate, has_value: bool) {
        for missing in Layout::of(template, has_value).0 {
            if !self.0.iter().any(|s| s.section == missing.section) {
                self.0.push(missing);
            }
        }
        // A posted or stored section of the other kind of report (a stage in an impact
        // report) has no place in it.
        let allowed: Vec<Section> = template.sections().into_iter().map(|(s, _)| s).collect();
        self.0
            .retain(|s| allowed.contains(&s.section) && (has_value || s.section != Section::Value));
    }
}

/// One section as posted by the builder form, in the page's order.
#[derive(Debug, Clone, Default)]
pub struct SectionInput {
    /// The section code.
    pub section: String,
    /// The "show" box was ticked.
    pub shown: bool,
    /// The team's own text.
    pub text: String,
}

/// Checks posted sections into a layout: every own text within [`MAX_OWN_TEXT`] (the field
/// `text_{code}` gets the message), sections the form lacked added from the template.
pub fn layout_from_input(
    input: &[SectionInput],
    template: ReportTemplate,
    has_value: bool,
) -> Result<Layout, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut out: Vec<SectionLayout> = Vec::new();
    for item in input {
        let Some(section) = Section::from_code(&item.section) else {
            continue;
        };
        if out.iter().any(|s| s.section == section) {
            continue;
        }
        let text = item.text.trim().replace("\r\n", "\n");
        if text.chars().count() > MAX_OWN_TEXT {
            errors.add(own_text_field(section), "report-text-long");
        }
        out.push(SectionLayout {
            section,
            shown: item.shown,
            text,
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut layout = Layout(out);
    layout.complete(template, has_value);
    Ok(layout)
}

/// The form field of a section's own text.
pub fn own_text_field(section: Section) -> &'static str {
    match section {
        Section::Question => "text_question",
        Section::Theory => "text_theory",
        Section::Reach => "text_reach",
        Section::Changes => "text_changes",
        Section::Unexpected => "text_unexpected",
        Section::Contribution => "text_contribution",
        Section::Value => "text_value",
        Section::Learning => "text_learning",
        Section::Methods => "text_methods",
        Section::Stage => "text_stage",
        Section::Meetings => "text_meetings",
        Section::Outcomes => "text_outcomes",
        Section::Products => "text_products",
        Section::Reciprocity => "text_reciprocity",
    }
}
