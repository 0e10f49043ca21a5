//! Demo knowledge items (`content/knowledge.toml`): written by us, in Dutch, across the kinds
//! and ateliers; published ones get a revision (the first one two) and are indexed.

use crate::{App, AppError, AppResult};
use domain::knowledge::{KnowledgeContent, KnowledgeInput, KnowledgeStatus};
use domain::reciprocity::Activity;
use domain::slug::slugify;
use domain::{AtelierId, ThemeId, UserId};
use serde::Deserialize;
use store::{Tx, activities, knowledge, knowledge_reviews, knowledge_revisions};

const KNOWLEDGE_TOML: &str = include_str!("../../../../content/knowledge.toml");

/// One demo item.
#[derive(Debug, Deserialize)]
pub struct DemoItem {
    /// Unique key.
    pub key: String,
    /// Owning atelier's slug.
    pub atelier: String,
    /// Author's e-mail (a demo member).
    pub author: String,
    /// Status code.
    pub status: String,
    /// Year of publication.
    pub year: i32,
    /// Theme slugs.
    #[serde(default)]
    pub themes: Vec<String>,
    /// Tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Kind code.
    pub kind: String,
    /// Visibility code.
    pub visibility: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Markdown body.
    pub body: String,
    /// Target group.
    #[serde(default)]
    pub target_group: String,
    /// Authors.
    #[serde(default)]
    pub authors: String,
    /// Organisations.
    #[serde(default)]
    pub organisations: String,
    /// Licence.
    pub licence: String,
    /// Language code.
    pub language: String,
    /// Purpose.
    #[serde(default)]
    pub purpose: String,
    /// Duration.
    #[serde(default)]
    pub duration: String,
    /// Group size.
    #[serde(default)]
    pub group_size: String,
    /// Materials.
    #[serde(default)]
    pub materials: String,
}

#[derive(Debug, Deserialize)]
struct DemoKnowledge {
    items: Vec<DemoItem>,
}

impl DemoItem {
    /// The item's content after the same checks as the form.
    pub fn content(&self) -> AppResult<KnowledgeContent> {
        let input = KnowledgeInput {
            title: self.title.clone(),
            summary: self.summary.clone(),
            body: self.body.clone(),
            kind: self.kind.clone(),
            visibility: self.visibility.clone(),
            language: self.language.clone(),
            licence: self.licence.clone(),
            target_group: self.target_group.clone(),
            authors: self.authors.clone(),
            organisations: self.organisations.clone(),
            tags: self.tags.join(","),
            purpose: self.purpose.clone(),
            duration: self.duration.clone(),
            group_size: self.group_size.clone(),
            materials: self.materials.clone(),
            ..Default::default()
        };
        input
            .validate()
            .map_err(|e| AppError::Content(format!("knowledge.toml {}: {e:?}", self.key)))
    }
}

/// The demo items, each checked like a submitted form.
pub fn demo_items() -> AppResult<Vec<DemoItem>> {
    let parsed: DemoKnowledge = toml::from_str(KNOWLEDGE_TOML)
        .map_err(|e| AppError::Content(format!("knowledge.toml: {e}")))?;
    for item in &parsed.items {
        item.content()?;
        if KnowledgeStatus::from_code(&item.status).is_none() {
            return Err(AppError::Content(format!(
                "knowledge.toml {}: status",
                item.key
            )));
        }
    }
    Ok(parsed.items)
}

/// Ids the seed already created, by their keys in the content files.
pub(crate) struct SeedIds<'a> {
    pub users: &'a [(&'a str, UserId)],
    pub ateliers: &'a [(&'a str, AtelierId)],
    pub themes: &'a [(&'a str, ThemeId)],
}

fn published_at(year: i32, index: usize, now: i64) -> i64 {
    let start = time::Date::from_calendar_date(year, time::Month::February, 1)
        .map_or(now, |d| d.midnight().assume_utc().unix_timestamp());
    let offset = i64::try_from(index).unwrap_or(0) * 9 * 86_400;
    (start + offset).min(now)
}

impl App {
    pub(crate) async fn seed_knowledge(
        &self,
        tx: &mut Tx,
        ids: &SeedIds<'_>,
        now: i64,
    ) -> AppResult<usize> {
        let items = demo_items()?;
        for (index, item) in items.iter().enumerate() {
            let find = |list: &[(&str, UserId)], key: &str| {
                list.iter().find(|(k, _)| *k == key).map(|(_, id)| *id)
            };
            let (Some(author), Some((_, atelier))) = (
                find(ids.users, &item.author),
                ids.ateliers.iter().find(|(k, _)| *k == item.atelier),
            ) else {
                return Err(AppError::Content(format!(
                    "knowledge.toml {}: author or atelier",
                    item.key
                )));
            };
            let mut content = item.content()?;
            content.themes = ids
                .themes
                .iter()
                .filter(|(slug, _)| item.themes.iter().any(|t| t == slug))
                .map(|(_, id)| id.0)
                .collect();
            let at = published_at(item.year, index, now);
            let id = knowledge::insert(
                &mut *tx,
                *atelier,
                author,
                &slugify(&content.title),
                &content,
                at,
            )
            .await?;
            knowledge::set_themes(tx, id, &content.themes).await?;
            match item.status.as_str() {
                "published" => {
                    if index == 0 {
                        let mut first = content.clone();
                        first.body = first
                            .body
                            .split("## Aan de slag")
                            .next()
                            .unwrap_or_default()
                            .trim_end()
                            .to_owned();
                        let json = serde_json::to_string(&first)
                            .map_err(|e| AppError::Content(e.to_string()))?;
                        knowledge_revisions::insert(
                            &mut *tx,
                            id,
                            author,
                            "Eerste versie",
                            &json,
                            at,
                        )
                        .await?;
                    }
                    let json = serde_json::to_string(&content)
                        .map_err(|e| AppError::Content(e.to_string()))?;
                    let message = if index == 0 {
                        "Aanvulling: aan de slag"
                    } else {
                        "Gepubliceerd"
                    };
                    knowledge_revisions::insert(&mut *tx, id, author, message, &json, at).await?;
                    knowledge::update_status(&mut *tx, id, "published", at).await?;
                    activities::insert(
                        &mut *tx,
                        *atelier,
                        author,
                        Activity::KnowledgeWritten.code(),
                        at,
                    )
                    .await?;
                }
                "review" => {
                    let reviewer = ids.users.iter().map(|(_, id)| *id).find(|id| *id != author);
                    knowledge_reviews::set_reviewers(
                        tx,
                        id,
                        &reviewer.into_iter().collect::<Vec<_>>(),
                        now,
                    )
                    .await?;
                    knowledge::update_status(&mut *tx, id, "review", now).await?;
                }
                _ => {}
            }
            self.reindex_item(tx, id).await?;
        }
        Ok(items.len())
    }
}

#[cfg(test)]
mod tests {
    use super::demo_items;
    use domain::knowledge::KnowledgeKind;

    #[test]
    fn shipped_knowledge_is_valid_and_varied() {
        let items = demo_items().unwrap();
        assert!(items.len() >= 15, "at least 15 demo items");
        for kind in KnowledgeKind::ALL {
            assert!(items.iter().any(|i| i.kind == kind.code()), "{kind:?}");
        }
        let demo = crate::demo::demo_content().unwrap();
        for atelier in &demo.ateliers {
            assert!(
                items.iter().any(|i| i.atelier == atelier.slug),
                "{}",
                atelier.slug
            );
        }
        for item in &items {
            assert!(
                demo.members.iter().any(|m| m.email == item.author),
                "{}",
                item.key
            );
            for theme in &item.themes {
                assert!(demo.themes.iter().any(|t| &t.slug == theme), "{theme}");
            }
        }
        let mut keys: Vec<&str> = items.iter().map(|i| i.key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), items.len(), "keys are unique");
    }
}
