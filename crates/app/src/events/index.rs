//! Events in the shared search: each event is a document with its title, description and
//! place, read with the event's visibility (a public event or a public atelier's by anyone,
//! otherwise the atelier's members or the werkplaats), under the type "evenement".

use super::{EventRow, event_path};
use domain::markdown;
use domain::search::{DocumentKind, TextLanguage, index_terms};
use store::Tx;
use store::search::{self, NewDocument};

/// The facet value of events under "type".
pub const EVENT_TYPE: &str = "evenement";

/// The search document of an event.
pub fn search_document(event: &EventRow) -> NewDocument {
    let mut body = markdown::plain_text(&event.description);
    if !event.location.is_empty() {
        body.push_str("\n\n");
        body.push_str(&event.location);
    }
    let year = domain::events::local_time::LocalTime::of(event.starts_at).year;
    let mut facets: Vec<(&'static str, String)> = vec![
        ("type", EVENT_TYPE.to_owned()),
        ("language", "nl".to_owned()),
        ("year", year.to_string()),
    ];
    if let Some(atelier) = event.atelier_id {
        facets.push(("atelier", atelier.to_string()));
    }
    NewDocument {
        kind: DocumentKind::Event.code(),
        source_id: event.id,
        werkplaats_id: event.werkplaats_id,
        atelier_id: event.atelier_id,
        visibility: super::visibility(event).to_owned(),
        url: event_path(event.id, &event.slug),
        title: event.title.clone(),
        summary: String::new(),
        body_terms: index_terms(&body, TextLanguage::Dutch),
        body,
        language: "nl".to_owned(),
        updated_at: event.updated_at,
        title_terms: index_terms(&event.title, TextLanguage::Dutch),
        facets,
    }
}

/// Indexes the event as it is now stored (inside the caller's transaction).
pub(crate) async fn reindex(tx: &mut Tx, event: i64) -> store::StoreResult<()> {
    match store::events::find(&mut *tx, event).await? {
        Some(row) => search::upsert(tx, &search_document(&row)).await,
        None => search::delete(tx, DocumentKind::Event.code(), event).await,
    }
}

/// Reindexes every event of an atelier (after its visibility changed).
pub(crate) async fn reindex_atelier(tx: &mut Tx, atelier: i64) -> store::StoreResult<()> {
    let events = store::events::list_by_atelier(&mut *tx, atelier, i64::MIN, i64::MAX).await?;
    for event in events {
        search::upsert(tx, &search_document(&event)).await?;
    }
    Ok(())
}
