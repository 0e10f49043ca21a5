//! Demo knowledge items (`content/knowledge.toml`): written by us, in Dutch, across the kinds
//! and ateliers; published ones get a revision (the first one two) and are indexed.

use crate::{App, AppError, AppResult};
use domain::knowledge::collection::CollectionInput;
use domain::knowledge::{KnowledgeContent, KnowledgeInput, KnowledgeStatus};
use domain::reciprocity::Activity;
use domain::slug::slugify;
use domain::{AtelierId, KnowledgeId, ThemeId, UserId};
use serde::Deserialize;
use store::{
    Tx, activities, knowledge, knowledge_collections, knowledge_reviews, knowledge_revisions,
};

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

/// One demo collection: published items (by key) in order.
#[derive(Debug, Deserialize)]
pub struct DemoCollection {
    /// Owning atelier's slug.
    pub atelier: String,
    /// Who made it (a facilitator of that atelier).
    pub author: String,
    /// Title.
    pub title: String,
    /// Description (Markdown).
    pub description: String,
    /// Item keys in order.
    pub items: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct DemoKnowledge {
    items: Vec<DemoItem>,
    #[serde(default)]
    collections: Vec<DemoCollection>,
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
    Ok(demo_knowledge()?.items)
}

/// The demo collections, checked like the form, holding only published demo items.
pub fn demo_collections() -> AppResult<Vec<DemoCollection>> {
    let parsed = demo_knowledge()?;
    for collection in &parsed.collections {
        CollectionInput {
            title: collection.title.clone(),
            description: collection.description.clone(),
        }
        .validate()
        .map_err(|e| AppError::Content(format!("knowledge.toml {}: {e:?}", collection.title)))?;
        for key in &collection.items {
            if !parsed
                .items
                .iter()
                .any(|i| &i.key == key && i.status == KnowledgeStatus::Published.code())
            {
                return Err(AppError::Content(format!(
                    "knowledge.toml {}: {key} is not a published item",
                    collection.title
                )));
            }
        }
    }
    Ok(parsed.collections)
}

fn demo_knowledge() -> AppResult<DemoKnowledge> {
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
    Ok(parsed)
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
        let mut by_key = Vec::new();
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
            by_key.push((item.key.as_str(), id));
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
        self.seed_collections(tx, ids, &by_key, now).await?;
        Ok(items.len())
    }

    async fn seed_collections(
        &self,
        tx: &mut Tx,
        ids: &SeedIds<'_>,
        items: &[(&str, KnowledgeId)],
        now: i64,
    ) -> AppResult<()> {
        for collection in demo_collections()? {
            let missing = || AppError::Content(format!("knowledge.toml {}", collection.title));
            let author = ids
                .users
                .iter()
                .find(|(k, _)| *k == collection.author)
                .ok_or_else(missing)?
                .1;
            let atelier = ids
                .ateliers
                .iter()
                .find(|(k, _)| *k == collection.atelier)
                .ok_or_else(missing)?
                .1;
            let title = collection.title.trim();
            let id = knowledge_collections::insert(
                &mut *tx,
                atelier,
                author,
                (&slugify(title), title, collection.description.trim()),
                now,
            )
            .await?;
            for key in &collection.items {
                let item = items.iter().find(|(k, _)| k == key).ok_or_else(missing)?.1;
                knowledge_collections::add_item(tx, id, item).await?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{demo_collections, demo_items};
    use domain::knowledge::KnowledgeKind;

    #[test]
    fn shipped_collections_hold_published_items() {
        let collections = demo_collections().unwrap();
        assert!(collections.iter().any(|c| c.title == "Impact: aan de slag"));
        assert!(collections.iter().all(|c| c.items.len() >= 3));
    }

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
