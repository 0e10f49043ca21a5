//! An impact plan as saved: a title, who owns it (a member or an atelier team), whether the
//! atelier may read it, the key evaluation questions as edited and the chosen methods.

use super::Catalogue;
use super::questions::MAX_QUESTIONS;
use crate::validation::{FieldErrors, required_text};

/// Longest plan title.
pub const MAX_TITLE: usize = 150;
/// Longest key question (drafts carry the team's own words, so they can be long).
pub const MAX_QUESTION: usize = 1500;

/// The form fields of the key questions, in order.
pub const QUESTION_FIELDS: [&str; MAX_QUESTIONS] =
    ["vraag1", "vraag2", "vraag3", "vraag4", "vraag5"];

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
        for (field, question) in QUESTION_FIELDS.iter().zip(&self.questions) {
            if question.trim().chars().count() > MAX_QUESTION {
                e.add_with_limit(field, "error-too-long", MAX_QUESTION);
            }
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
        let team = match PlanOwner::from_code(&self.owner) {
            Some(PlanOwner::Team) => true,
            Some(PlanOwner::Member) => false,
            None => {
                e.add("owner", "keuzehulp-error-choose");
                false
            }
        };
        let atelier = home_atelier(&mut e, &self.atelier, ateliers, team || self.shared);
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

/// The atelier a plan or theory lives in: empty for none, else one of `allowed` (the ateliers
/// the member may choose); `needed` when it is shared or the team's, which takes an atelier.
pub fn home_atelier(
    errors: &mut FieldErrors,
    given: &str,
    allowed: &[i64],
    needed: bool,
) -> Option<i64> {
    let atelier = match given.trim() {
        "" => None,
        given => match given.parse::<i64>() {
            Ok(id) if allowed.contains(&id) => Some(id),
            _ => {
                errors.add("atelier", "keuzehulp-error-atelier");
                return None;
            }
        },
    };
    if needed && atelier.is_none() {
        errors.add("atelier", "keuzehulp-error-atelier-needed");
    }
    atelier
}

coded_enum!(
    /// What someone may want to do with a plan.
    PlanAction {
        /// Read it and export it.
        Read => "read",
        /// Change its questions, answers and methods.
        Edit => "edit",
        /// Change who owns it, its atelier and whether the atelier may read it.
        Arrange => "arrange",
        /// Delete it.
        Delete => "delete",
        /// Start or join its discussion in the atelier's forum.
        Discuss => "discuss",
    }
);

/// Who someone is to a plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanStanding {
    /// Made it.
    pub owner: bool,
    /// Platform admin.
    pub admin: bool,
    /// Active member of the plan's atelier.
    pub atelier_member: bool,
    /// The plan belongs to the atelier team.
    pub team: bool,
    /// The plan is shared with its atelier.
    pub shared: bool,
}

/// May someone with `standing` do `action`? The owner (and an admin) may do everything; the
/// atelier's members read shared and team plans, edit team plans and discuss both; only the
/// owner decides who owns it, where it lives, whether it is shared, and deletes it.
pub fn can_on_plan(standing: PlanStanding, action: PlanAction) -> bool {
    let s = standing;
    let full = s.owner || s.admin;
    let reads = full || ((s.shared || s.team) && s.atelier_member);
    match action {
        PlanAction::Read => reads,
        PlanAction::Edit => full || (s.team && s.atelier_member),
        PlanAction::Arrange | PlanAction::Delete => full,
        PlanAction::Discuss => reads && (s.shared || s.team),
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
    fn who_may_do_what_with_a_plan() {
        let owner = PlanStanding {
            owner: true,
            ..Default::default()
        };
        let admin = PlanStanding {
            admin: true,
            ..Default::default()
        };
        let member = PlanStanding {
            atelier_member: true,
            ..Default::default()
        };
        let shared = PlanStanding {
            shared: true,
            ..member
        };
        let team = PlanStanding {
            team: true,
            shared: true,
            ..member
        };
        let outsider = PlanStanding {
            team: true,
            shared: true,
            ..Default::default()
        };
        use PlanAction::*;
        // read, edit, arrange, delete, discuss
        let table: [(&str, PlanStanding, [bool; 5]); 7] = [
            (
                "owner of a private plan",
                owner,
                [true, true, true, true, false],
            ),
            (
                "owner of a shared plan",
                PlanStanding {
                    shared: true,
                    ..owner
                },
                [true, true, true, true, true],
            ),
            ("admin", admin, [true, true, true, true, false]),
            (
                "member, private plan",
                member,
                [false, false, false, false, false],
            ),
            (
                "member, shared plan",
                shared,
                [true, false, false, false, true],
            ),
            ("member, team plan", team, [true, true, false, false, true]),
            (
                "not a member, team plan",
                outsider,
                [false, false, false, false, false],
            ),
        ];
        for (name, standing, expected) in table {
            let got = [Read, Edit, Arrange, Delete, Discuss].map(|a| can_on_plan(standing, a));
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn each_mistake_names_its_field() {
        type Case = (&'static str, fn(&mut PlanInput), &'static str, &'static str);
        let cases: [Case; 9] = [
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
                "second question too long",
                |p| p.questions = vec!["v?".into(), "x".repeat(MAX_QUESTION + 1)],
                "vraag2",
                "error-too-long",
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
