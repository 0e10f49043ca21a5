//! Demo impact plans (`content/plans.toml`): checked like the builder and the save form, with
//! key questions drafted and methods chosen by the keuzehulp where the file leaves them out.

use super::knowledge::SeedIds;
use crate::keuzehulp::{catalogue, drafted_questions};
use crate::{AppError, AppResult};
use domain::Locale;
use domain::keuzehulp::plan::PlanInput;
use domain::keuzehulp::{Answers, recommend};
use serde::Deserialize;
use std::collections::BTreeMap;
use store::Tx;
use store::impact_plans::{self, PlanFields};

const PLANS_TOML: &str = include_str!("../../../../content/plans.toml");

#[derive(Debug, Deserialize)]
struct DemoPlan {
    owner: String,
    atelier: String,
    team: bool,
    shared: bool,
    title: String,
    #[serde(default)]
    questions: Vec<String>,
    #[serde(default)]
    methods: Vec<String>,
    answers: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
struct DemoPlans {
    plans: Vec<DemoPlan>,
}

fn bad(what: &str) -> AppError {
    AppError::Content(format!("plans.toml: {what}"))
}

/// A demo plan ready to store: the owner's e-mail, the atelier's slug and the checked plan.
pub(crate) struct ReadyPlan {
    owner: String,
    atelier: String,
    answers: Answers,
    input: PlanInput,
}

/// The demo plans, each complete and with questions and methods filled in.
pub(crate) fn demo_plans() -> AppResult<Vec<ReadyPlan>> {
    let plans: DemoPlans = toml::from_str(PLANS_TOML).map_err(|e| bad(&e.to_string()))?;
    let mut out = Vec::new();
    for plan in plans.plans {
        let answers = Answers::from_pairs(&plan.answers);
        if let Some(step) = answers.first_incomplete_step() {
            return Err(bad(&format!(
                "{}: step {} is incomplete",
                plan.title, step.0
            )));
        }
        let package = recommend(catalogue()?, &answers).ok_or_else(|| bad(&plan.title))?;
        let questions = if plan.questions.is_empty() {
            drafted_questions(Locale::Nl, &answers)
        } else {
            plan.questions
        };
        let methods = if plan.methods.is_empty() {
            package.picks.iter().map(|p| p.method.id.clone()).collect()
        } else {
            plan.methods
        };
        let input = PlanInput {
            title: plan.title,
            questions,
            methods,
            atelier: String::new(),
            owner: if plan.team { "team" } else { "member" }.to_owned(),
            shared: plan.shared,
        };
        out.push(ReadyPlan {
            owner: plan.owner,
            atelier: plan.atelier,
            answers,
            input,
        });
    }
    Ok(out)
}

impl crate::App {
    /// Seeds the demo plans inside the demo's transaction.
    pub(crate) async fn seed_plans(
        &self,
        tx: &mut Tx,
        seed: &SeedIds<'_>,
        now: i64,
    ) -> AppResult<()> {
        for mut plan in demo_plans()? {
            let owner = seed
                .users
                .iter()
                .find(|(e, _)| *e == plan.owner)
                .map(|(_, id)| *id)
                .ok_or_else(|| bad(&format!("unknown owner {}", plan.owner)))?;
            let atelier = seed
                .ateliers
                .iter()
                .find(|(slug, _)| *slug == plan.atelier)
                .map(|(_, id)| id.0)
                .ok_or_else(|| bad(&format!("unknown atelier {}", plan.atelier)))?;
            plan.input.atelier = atelier.to_string();
            let valid = plan
                .input
                .validate(catalogue()?, &[atelier])
                .map_err(|e| bad(&format!("{}: {e:?}", plan.input.title)))?;
            let answers = json(&plan.answers.to_pairs())?;
            let questions = json(&valid.questions)?;
            let methods = json(&valid.methods)?;
            let fields = PlanFields {
                atelier: valid.atelier,
                team: valid.team,
                shared: valid.shared,
                title: &valid.title,
                answers: &answers,
                questions: &questions,
                methods: &methods,
            };
            impact_plans::insert(&mut *tx, owner, fields, now).await?;
        }
        Ok(())
    }
}

/// JSON text of what a plan stores.
fn json<T: serde::Serialize>(value: &T) -> AppResult<String> {
    serde_json::to_string(value).map_err(|e| bad(&e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_plans_are_complete_and_valid() {
        let plans = demo_plans().unwrap();
        assert_eq!(plans.len(), 3);
        for plan in &plans {
            assert!(!plan.input.questions.is_empty() && plan.input.questions.len() <= 5);
            assert!(
                plan.input.validate(catalogue().unwrap(), &[1]).is_err(),
                "needs its atelier"
            );
            let mut input = plan.input.clone();
            input.atelier = "1".into();
            assert!(
                input.validate(catalogue().unwrap(), &[1]).is_ok(),
                "{}",
                input.title
            );
        }
        assert!(plans.iter().any(|p| p.input.owner == "team"));
    }
}
