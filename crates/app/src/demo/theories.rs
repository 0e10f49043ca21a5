//! Demo theories of change (`content/theories/*.json`, in the export format): a buurtproject
//! against loneliness and ambulant housing support, each with assumptions, evidence and a
//! negative effect; imported with the same checks as an upload, and saved as version 1.

use super::knowledge::SeedIds;
use crate::{AppError, AppResult};
use domain::toc::Theory;
use domain::toc::json::import;
use store::Tx;
use store::theories::{self, Arrangement, versions};

/// (file, owner's e-mail, atelier slug, team theory).
const DEMO: [(&str, &str, &str, bool); 2] = [
    (
        include_str!("../../../../content/theories/buurtproject-eenzaamheid.json"),
        "youssef@demo.leeratelier.nl",
        "impact",
        false,
    ),
    (
        include_str!("../../../../content/theories/ambulante-woonbegeleiding.json"),
        "facilitator@demo.leeratelier.nl",
        "impact",
        true,
    ),
];

/// The demo theories, checked like an import.
pub(crate) fn demo_theories() -> AppResult<Vec<Theory>> {
    DEMO.iter()
        .map(|(text, ..)| import(text).map_err(|e| AppError::Content(format!("theories: {e:?}"))))
        .collect()
}

impl crate::App {
    /// Seeds the demo theories inside the demo's transaction, published to their atelier;
    /// returns their ids in the order of the files.
    pub(crate) async fn seed_theories(
        &self,
        tx: &mut Tx,
        seed: &SeedIds<'_>,
        now: i64,
    ) -> AppResult<Vec<i64>> {
        let mut ids = Vec::with_capacity(DEMO.len());
        for (theory, (_, owner, atelier, team)) in demo_theories()?.into_iter().zip(DEMO) {
            let owner = seed
                .users
                .iter()
                .find(|(e, _)| *e == owner)
                .map(|(_, id)| *id);
            let atelier = seed
                .ateliers
                .iter()
                .find(|(slug, _)| *slug == atelier)
                .map(|(_, id)| id.0);
            let (Some(owner), Some(atelier)) = (owner, atelier) else {
                return Err(AppError::Content(
                    "theories: unknown owner or atelier".into(),
                ));
            };
            let model = super::super::theories::model_json(&theory)?;
            let arrangement = Arrangement {
                atelier: Some(atelier),
                team,
                published: true,
            };
            let id = theories::insert(
                &mut *tx,
                owner,
                arrangement,
                (&theory.title, &model, None),
                now,
            )
            .await?;
            versions::insert(tx, id, (&model, "demo"), owner, now).await?;
            ids.push(id);
        }
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::toc::quality::{Check, weaknesses};

    #[test]
    fn the_demo_theories_import_and_have_what_the_issue_asks() {
        for theory in demo_theories().unwrap() {
            assert!(
                theory.nodes.iter().any(|n| n.negative),
                "{}: a negative effect",
                theory.title
            );
            assert!(theory.links.iter().any(|l| !l.assumptions.is_empty()));
            assert!(theory.links.iter().any(|l| !l.evidence.is_empty()));
            let checks: Vec<Check> = weaknesses(&theory, None)
                .into_iter()
                .map(|w| w.check)
                .collect();
            assert!(
                !checks.contains(&Check::Broken) && !checks.contains(&Check::Orphan),
                "{checks:?}"
            );
        }
    }
}
