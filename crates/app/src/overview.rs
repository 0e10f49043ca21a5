//! The overview on the home page: every werkplaats with its ateliers (stage, members, themes)
//! and its themes (with the ateliers they run through).

use crate::ateliers::Atelier;
use crate::{App, AppResult};
use domain::WerkplaatsId;
use store::ateliers::{self, ThemeRow};
use store::{memberships, werkplaatsen};

/// An atelier in the overview.
#[derive(Debug, Clone)]
pub struct AtelierSummary {
    /// The atelier.
    pub atelier: Atelier,
    /// Active members.
    pub member_count: i64,
    /// Names of its themes.
    pub themes: Vec<String>,
}

/// A werkplaats with its ateliers and themes.
#[derive(Debug, Clone)]
pub struct WerkplaatsOverview {
    /// Id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Its ateliers.
    pub ateliers: Vec<AtelierSummary>,
    /// Its themes with the names of the ateliers they run through.
    pub themes: Vec<(ThemeRow, Vec<String>)>,
}

impl App {
    /// Every werkplaats with its ateliers and themes (the home page).
    pub async fn werkplaats_overviews(&self) -> AppResult<Vec<WerkplaatsOverview>> {
        let mut overviews = Vec::new();
        for w in werkplaatsen::list(self.db()).await? {
            let werkplaats = WerkplaatsId(w.id);
            let rows = ateliers::list_by_werkplaats(self.db(), werkplaats).await?;
            let themes = ateliers::list_themes_by_werkplaats(self.db(), werkplaats).await?;
            let links = ateliers::list_theme_links_by_werkplaats(self.db(), werkplaats).await?;
            let counts = memberships::count_active_by_werkplaats(self.db(), werkplaats).await?;
            let theme_name = |id: i64| themes.iter().find(|t| t.id == id).map(|t| t.name.clone());
            let atelier_name = |id: i64| rows.iter().find(|a| a.id == id).map(|a| a.name.clone());
            let theme_ateliers = themes
                .iter()
                .map(|t| {
                    let names = links
                        .iter()
                        .filter(|(_, th)| *th == t.id)
                        .filter_map(|(a, _)| atelier_name(*a));
                    (t.clone(), names.collect())
                })
                .collect();
            let mut summaries = Vec::with_capacity(rows.len());
            for row in rows.iter().cloned() {
                let id = row.id;
                summaries.push(AtelierSummary {
                    member_count: counts.iter().find(|(a, _)| *a == id).map_or(0, |(_, n)| *n),
                    themes: links
                        .iter()
                        .filter(|(a, _)| *a == id)
                        .filter_map(|(_, t)| theme_name(*t))
                        .collect(),
                    atelier: Atelier::from_row(row)?,
                });
            }
            overviews.push(WerkplaatsOverview {
                id: w.id,
                name: w.name,
                description: w.description,
                ateliers: summaries,
                themes: theme_ateliers,
            });
        }
        Ok(overviews)
    }
}
