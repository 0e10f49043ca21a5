//! A plan in words: its answers as labelled rows (shared by the plan page, the printable page
//! and the Markdown export) and the Markdown evaluation plan someone could hand to an external
//! evaluator.

use super::plans::PlanView;
use super::{catalogue, method_path};
use crate::AppResult;
use crate::i18n::{self, Arg};
use domain::Locale;
use domain::events::local_time::LocalTime;
use domain::keuzehulp::Answers;
use domain::keuzehulp::catalogue::Method;
use domain::keuzehulp::package::{Package, recommend};
use domain::keuzehulp::rules::Reason;

/// A method's prose in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodWords {
    /// Name.
    pub name: String,
    /// What it is.
    pub summary: String,
    /// The question it answers.
    pub question: String,
    /// Skills needed.
    pub skills: String,
    /// When it fits.
    pub fits: String,
    /// When to avoid it.
    pub avoid: String,
}

/// The method's prose in `locale`.
pub fn method_words(method: &Method, locale: Locale) -> MethodWords {
    let t = &method.text;
    let pick = |nl: &String, en: &String| match locale {
        Locale::Nl => nl.clone(),
        Locale::En => en.clone(),
    };
    MethodWords {
        name: pick(&t.name_nl, &t.name_en),
        summary: pick(&t.summary_nl, &t.summary_en),
        question: pick(&t.question_nl, &t.question_en),
        skills: pick(&t.skills_nl, &t.skills_en),
        fits: pick(&t.fits_nl, &t.fits_en),
        avoid: pick(&t.avoid_nl, &t.avoid_en),
    }
}

/// A reason in `locale`.
pub fn reason_text(locale: Locale, reason: &Reason) -> String {
    match reason.limit {
        Some(limit) => i18n::text_with(locale, &reason.key, &[("limit", Arg::Number(limit))]),
        None => i18n::text(locale, &reason.key),
    }
}

fn yes_no(locale: Locale, on: bool) -> String {
    i18n::text(locale, if on { "keuzehulp-yes" } else { "keuzehulp-no" })
}

fn coded(locale: Locale, prefix: &str, code: Option<&str>) -> String {
    code.map(|c| i18n::text(locale, &format!("{prefix}{c}")))
        .unwrap_or_default()
}

/// The answers as (label, value) rows, in builder order; empty answers are left out.
pub fn answer_rows(locale: Locale, a: &Answers) -> Vec<(String, String)> {
    let effects: Vec<String> = [
        ("negative", a.negative),
        ("unintended", a.unintended),
        ("indirect", a.indirect),
    ]
    .iter()
    .filter(|(_, on)| *on)
    .map(|(f, _)| i18n::text(locale, &format!("keuzehulp-effect-{f}")))
    .collect();
    let effects = if effects.is_empty() {
        i18n::text(locale, "keuzehulp-effect-none")
    } else {
        effects.join(", ")
    };
    let mut timing = coded(
        locale,
        "keuzehulp-timing-option-",
        a.timing.map(|t| t.code()),
    );
    if !a.follow_up.is_empty() {
        let months = a.follow_up.parse::<i64>().unwrap_or_default();
        timing = format!(
            "{timing} ({})",
            i18n::text_with(
                locale,
                "keuzehulp-follow-up-months",
                &[("months", Arg::Number(months))]
            )
        );
    }
    let rows: Vec<(&str, String)> = vec![
        ("intervention", a.intervention.clone()),
        ("change", a.change.clone()),
        ("target_group", a.target_group.clone()),
        (
            "level",
            coded(locale, "keuzehulp-level-", a.level.map(|v| v.code())),
        ),
        (
            "locus",
            coded(locale, "keuzehulp-locus-", a.locus.map(|v| v.code())),
        ),
        ("effects", effects),
        ("timing", timing),
        ("anyway", a.anyway.clone()),
        ("contributors", a.contributors.clone()),
        (
            "ambition",
            coded(locale, "keuzehulp-ambition-", a.ambition.map(|v| v.code())),
        ),
        ("for_whom", yes_no(locale, a.for_whom)),
        (
            "purpose",
            coded(locale, "keuzehulp-purpose-", a.purpose.map(|v| v.code())),
        ),
        ("users", a.users.clone()),
        ("decision", a.decision.clone()),
        ("decision_when", a.decision_when.clone()),
        ("money", yes_no(locale, a.money)),
        ("good_enough", a.good_enough.clone()),
        ("judged_by", a.judged_by.clone()),
        (
            "capacity",
            coded(locale, "keuzehulp-capacity-", a.capacity.map(|v| v.code())),
        ),
        (
            "budget",
            coded(locale, "keuzehulp-budget-", a.budget.map(|v| v.code())),
        ),
        (
            "skills",
            coded(locale, "keuzehulp-skills-", a.skills.map(|v| v.code())),
        ),
        ("participants", a.participants.clone()),
        ("admin_data", yes_no(locale, a.admin_data)),
        ("sensitive", yes_no(locale, a.sensitive)),
        (
            "evidence",
            a.evidence
                .map(|n| i18n::text(locale, &format!("keuzehulp-evidence-e{n}")))
                .unwrap_or_default(),
        ),
        ("existing", a.existing.clone()),
    ];
    rows.into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(field, value)| {
            (
                i18n::text(locale, &format!("keuzehulp-label-{field}")),
                value,
            )
        })
        .collect()
}

/// The attributes of a method as (label, value) rows.
pub fn method_rows(locale: Locale, m: &Method) -> Vec<(String, String)> {
    let list = |prefix: &str, codes: Vec<&str>| {
        codes
            .iter()
            .map(|c| i18n::text(locale, &format!("{prefix}{c}")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let step = |n: u8| i18n::text(locale, &format!("keuzehulp-evidence-name-e{n}"));
    let steps = if m.evidence.0 == m.evidence.1 {
        step(m.evidence.0)
    } else {
        i18n::text_with(
            locale,
            "keuzehulp-evidence-range",
            &[
                ("from", Arg::Text(&step(m.evidence.0))),
                ("to", Arg::Text(&step(m.evidence.1))),
            ],
        )
    };
    let rows = [
        (
            "tasks",
            list(
                "keuzehulp-task-",
                m.tasks.iter().map(|t| t.code()).collect(),
            ),
        ),
        (
            "data",
            i18n::text(locale, &format!("keuzehulp-data-{}", m.data.code())),
        ),
        (
            "causal",
            i18n::text(locale, &format!("keuzehulp-causal-{}", m.causal.code())),
        ),
        (
            "effort",
            i18n::text(locale, &format!("keuzehulp-level-of-{}", m.effort.code())),
        ),
        (
            "participation",
            i18n::text(
                locale,
                &format!("keuzehulp-level-of-{}", m.participation.code()),
            ),
        ),
        (
            "skill",
            i18n::text(
                locale,
                &format!("keuzehulp-skill-needed-{}", m.skill.code()),
            ),
        ),
        ("steps", steps),
        (
            "loci",
            list(
                "keuzehulp-locus-",
                m.loci.iter().map(|l| l.code()).collect(),
            ),
        ),
        (
            "purposes",
            list(
                "keuzehulp-purpose-",
                m.purposes.iter().map(|p| p.code()).collect(),
            ),
        ),
    ];
    rows.into_iter()
        .map(|(field, value)| {
            (
                i18n::text(locale, &format!("keuzehulp-method-{field}")),
                value,
            )
        })
        .collect()
}

/// The package for the plan's answers, to show the reasons beside its chosen methods.
pub fn plan_package(view: &PlanView) -> AppResult<Option<Package<'static>>> {
    Ok(recommend(catalogue()?, &view.answers))
}

fn md_escape(text: &str) -> String {
    // Escaping what makes links, images, HTML, entities, code and emphasis keeps the team's
    // words plain text in whatever viewer opens the file, and the file still readable raw.
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The plan as a Markdown evaluation plan. Everything the team typed is escaped.
pub fn plan_markdown(view: &PlanView, locale: Locale, base_url: &str) -> AppResult<String> {
    let t = |key: &str| i18n::text(locale, key);
    let package = plan_package(view)?;
    let mut out = format!("# {}\n\n", md_escape(&view.row.title));
    let updated = LocalTime::of(view.row.updated_at).date_value();
    out.push_str(&format!(
        "{}: {} · {}: {}",
        t("keuzehulp-plan-by"),
        md_escape(&view.row.owner_name),
        t("keuzehulp-plan-updated"),
        updated
    ));
    if let Some(atelier) = &view.row.atelier_name {
        out.push_str(&format!(
            " · {}: {}",
            t("keuzehulp-plan-atelier"),
            md_escape(atelier)
        ));
    }
    out.push_str(&format!("\n\n## {}\n\n", t("keuzehulp-plan-questions")));
    for (i, q) in view.questions.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", i + 1, md_escape(q)));
    }
    out.push_str(&format!("\n## {}\n\n", t("keuzehulp-plan-answers")));
    for (label, value) in answer_rows(locale, &view.answers) {
        out.push_str(&format!("- **{label}**: {}\n", md_escape(&value)));
    }
    out.push_str(&format!("\n## {}\n", t("keuzehulp-plan-methods")));
    for method in &view.methods {
        let words = method_words(method, locale);
        out.push_str(&format!(
            "\n### {}\n\n*{}*\n\n{}\n\n",
            words.name, words.question, words.summary
        ));
        for (label, value) in method_rows(locale, method) {
            out.push_str(&format!("- {label}: {value}\n"));
        }
        match package.as_ref().and_then(|p| p.reasons_for(&method.id)) {
            Some((why, caution)) => {
                out.push_str(&format!("\n{}:\n\n", t("keuzehulp-why")));
                for reason in why {
                    out.push_str(&format!("- {}\n", reason_text(locale, reason)));
                }
                if !caution.is_empty() {
                    out.push_str(&format!("\n{}:\n\n", t("keuzehulp-caution")));
                    for reason in caution {
                        out.push_str(&format!("- {}\n", reason_text(locale, reason)));
                    }
                }
            }
            None => out.push_str(&format!("\n{}\n", t("keuzehulp-added-by-team"))),
        }
        out.push_str(&format!(
            "\n{}: {}\n\n{}: {}\n",
            t("keuzehulp-method-fits"),
            words.fits,
            t("keuzehulp-method-avoid"),
            words.avoid
        ));
        out.push_str(&format!("\n{}:\n\n", t("keuzehulp-method-reading")));
        for reading in &method.reading {
            match &reading.url {
                Some(url) => out.push_str(&format!("- {} <{url}>\n", reading.title)),
                None => out.push_str(&format!("- {}\n", reading.title)),
            }
        }
        out.push_str(&format!("- {base_url}{}\n", method_path(method)));
    }
    if let Some(package) = &package {
        out.push_str(&format!("\n## {}\n\n", t("keuzehulp-notes")));
        for note in &package.notes {
            out.push_str(&format!("- {}\n", reason_text(locale, note)));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::md_escape;

    #[test]
    fn markdown_cannot_be_smuggled_in() {
        assert_eq!(
            md_escape("[klik](javascript:x) <img src=x> *a* ![b]\nc & d"),
            "\\[klik\\](javascript:x) \\<img src=x\\> \\*a\\* \\!\\[b\\] c \\& d"
        );
        assert_eq!(
            md_escape("Wat verandert er? 2027-09."),
            "Wat verandert er? 2027-09."
        );
    }
}
