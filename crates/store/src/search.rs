//! The search index every feature shares: one document per searchable thing, its facets, and
//! the backend's full-text structure over terms stemmed in Rust (`domain::search`).
//!
//! The one place where the dialects differ is [`MatchSql`]: SQLite FTS5 with `bm25` (title
//! weighted 10×), PostgreSQL `tsvector` with `ts_rank` (title has weight A). Everything else —
//! visibility, facets, filters, paging — is one SQL text.

use crate::{Backend, Exec, StoreResult, Tx};

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

/// Who searches: only documents they may read are found.
#[derive(Debug, Clone, Copy, Default)]
pub struct Viewer {
    /// The account (0 when not logged in).
    pub user_id: i64,
    /// Platform admins read everything.
    pub admin: bool,
}

/// A search.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The query in both dialects (`SearchQuery::to_fts5`, `to_tsquery`); `None` lists
    /// everything visible, newest first.
    pub query: Option<(String, String)>,
    /// Only documents having each of these facet values.
    pub filters: Vec<(String, String)>,
    /// Who searches.
    pub viewer: Viewer,
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
        sqlx::query("DELETE FROM _search_fts WHERE rowid = $1")
            .bind(id)
            .execute(&mut **t)
            .await?;
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
    match tx {
        Tx::Sqlite(t) => {
            sqlx::query("INSERT INTO _search_fts (rowid, title, body) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(&doc.title_terms)
                .bind(&doc.body_terms)
                .execute(&mut **t)
                .await?;
        }
        Tx::Pg(t) => {
            sqlx::query(
                "INSERT INTO _search_terms (document_id, terms) VALUES ($1, \
                 setweight(to_tsvector('simple', $2), 'A') || \
                 setweight(to_tsvector('simple', $3), 'D'))",
            )
            .bind(id)
            .bind(&doc.title_terms)
            .bind(&doc.body_terms)
            .execute(&mut **t)
            .await?;
        }
    }
    Ok(())
}

/// The matching documents with a score (lower is better) as a CTE, per backend.
struct MatchSql(&'static str);

fn matched(backend: Backend, has_query: bool) -> MatchSql {
    MatchSql(match (backend, has_query) {
        (Backend::Sqlite, true) => {
            "SELECT rowid AS id, CAST(bm25(_search_fts, 10.0, 1.0) AS REAL) AS score \
             FROM _search_fts WHERE _search_fts MATCH $1"
        }
        (Backend::Postgres, true) => {
            "SELECT document_id AS id, \
             CAST(-ts_rank(terms, to_tsquery('simple', $1)) AS DOUBLE PRECISION) AS score \
             FROM _search_terms WHERE terms @@ to_tsquery('simple', $1)"
        }
        (_, false) => {
            "SELECT id, CAST(-updated_at AS REAL) AS score FROM search_documents \
             WHERE $1 = ''"
        }
    })
}

/// Documents `$2` (user) / `$3` (admin flag) may read.
const VISIBLE: &str = "(d.visibility = 'public' OR $3 = 1 \
    OR (d.visibility = 'werkplaats' AND (EXISTS (SELECT 1 FROM werkplaats_members wm \
        WHERE wm.werkplaats_id = d.werkplaats_id AND wm.user_id = $2) \
      OR EXISTS (SELECT 1 FROM atelier_members am JOIN ateliers a ON a.id = am.atelier_id \
        WHERE a.werkplaats_id = d.werkplaats_id AND am.user_id = $2 AND am.status = 'active'))) \
    OR (d.visibility = 'atelier' AND EXISTS (SELECT 1 FROM atelier_members am \
        WHERE am.atelier_id = d.atelier_id AND am.user_id = $2 AND am.status = 'active')))";

fn filters_sql(filters: &[(String, String)]) -> String {
    (0..filters.len())
        .map(|i| {
            let n = 4 + 2 * i;
            format!(
                " AND EXISTS (SELECT 1 FROM search_facets ff WHERE ff.document_id = d.id \
                 AND ff.name = ${n} AND ff.value = ${})",
                n + 1
            )
        })
        .collect()
}

/// Runs a search: the page of hits, the total and the facet counts.
pub async fn search(exec: &crate::Db, request: &SearchRequest) -> StoreResult<SearchPage> {
    let (fts5, tsquery) = request.query.clone().unwrap_or_default();
    let query_text = match exec.backend() {
        Backend::Sqlite => fts5,
        Backend::Postgres => tsquery,
    };
    let MatchSql(cte) = matched(exec.backend(), request.query.is_some());
    let base = format!(
        "WITH matched AS ({cte}) SELECT {{}} FROM matched m JOIN search_documents d \
         ON d.id = m.id {{join}}WHERE {VISIBLE}{}",
        filters_sql(&request.filters)
    );
    let admin = i64::from(request.viewer.admin);
    let hits_sql = sqlx::AssertSqlSafe(
        base.replacen("{join}", "", 1).replacen(
            "{}",
            "d.id, d.kind, d.source_id, d.url, d.title, d.summary, d.body, d.language, \
             d.updated_at",
            1,
        ) + &format!(
            " ORDER BY m.score, d.id LIMIT {} OFFSET {}",
            request.limit.clamp(1, 100),
            request.offset.max(0)
        ),
    );
    let total_sql =
        sqlx::AssertSqlSafe(base.replacen("{join}", "", 1).replacen("{}", "COUNT(*)", 1));
    let facet_sql = sqlx::AssertSqlSafe(
        base.replacen("{join}", "JOIN search_facets f ON f.document_id = d.id ", 1)
            .replacen("{}", "f.name, f.value, COUNT(*) AS count", 1)
            + " GROUP BY f.name, f.value ORDER BY count DESC, f.value",
    );
    let hits = on_read!(Exec::Db(exec), |p| {
        let mut q = sqlx::query_as::<_, HitRow>(hits_sql)
            .bind(&query_text)
            .bind(request.viewer.user_id)
            .bind(admin);
        for (name, value) in &request.filters {
            q = q.bind(name).bind(value);
        }
        q.fetch_all(p).await
    })?;
    let total: i64 = on_read!(Exec::Db(exec), |p| {
        let mut q = sqlx::query_scalar(total_sql)
            .bind(&query_text)
            .bind(request.viewer.user_id)
            .bind(admin);
        for (name, value) in &request.filters {
            q = q.bind(name).bind(value);
        }
        q.fetch_one(p).await
    })?;
    let facets = on_read!(Exec::Db(exec), |p| {
        let mut q = sqlx::query_as::<_, FacetCount>(facet_sql)
            .bind(&query_text)
            .bind(request.viewer.user_id)
            .bind(admin);
        for (name, value) in &request.filters {
            q = q.bind(name).bind(value);
        }
        q.fetch_all(p).await
    })?;
    Ok(SearchPage {
        hits,
        total,
        facets,
    })
}
