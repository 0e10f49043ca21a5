//! An impact plan as saved: a title, who owns it (a member or an atelier team), whether the
//! atelier may read it, the key evaluation questions as edited and the chosen methods.

use super::Catalogue;
use super::questions::MAX_QUESTIONS;
use crate::validation::{FieldErrors, required_text};

/// Longest plan title.
pub const MAX_TITLE: usize = 150;
/// Longest key question.
pub const MAX_QUESTION: usize = 400;

coded_enum!(
    /// Who owns a plan.
    PlanOwner {
        /// The member who made it.
        Member => "member",
        /// The atelier team: every active member may edit it.
        Team => "team",
    }
);

/// The plan fields as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanInput {
    /// Title.
    pub title: String,
    /// Key questions (`vraag1` … `vraag5`), empty ones dropped.
    pub questions: Vec<String>,
    /// Chosen method codes.
    pub methods: Vec<String>,
    /// The atelier it belongs to (id as submitted; empty: none).
    pub atelier: String,
    /// `member` or `team`.
    pub owner: String,
    /// Shared with the atelier.
    pub shared: bool,
}

/// A plan that may be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidPlan {
    /// Title.
    pub title: String,
    /// Key questions, 1–5.
    pub questions: Vec<String>,
    /// Method codes, in catalogue order, at least one.
    pub methods: Vec<String>,
    /// The atelier.
    pub atelier: Option<i64>,
    /// Owned by the atelier team.
    pub team: bool,
    /// Readable for the atelier (a team plan always is).
    pub shared: bool,
}

impl PlanInput {
    /// Checks the plan against the catalogue; `ateliers` are those the author may choose.
    pub fn validate(
        &self,
        catalogue: &Catalogue,
        ateliers: &[i64],
    ) -> Result<ValidPlan, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = required_text(&mut e, "title", &self.title, MAX_TITLE);
        let questions: Vec<String> = self
            .questions
            .iter()
            .map(|q| q.trim().to_owned())
            .filter(|q| !q.is_empty())
            .collect();
        if questions.is_empty() {
            e.add("vraag1", "keuzehulp-error-no-question");
        }
        if questions.len() > MAX_QUESTIONS {
            e.add_with_limit(
                "vraag1",
                "keuzehulp-error-too-many-questions",
                MAX_QUESTIONS,
            );
        }
        if questions.iter().any(|q| q.chars().count() > MAX_QUESTION) {
            e.add_with_limit("vraag1", "error-too-long", MAX_QUESTION);
        }
        let methods: Vec<String> = catalogue
            .methods
            .iter()
            .filter(|m| self.methods.contains(&m.id))
            .map(|m| m.id.clone())
            .collect();
        let unknown = self
            .methods
            .iter()
            .any(|code| catalogue.by_id(code).is_none());
        if methods.is_empty() || unknown {
            e.add("methods", "keuzehulp-error-methods");
        }
        let atelier = match self.atelier.trim() {
            "" => None,
            given => match given.parse::<i64>() {
                Ok(id) if ateliers.contains(&id) => Some(id),
                _ => {
                    e.add("atelier", "keuzehulp-error-atelier");
                    None
                }
            },
        };
        let team = match PlanOwner::from_code(&self.owner) {
            Some(PlanOwner::Team) => true,
            Some(PlanOwner::Member) => false,
            None => {
                e.add("owner", "keuzehulp-error-choose");
                false
            }
        };
        if (team || self.shared) && atelier.is_none() && e.for_field("atelier").is_none() {
            e.add("atelier", "keuzehulp-error-atelier-needed");
        }
        e.into_result(ValidPlan {
            title,
            questions,
            methods,
            atelier,
            team,
            shared: self.shared || team,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue::parse(include_str!("../../../../content/methods.toml")).expect("catalogue")
    }

    fn input() -> PlanInput {
        PlanInput {
            title: " Ons plan ".into(),
            questions: vec!["Wat verandert er?".into(), " ".into()],
            methods: vec!["M10".into(), "M01".into(), "M10".into()],
            atelier: "7".into(),
            owner: "member".into(),
            shared: false,
        }
    }

    #[test]
    fn a_valid_plan_is_trimmed_and_ordered() {
        let plan = input().validate(&catalogue(), &[7]).expect("valid");
        assert_eq!(plan.title, "Ons plan");
        assert_eq!(plan.questions, ["Wat verandert er?"]);
        assert_eq!(plan.methods, ["M01", "M10"]);
        assert_eq!(
            (plan.atelier, plan.team, plan.shared),
            (Some(7), false, false)
        );
        let mut team = input();
        team.owner = "team".into();
        assert!(
            team.validate(&catalogue(), &[7]).expect("valid").shared,
            "a team plan is shared"
        );
    }

    #[test]
    fn each_mistake_names_its_field() {
        type Case = (&'static str, fn(&mut PlanInput), &'static str, &'static str);
        let cases: [Case; 8] = [
            ("no title", |p| p.title.clear(), "title", "error-required"),
            (
                "no question",
                |p| p.questions = vec![" ".into()],
                "vraag1",
                "keuzehulp-error-no-question",
            ),
            (
                "six questions",
                |p| p.questions = vec!["v?".into(); 6],
                "vraag1",
                "keuzehulp-error-too-many-questions",
            ),
            (
                "no method",
                |p| p.methods.clear(),
                "methods",
                "keuzehulp-error-methods",
            ),
            (
                "unknown method",
                |p| p.methods.push("M99".into()),
                "methods",
                "keuzehulp-error-methods",
            ),
            (
                "someone else's atelier",
                |p| p.atelier = "8".into(),
                "atelier",
                "keuzehulp-error-atelier",
            ),
            (
                "team without atelier",
                |p| {
                    p.atelier.clear();
                    p.owner = "team".into();
                },
                "atelier",
                "keuzehulp-error-atelier-needed",
            ),
            (
                "unknown owner",
                |p| p.owner = "boss".into(),
                "owner",
                "keuzehulp-error-choose",
            ),
        ];
        for (name, change, field, key) in cases {
            let mut plan = input();
            change(&mut plan);
            let errors = plan.validate(&catalogue(), &[7]).expect_err(name);
            assert_eq!(errors.for_field(field).map(|e| e.key), Some(key), "{name}");
        }
    }
}
