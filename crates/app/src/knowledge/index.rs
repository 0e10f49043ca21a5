//! Keeping the search index in step with an item: published items are indexed with their
//! facets, every other status is taken out. Called inside the transaction of the change.

use super::item_path;
use domain::markdown;
use domain::search::{DocumentKind, TextLanguage, index_terms};
use store::Tx;
use store::knowledge::ItemRow;
use store::search::{self, NewDocument};

/// The year an item counts for (first publication, else last change), in UTC.
fn year_of(row: &ItemRow) -> i32 {
    let at = row.published_at.unwrap_or(row.updated_at);
    time::OffsetDateTime::from_unix_timestamp(at).map_or(1970, |t| t.year())
}

/// The search document of a published item (also used by `leeratelier generate`).
pub fn search_document(row: &ItemRow, themes: &[i64]) -> NewDocument {
    let language = TextLanguage::from_code(&row.language);
    let body = markdown::plain_text(&row.body);
    let mut facets: Vec<(&'static str, String)> = vec![
        ("type", row.kind.clone()),
        ("atelier", row.atelier_id.to_string()),
        ("language", row.language.clone()),
        ("year", year_of(row).to_string()),
    ];
    facets.extend(themes.iter().map(|t| ("theme", t.to_string())));
    facets.extend(row.tag_list().into_iter().map(|t| ("tag", t)));
    NewDocument {
        kind: DocumentKind::Knowledge.code(),
        source_id: row.id,
        werkplaats_id: row.werkplaats_id,
        atelier_id: Some(row.atelier_id),
        visibility: row.visibility.clone(),
        url: item_path(row.id, &row.slug),
        title: row.title.clone(),
        summary: row.summary.clone(),
        body_terms: index_terms(
            &format!(
                "{} {} {} {} {}",
                row.summary,
                body,
                row.tags.replace('|', " "),
                row.target_group,
                row.authors
            ),
            language,
        ),
        body,
        language: row.language.clone(),
        updated_at: row.updated_at,
        title_terms: index_terms(&row.title, language),
        facets,
    }
}

/// Indexes a published item, or removes any other from the index.
pub(crate) async fn reindex(tx: &mut Tx, row: &ItemRow, themes: &[i64]) -> store::StoreResult<()> {
    if row.status == "published" {
        search::upsert(tx, &search_document(row, themes)).await
    } else {
        search::delete(tx, DocumentKind::Knowledge.code(), row.id).await
    }
}
