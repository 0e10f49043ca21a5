//! The effect register and outcome descriptions for a theory's team: every effect is saved
//! with all its facets and the basis of its judgements, linked to where it was seen.

use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::FieldErrors;
use domain::impact::effect::EffectInput;
use domain::validation::{optional_text, required_text};
use store::impact::effects::{self, EffectRow, OutcomeRow};

/// An outcome description as submitted.
#[derive(Debug, Clone, Default)]
pub struct OutcomeInput {
    /// Who changed.
    pub social_actor: String,
    /// What changed.
    pub change: String,
    /// When and where.
    pub when_where: String,
    /// Why it matters.
    pub significance: String,
    /// What the work contributed.
    pub contribution: String,
    /// Who confirmed it.
    pub substantiation: String,
    /// Foreseen in the theory.
    pub anticipated: bool,
}

impl App {
    /// Saves an effect; returns its id.
    pub async fn add_effect(
        &self,
        user: &CurrentUser,
        theory: i64,
        input: &EffectInput,
    ) -> AppResult<i64> {
        let view = self.impact_theory(user, theory).await?;
        let spec = input
            .validate(&super::node_keys(&view.theory))
            .map_err(AppError::Invalid)?;
        self.guard_texts(
            "description",
            &[
                &spec.description,
                &spec.via_whom,
                &spec.anyway,
                &spec.others,
                &spec.basis,
            ],
        )?;
        let (mut story, mut indicator, mut outcome) = (None, None, None);
        if let Some(id) = spec.source_id {
            // The record must be this theory's, or the link is dropped as unknown.
            let known = match spec.source {
                domain::impact::effect::EffectSource::Story => {
                    story = Some(id);
                    self.stories(user, theory).await?.iter().any(|s| s.id == id)
                }
                domain::impact::effect::EffectSource::Indicator => {
                    indicator = Some(id);
                    self.indicators(user, theory)
                        .await?
                        .iter()
                        .any(|i| i.id == id)
                }
                domain::impact::effect::EffectSource::Harvest => {
                    outcome = Some(id);
                    effects::outcomes(self.db(), theory)
                        .await?
                        .iter()
                        .any(|o| o.id == id)
                }
                domain::impact::effect::EffectSource::Observation => false,
            };
            if !known {
                return Err(AppError::field("source_id", "impact-effect-source"));
            }
        }
        let row = EffectRow {
            id: 0,
            source: spec.source.code().to_owned(),
            story_id: story,
            indicator_id: indicator,
            outcome_id: outcome,
            node_key: spec.node.map(i64::from),
            description: spec.description,
            positive: spec.positive,
            intended: spec.intended,
            direct: spec.direct,
            via_whom: spec.via_whom,
            timing: spec.timing.code().to_owned(),
            anyway: spec.anyway,
            others: spec.others,
            basis: spec.basis,
        };
        Ok(effects::insert(self.db(), theory, &row, user.user.id.0, self.now()).await?)
    }

    /// The effects of a theory.
    pub async fn effects(&self, user: &CurrentUser, theory: i64) -> AppResult<Vec<EffectRow>> {
        self.impact_theory(user, theory).await?;
        Ok(effects::list(self.db(), theory).await?)
    }

    /// Deletes an effect.
    pub async fn delete_effect(&self, user: &CurrentUser, theory: i64, id: i64) -> AppResult<()> {
        self.impact_theory(user, theory).await?;
        if !effects::delete(self.db(), theory, id).await? {
            return Err(AppError::NotFound);
        }
        Ok(())
    }

    /// Saves an outcome description; returns its id.
    pub async fn add_outcome(
        &self,
        user: &CurrentUser,
        theory: i64,
        input: &OutcomeInput,
    ) -> AppResult<i64> {
        self.impact_theory(user, theory).await?;
        let mut e = FieldErrors::new();
        let row = OutcomeRow {
            id: 0,
            social_actor: required_text(&mut e, "social_actor", &input.social_actor, 300),
            change: required_text(&mut e, "change", &input.change, 2000),
            when_where: optional_text(&mut e, "when_where", &input.when_where, 300),
            significance: required_text(&mut e, "significance", &input.significance, 2000),
            contribution: required_text(&mut e, "contribution", &input.contribution, 2000),
            substantiation: optional_text(&mut e, "substantiation", &input.substantiation, 2000),
            anticipated: input.anticipated,
        };
        if !e.is_empty() {
            return Err(AppError::Invalid(e));
        }
        self.guard_texts(
            "change",
            &[
                &row.social_actor,
                &row.change,
                &row.when_where,
                &row.significance,
                &row.contribution,
                &row.substantiation,
            ],
        )?;
        Ok(effects::insert_outcome(self.db(), theory, &row, user.user.id.0, self.now()).await?)
    }

    /// The outcome descriptions of a theory.
    pub async fn outcomes(&self, user: &CurrentUser, theory: i64) -> AppResult<Vec<OutcomeRow>> {
        self.impact_theory(user, theory).await?;
        Ok(effects::outcomes(self.db(), theory).await?)
    }
}
