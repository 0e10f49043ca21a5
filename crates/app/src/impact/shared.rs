//! Practice-based evidence across practices: an atelier's members see, per shared indicator of
//! the theories linked to the atelier, the trend and pre–post change computed over only the
//! people who agreed to sharing, with the minimum cell size. Never raw data, never a breakdown
//! (small groups across practices could point at a person), never a practice's private
//! indicators.

use super::dashboard::{IndicatorDash, figures_of, timepoint_counts};
use crate::accounts::{CurrentUser, ensure};
use crate::ateliers::active_role;
use crate::{App, AppResult};
use domain::AtelierId;
use store::impact::shared;

/// One practice's shared indicator.
#[derive(Debug, Clone)]
pub struct PracticeFigures {
    /// The practice (its theory's title).
    pub practice: String,
    /// The figures over the people who agreed to sharing.
    pub figures: IndicatorDash,
}

/// What an atelier sees of its practices.
#[derive(Debug, Clone)]
pub struct EvidenceView {
    /// The atelier's name.
    pub atelier: String,
    /// Its path.
    pub path: String,
    /// How many theories are linked to it.
    pub practices: usize,
    /// Shared indicators by code, then practice.
    pub indicators: Vec<PracticeFigures>,
}

impl App {
    /// The shared indicators of an atelier's practices, for its active members and admins.
    pub async fn practice_evidence(
        &self,
        user: &CurrentUser,
        id: AtelierId,
    ) -> AppResult<EvidenceView> {
        let atelier = self.atelier(id).await?;
        let (mine, _) = self.standing(Some(user), &atelier).await?;
        ensure(active_role(mine.as_ref()).is_some() || user.user.is_admin)?;
        let practices = shared::practices(self.db(), id.0).await?;
        let mut indicators = Vec::new();
        for indicator in shared::indicators(self.db(), id.0).await? {
            let mine = timepoint_counts(
                &indicator,
                &shared::histogram(self.db(), indicator.id).await?,
            );
            let changes = shared::changes(self.db(), indicator.id).await?;
            let figures = figures_of(&indicator, &mine, &changes);
            let practice = practices
                .iter()
                .find(|(t, _)| *t == indicator.theory_id)
                .map(|(_, title)| title.clone())
                .unwrap_or_default();
            indicators.push(PracticeFigures { practice, figures });
        }
        Ok(EvidenceView {
            path: format!("/ateliers/{}-{}", atelier.row.id, atelier.row.slug),
            atelier: atelier.row.name,
            practices: practices.len(),
            indicators,
        })
    }
}
