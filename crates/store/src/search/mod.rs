//! The search index every feature shares: one document per searchable thing, its facets, and
//! the backend's full-text structure over terms stemmed in Rust (`domain::search`), with
//! visibility and facet tokens beside the words.
//!
//! Two kinds of search: with words, ranked by the backend's full-text index (the one place
//! where dialects differ: SQLite FTS5 with `bm25`, title weighted 10×; PostgreSQL `tsvector`
//! with `ts_rank`, title weight A); without words, newest first over the document table with
//! one SQL text. Totals are counted up to `MAX_COUNTED`; facets over the best `FACET_SAMPLE`.

mod browse;
mod ranked;

use crate::{Exec, StoreResult, Tx};
use domain::search::{MatchExpression, Scope, document_tokens};

/// A document to (re)index.
#[derive(Debug, Clone)]
pub struct NewDocument {
    /// Kind code (`domain::search::DocumentKind`).
    pub kind: &'static str,
    /// Id of the thing in its own table.
    pub source_id: i64,
    /// Werkplaats it belongs to.
    pub werkplaats_id: i64,
    /// Atelier it belongs to, if any.
    pub atelier_id: Option<i64>,
    /// `public`, `werkplaats` or `atelier`.
    pub visibility: String,
    /// Where the result links to.
    pub url: String,
    /// Title as shown.
    pub title: String,
    /// Summary as shown.
    pub summary: String,
    /// Readable text, for snippets.
    pub body: String,
    /// Language code.
    pub language: String,
    /// Last change (orders results when nothing is typed).
    pub updated_at: i64,
    /// Stemmed terms of the title.
    pub title_terms: String,
    /// Stemmed terms of summary and body.
    pub body_terms: String,
    /// Facets as (name, value).
    pub facets: Vec<(&'static str, String)>,
}

/// A search hit.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HitRow {
    /// Document id.
    pub id: i64,
    /// Kind code.
    pub kind: String,
    /// Id in its own table.
    pub source_id: i64,
    /// Link.
    pub url: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Readable text.
    pub body: String,
    /// Language code.
    pub language: String,
    /// Last change.
    pub updated_at: i64,
}

/// How many matching documents carry a facet value.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FacetCount {
    /// Facet name.
    pub name: String,
    /// Value.
    pub value: String,
    /// Matching documents with it.
    pub count: i64,
}

/// A search.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Words, visibility and facet filters (`domain::search::MatchExpression`).
    pub matcher: MatchExpression,
    /// True when words were typed (ranked); false lists the newest readable documents.
    pub ranked: bool,
    /// Who reads (for the search without words).
    pub scope: Scope,
    /// Facet filters as (name, value) (for the search without words).
    pub filters: Vec<(String, String)>,
    /// Results to skip.
    pub offset: i64,
    /// Results to return.
    pub limit: i64,
}

/// One page of results, the total and the facet counts of everything that matched.
#[derive(Debug, Clone, Default)]
pub struct SearchPage {
    /// The hits on this page, best first.
    pub hits: Vec<HitRow>,
    /// All matching documents.
    pub total: i64,
    /// Facet counts over all matching documents.
    pub facets: Vec<FacetCount>,
}

/// Removes a document from the index (no-op when it is not there).
pub async fn delete(tx: &mut Tx, kind: &str, source_id: i64) -> StoreResult<()> {
    let old: Option<i64> = on_write!(Exec::from(&mut *tx), |p| sqlx::query_scalar(
        "DELETE FROM search_documents WHERE kind = $1 AND source_id = $2 RETURNING id"
    )
    .bind(kind)
    .bind(source_id)
    .fetch_optional(p)
    .await)?;
    if let (Some(id), Tx::Sqlite(t)) = (old, &mut *tx) {
        // FTS5 tables have no foreign keys; PostgreSQL's `_search_terms` cascades.
        for sql in [
            "DELETE FROM _search_fts WHERE rowid = $1",
            "DELETE FROM _search_titles WHERE rowid = $1",
        ] {
            sqlx::query(sql).bind(id).execute(&mut **t).await?;
        }
    }
    Ok(())
}

/// Adds a document to the index or replaces it, with its facets and terms.
pub async fn upsert(tx: &mut Tx, doc: &NewDocument) -> StoreResult<()> {
    delete(tx, doc.kind, doc.source_id).await?;
    let id: i64 = on_write!(Exec::from(&mut *tx), |p| sqlx::query_scalar(
        "INSERT INTO search_documents (kind, source_id, werkplaats_id, atelier_id, visibility, \
         url, title, summary, body, language, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id"
    )
    .bind(doc.kind)
    .bind(doc.source_id)
    .bind(doc.werkplaats_id)
    .bind(doc.atelier_id)
    .bind(&doc.visibility)
    .bind(&doc.url)
    .bind(&doc.title)
    .bind(&doc.summary)
    .bind(&doc.body)
    .bind(&doc.language)
    .bind(doc.updated_at)
    .fetch_one(p)
    .await)?;
    for (name, value) in &doc.facets {
        on_write!(Exec::from(&mut *tx), |p| sqlx::query(
            "INSERT INTO search_facets (document_id, name, value) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING"
        )
        .bind(id)
        .bind(*name)
        .bind(value)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    }
    let tokens = document_tokens(
        &doc.visibility,
        doc.werkplaats_id,
        doc.atelier_id,
        &doc.facets,
    );
    match tx {
        Tx::Sqlite(t) => {
            sqlx::query(
                "INSERT INTO _search_fts (rowid, title, body, filters) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(&doc.title_terms)
            .bind(&doc.body_terms)
            .bind(&tokens)
            .execute(&mut **t)
            .await?;
            sqlx::query("INSERT INTO _search_titles (rowid, title, filters) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(&doc.title_terms)
                .bind(&tokens)
                .execute(&mut **t)
                .await?;
        }
        Tx::Pg(t) => {
            sqlx::query(
                "INSERT INTO _search_terms (document_id, title, terms) VALUES ($1, \
                 to_tsvector('simple', $2) || to_tsvector('simple', $4), \
                 setweight(to_tsvector('simple', $2), 'A') || \
                 setweight(to_tsvector('simple', $3), 'D') || to_tsvector('simple', $4))",
            )
            .bind(id)
            .bind(&doc.title_terms)
            .bind(&doc.body_terms)
            .bind(&tokens)
            .execute(&mut **t)
            .await?;
        }
    }
    Ok(())
}

pub(crate) const HIT_COLUMNS: &str = "d.id, d.kind, d.source_id, d.url, d.title, d.summary, d.body, \
    d.language, d.updated_at";

/// Runs a search: the page of hits, the total (up to `MAX_COUNTED`) and the facet counts.
pub async fn search(db: &crate::Db, request: &SearchRequest) -> StoreResult<SearchPage> {
    if request.ranked {
        ranked::search_ranked(db, request).await
    } else {
        browse::browse(db, request).await
    }
}

/// The hits with these ids, in this order.
pub(crate) async fn hits_in_order(db: &crate::Db, ids: &[i64]) -> StoreResult<Vec<HitRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {HIT_COLUMNS} FROM search_documents d WHERE d.id IN ({})",
        list.join(", ")
    ));
    let mut rows = on_read!(Exec::Db(db), |p| sqlx::query_as::<_, HitRow>(sql)
        .fetch_all(p)
        .await)?;
    rows.sort_by_key(|r| ids.iter().position(|id| *id == r.id));
    Ok(rows)
}

/// Facet counts over the documents with these ids.
pub(crate) async fn facets_of(db: &crate::Db, ids: &[i64]) -> StoreResult<Vec<FacetCount>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT f.name, f.value, COUNT(*) AS count FROM search_facets f \
         WHERE f.document_id IN ({}) GROUP BY f.name, f.value ORDER BY count DESC, f.value",
        list.join(", ")
    ));
    Ok(on_read!(Exec::Db(db), |p| {
        sqlx::query_as::<_, FacetCount>(sql).fetch_all(p).await
    })?)
}
