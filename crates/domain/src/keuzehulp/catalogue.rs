//! The method catalogue: evaluation methods with the attributes the recommender reads, parsed
//! from TOML and checked so that a mistake in the content fails a test, not a page.

use super::{CausalStrength, Condition, DataKind, EVIDENCE_STEPS, Level, Locus, Purpose, Skill};
use super::{Strength, Task};
use serde::Deserialize;

/// Fewest methods the catalogue must hold.
pub const MIN_METHODS: usize = 30;

/// A further-reading reference.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Reading {
    /// Author, year, title.
    pub title: String,
    /// Where to find it, when known.
    pub url: Option<String>,
}

/// One evaluation method or approach.
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    /// Stable code (`M10`).
    pub id: String,
    /// URL part.
    pub slug: String,
    /// Names, summaries, questions and advice in Dutch and English.
    pub text: MethodText,
    /// The kind of data it produces.
    pub data: DataKind,
    /// The strongest causal claim it supports.
    pub causal: CausalStrength,
    /// How much work it is.
    pub effort: Level,
    /// The skills it needs.
    pub skill: Skill,
    /// How much participants take part in the evaluation.
    pub participation: Level,
    /// The evidence steps (E0–E6) it supports, inclusive.
    pub evidence: (u8, u8),
    /// The evaluation tasks it serves.
    pub tasks: Vec<Task>,
    /// Where the change it suits happens.
    pub loci: Vec<Locus>,
    /// The purposes it serves well.
    pub purposes: Vec<Purpose>,
    /// Never recommend it when one of these holds.
    pub avoid_if: Vec<Condition>,
    /// Recommend it only with a warning when one of these holds.
    pub caution_if: Vec<Condition>,
    /// Fewest participants or cases it needs.
    pub min_participants: u32,
    /// What it is especially good for.
    pub good_for: Vec<Strength>,
    /// Knowledge-base tags that mean this method.
    pub tags: Vec<String>,
    /// Further reading.
    pub reading: Vec<Reading>,
}

/// The prose of a method, in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct MethodText {
    /// Name (Dutch).
    pub name_nl: String,
    /// Name (English).
    pub name_en: String,
    /// What it is (Dutch).
    pub summary_nl: String,
    /// What it is (English).
    pub summary_en: String,
    /// The question it answers (Dutch).
    pub question_nl: String,
    /// The question it answers (English).
    pub question_en: String,
    /// Skills, concretely (Dutch).
    pub skills_nl: String,
    /// Skills, concretely (English).
    pub skills_en: String,
    /// When it fits (Dutch).
    pub fits_nl: String,
    /// When it fits (English).
    pub fits_en: String,
    /// When to avoid it (Dutch).
    pub avoid_nl: String,
    /// When to avoid it (English).
    pub avoid_en: String,
}

impl Method {
    /// True when the method serves `task`.
    pub fn serves(&self, task: Task) -> bool {
        self.tasks.contains(&task)
    }

    /// True when the method is especially good for `strength`.
    pub fn is_good_for(&self, strength: Strength) -> bool {
        self.good_for.contains(&strength)
    }
}

/// The whole catalogue, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    /// The methods.
    pub methods: Vec<Method>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMethod {
    id: String,
    slug: String,
    #[serde(flatten)]
    text: MethodText,
    data: String,
    causal: String,
    effort: String,
    skill: String,
    participation: String,
    evidence_min: u8,
    evidence_max: u8,
    tasks: Vec<String>,
    loci: Vec<String>,
    purposes: Vec<String>,
    avoid_if: Vec<String>,
    caution_if: Vec<String>,
    min_participants: u32,
    #[serde(default)]
    good_for: Vec<String>,
    tags: Vec<String>,
    reading: Vec<Reading>,
}

#[derive(Deserialize)]
struct RawCatalogue {
    methods: Vec<RawMethod>,
}

fn code<T>(
    problems: &mut Vec<String>,
    id: &str,
    field: &str,
    value: &str,
    parse: fn(&str) -> Option<T>,
) -> Option<T> {
    let parsed = parse(value);
    if parsed.is_none() {
        problems.push(format!("{id}: unknown {field} `{value}`"));
    }
    parsed
}

fn codes<T>(
    problems: &mut Vec<String>,
    id: &str,
    field: &str,
    values: &[String],
    parse: fn(&str) -> Option<T>,
) -> Vec<T> {
    values
        .iter()
        .filter_map(|v| code(problems, id, field, v, parse))
        .collect()
}

fn convert(raw: RawMethod, problems: &mut Vec<String>) -> Option<Method> {
    let id = raw.id.clone();
    let p = problems;
    let data = code(p, &id, "data", &raw.data, DataKind::from_code);
    let causal = code(p, &id, "causal", &raw.causal, CausalStrength::from_code);
    let effort = code(p, &id, "effort", &raw.effort, Level::from_code);
    let skill = code(p, &id, "skill", &raw.skill, Skill::from_code);
    let participation = code(
        p,
        &id,
        "participation",
        &raw.participation,
        Level::from_code,
    );
    let method = Method {
        tasks: codes(p, &id, "task", &raw.tasks, Task::from_code),
        loci: codes(p, &id, "locus", &raw.loci, Locus::from_code),
        purposes: codes(p, &id, "purpose", &raw.purposes, Purpose::from_code),
        avoid_if: codes(p, &id, "condition", &raw.avoid_if, Condition::from_code),
        caution_if: codes(p, &id, "condition", &raw.caution_if, Condition::from_code),
        good_for: codes(p, &id, "strength", &raw.good_for, Strength::from_code),
        id: raw.id,
        slug: raw.slug,
        text: raw.text,
        data: data?,
        causal: causal?,
        effort: effort?,
        skill: skill?,
        participation: participation?,
        evidence: (raw.evidence_min, raw.evidence_max),
        min_participants: raw.min_participants,
        tags: raw.tags,
        reading: raw.reading,
    };
    Some(method)
}

fn check(method: &Method, problems: &mut Vec<String>) {
    let id = &method.id;
    let t = &method.text;
    let prose = [
        ("name_nl", &t.name_nl),
        ("name_en", &t.name_en),
        ("summary_nl", &t.summary_nl),
        ("summary_en", &t.summary_en),
        ("question_nl", &t.question_nl),
        ("question_en", &t.question_en),
        ("skills_nl", &t.skills_nl),
        ("skills_en", &t.skills_en),
        ("fits_nl", &t.fits_nl),
        ("fits_en", &t.fits_en),
        ("avoid_nl", &t.avoid_nl),
        ("avoid_en", &t.avoid_en),
    ];
    for (field, value) in prose {
        if value.trim().is_empty() {
            problems.push(format!("{id}: {field} is empty"));
        }
    }
    let slug_ok = !method.slug.is_empty()
        && method
            .slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !slug_ok {
        problems.push(format!("{id}: slug `{}` is not a URL part", method.slug));
    }
    let (min, max) = method.evidence;
    if min > max || max >= EVIDENCE_STEPS {
        problems.push(format!(
            "{id}: evidence steps {min}..{max} are not on E0–E6"
        ));
    }
    for (field, empty) in [
        ("tasks", method.tasks.is_empty()),
        ("loci", method.loci.is_empty()),
        ("purposes", method.purposes.is_empty()),
        ("reading", method.reading.is_empty()),
    ] {
        if empty {
            problems.push(format!("{id}: {field} is empty"));
        }
    }
    if method
        .tags
        .iter()
        .any(|t| t.trim().is_empty() || *t != t.to_lowercase())
    {
        problems.push(format!("{id}: tags must be lower case and not empty"));
    }
}

impl Catalogue {
    /// Parses and checks a catalogue; every problem found is listed, one per line.
    pub fn parse(toml_text: &str) -> Result<Catalogue, String> {
        let raw: RawCatalogue = toml::from_str(toml_text).map_err(|e| e.to_string())?;
        let mut problems = Vec::new();
        let methods: Vec<Method> = raw
            .methods
            .into_iter()
            .filter_map(|m| convert(m, &mut problems))
            .collect();
        for method in &methods {
            check(method, &mut problems);
        }
        for (i, method) in methods.iter().enumerate() {
            let earlier = &methods[..i];
            if earlier.iter().any(|m| m.id == method.id) {
                problems.push(format!("{}: id used twice", method.id));
            }
            if earlier.iter().any(|m| m.slug == method.slug) {
                problems.push(format!("{}: slug `{}` used twice", method.id, method.slug));
            }
        }
        if methods.len() < MIN_METHODS {
            problems.push(format!(
                "only {} methods; at least {MIN_METHODS}",
                methods.len()
            ));
        }
        let catalogue = Catalogue { methods };
        problems.extend(catalogue.fallback_problems());
        if problems.is_empty() {
            Ok(catalogue)
        } else {
            Err(problems.join("\n"))
        }
    }

    /// The method with code `id`.
    pub fn by_id(&self, id: &str) -> Option<&Method> {
        self.methods.iter().find(|m| m.id == id)
    }

    /// The method with URL part `slug`.
    pub fn by_slug(&self, slug: &str) -> Option<&Method> {
        self.methods.iter().find(|m| m.slug == slug)
    }

    /// The recommender promises a package that monitors reach, tells, understands causes,
    /// synthesises and reports, whatever the answers. That holds only if each of these has a
    /// method no answer can rule out: nothing to avoid, light, basic skills, any group size,
    /// any locus, at most plausibility.
    fn fallback_problems(&self) -> Vec<String> {
        let needs = [
            (Task::Describe, Some(Strength::Reach)),
            (Task::Describe, Some(Strength::Stories)),
            (Task::Understand, None),
            (Task::Synthesise, None),
            (Task::Report, None),
        ];
        needs
            .iter()
            .filter(|(task, strength)| {
                !self
                    .methods
                    .iter()
                    .any(|m| is_fallback(m, *task) && strength.is_none_or(|s| m.is_good_for(s)))
            })
            .map(|(task, strength)| {
                let strength = strength.map_or("", |s| s.code());
                format!(
                    "no method can always serve task `{}` {strength}",
                    task.code()
                )
            })
            .collect()
    }
}

/// True when `method` can serve `task` under any answers (see `fallback_problems`).
pub fn is_fallback(method: &Method, task: Task) -> bool {
    use super::Rank;
    method.serves(task)
        && method.avoid_if.is_empty()
        && method.effort.rank() <= Level::Medium.rank()
        && method.skill == Skill::Basic
        && method.min_participants <= 1
        && method.loci.len() == Locus::ALL.len()
        && method.causal.rank() <= CausalStrength::Plausibility.rank()
}

#[cfg(test)]
#[path = "catalogue_tests.rs"]
mod tests;
