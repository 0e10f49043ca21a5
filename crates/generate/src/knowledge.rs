//! The knowledge base: articles, tools, methods, cases, publications and meeting reports that
//! the ateliers developed over the years, written by their members (facilitators more often),
//! most of them published and indexed for search as published ones are, some still in draft or
//! in review; mostly Dutch, now and then English; public, for the werkplaats or for the atelier.

use crate::community::{Community, START};
use crate::textgen::{Rng, text, title};
use crate::{BATCH, GenerateResult, Progress, Scale};
use domain::knowledge::{DEFAULT_LICENCE, KnowledgeContent};
use store::{Db, Exec, knowledge};

/// 2026-11-01: items are dated from the werkplaats's start until then, never in the future of
/// the day the seed was chosen.
pub const UNTIL: i64 = 1_793_491_200;

/// Kinds, weighted the way a knowledge base fills: many articles and tools, fewer publications.
const KINDS: [&str; 10] = [
    "artikel",
    "artikel",
    "artikel",
    "tool",
    "tool",
    "methode",
    "methode",
    "casus",
    "publicatie",
    "verslag",
];

/// Tags of the field, so facets and tag pages have realistic spreads.
const TAGS: [&str; 16] = [
    "impact",
    "wijkteam",
    "jongeren",
    "armoede",
    "schulden",
    "participatie",
    "ervaringsdeskundigheid",
    "verhalen",
    "effectmeting",
    "gemeente",
    "mantelzorg",
    "eenzaamheid",
    "veranderingstheorie",
    "intervisie",
    "outcome harvesting",
    "most significant change",
];

const TARGET_GROUPS: [&str; 5] = [
    "Sociaal werkers",
    "Beleidsmedewerkers",
    "Teams in de wijk",
    "Docenten en studenten",
    "",
];

/// Generates `scale.knowledge` items; returns how many were published.
pub async fn generate(
    db: &Db,
    scale: &Scale,
    community: &Community,
    rng: &mut Rng,
    progress: Progress<'_>,
) -> GenerateResult<usize> {
    let ateliers: Vec<_> = community
        .ateliers
        .iter()
        .filter(|a| !a.members.is_empty())
        .collect();
    if ateliers.is_empty() {
        return Ok(0);
    }
    let step = (UNTIL - START) / i64::try_from(scale.knowledge.max(1)).unwrap_or(1);
    let mut published = 0;
    let mut done = 0;
    while done < scale.knowledge {
        let end = (done + BATCH / 4).min(scale.knowledge);
        let mut tx = db.begin().await?;
        for n in done..end {
            let atelier = ateliers[rng.skewed(ateliers.len())];
            // The facilitators (the first two members) write a third of their atelier's items.
            let author = if rng.below(3) == 0 {
                atelier.members[rng.below(atelier.members.len().min(2))]
            } else {
                atelier.members[rng.below(atelier.members.len())]
            };
            let content = content(rng);
            let slug = domain::slug::slugify(&content.title);
            let created = START + i64::try_from(n).unwrap_or(0) * step;
            let id =
                knowledge::insert(&mut tx, atelier.id, author, &slug, &content, created).await?;
            let status = match rng.below(20) {
                0 => "draft",
                1 => "review",
                _ => "published",
            };
            if status == "draft" {
                continue;
            }
            let decided = created + 86_400 * i64::try_from(1 + rng.below(14)).unwrap_or(1);
            knowledge::update_status(Exec::from(&mut tx), id, status, decided.min(UNTIL)).await?;
            if status == "published"
                && let Some(row) = knowledge::find(Exec::from(&mut tx), id).await?
            {
                store::search::upsert(&mut tx, &app::knowledge::search_document(&row, &[])).await?;
                published += 1;
            }
        }
        tx.commit().await?;
        done = end;
        progress("knowledge", done, scale.knowledge);
    }
    Ok(published)
}

/// One item's fields: a title, a summary of about 25 words and a body of about 300 words in
/// Markdown sections; tools and methods also say what for, how long, for how many and with what.
fn content(rng: &mut Rng) -> KnowledgeContent {
    let kind = KINDS[rng.below(KINDS.len())];
    let practical = matches!(kind, "tool" | "methode");
    let mut tags: Vec<String> = Vec::new();
    for _ in 0..(1 + rng.below(3)) {
        let tag = TAGS[rng.skewed(TAGS.len())].to_owned();
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let visibility = match rng.below(10) {
        0 => "atelier",
        1..=2 => "werkplaats",
        _ => "public",
    };
    let language = if rng.below(20) == 0 { "en" } else { "nl" };
    let practical_field = |rng: &mut Rng, words: usize| {
        if practical {
            text(rng, words)
        } else {
            String::new()
        }
    };
    KnowledgeContent {
        kind: kind.to_owned(),
        visibility: visibility.to_owned(),
        language: language.to_owned(),
        title: title(rng),
        summary: text(rng, 25),
        body: body(rng),
        target_group: TARGET_GROUPS[rng.below(TARGET_GROUPS.len())].to_owned(),
        authors: crate::names::person(rng),
        organisations: crate::names::organisation(rng).to_owned(),
        licence: DEFAULT_LICENCE.to_owned(),
        tags,
        themes: Vec::new(),
        purpose: practical_field(rng, 15),
        duration: if practical {
            format!("{} minuten", 30 + 15 * rng.below(8))
        } else {
            String::new()
        },
        group_size: if practical {
            format!("{}–{} deelnemers", 4 + rng.below(4), 10 + rng.below(10))
        } else {
            String::new()
        },
        materials: practical_field(rng, 8),
    }
}

/// About 300 words: three sections with a heading, one of them with a list.
fn body(rng: &mut Rng) -> String {
    let mut out = String::with_capacity(2_800);
    for (n, heading) in ["Waarom", "Hoe we het aanpakten", "Wat we leerden"]
        .iter()
        .enumerate()
    {
        if n > 0 {
            out.push_str("\n\n");
        }
        out.push_str("## ");
        out.push_str(heading);
        out.push_str("\n\n");
        let words = 70 + rng.below(50);
        out.push_str(&text(rng, words));
        if n == 1 {
            for _ in 0..(2 + rng.below(3)) {
                out.push_str("\n- ");
                let words = 5 + rng.below(8);
                out.push_str(&text(rng, words));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_have_a_realistic_body_and_valid_codes() {
        let mut rng = Rng::new(5);
        let items: Vec<KnowledgeContent> = (0..100).map(|_| content(&mut rng)).collect();
        for item in &items {
            let words = item.body.split_whitespace().count();
            assert!((200..=500).contains(&words), "{words}");
            assert!(item.body.starts_with("## Waarom"));
            assert!(domain::knowledge::KnowledgeKind::from_code(&item.kind).is_some());
            assert!(!item.tags.is_empty() && item.tags.len() <= domain::knowledge::MAX_TAGS);
        }
        assert!(items.iter().any(|i| i.visibility == "atelier"));
        assert!(items.iter().any(|i| i.language == "en"));
        assert!(items.iter().any(|i| !i.duration.is_empty()));
    }
}
