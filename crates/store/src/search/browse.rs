//! Searches without words: the newest documents the reader may see, with facet filters, in one
//! SQL text for both backends.

use super::{FacetCount, HIT_COLUMNS, HitRow, SearchPage, SearchRequest};
use crate::{Exec, StoreResult};
use domain::search::{FACET_SAMPLE, MAX_COUNTED, Scope};

/// Documents without words: readable by the scope, with every facet filter; `$n` placeholders
/// for the filters start at `first`.
/// The reader's scope over the document table's columns (the same rule as the index tokens).
fn scope_sql(scope: &Scope) -> String {
    if scope.admin {
        return "1 = 1".to_owned();
    }
    let list = |ids: &[i64]| {
        if ids.is_empty() {
            "0".to_owned()
        } else {
            ids.iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    format!(
        "(d.visibility = 'public' OR (d.visibility = 'werkplaats' AND d.werkplaats_id IN ({})) \
         OR (d.visibility = 'atelier' AND d.atelier_id IN ({})))",
        list(&scope.werkplaatsen),
        list(&scope.ateliers)
    )
}

fn browse_where(scope: &Scope, filters: &[(String, String)], first: usize) -> String {
    let mut sql = scope_sql(scope);
    for i in 0..filters.len() {
        let n = first + 2 * i;
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM search_facets ff WHERE ff.document_id = d.id \
             AND ff.name = ${n} AND ff.value = ${})",
            n + 1
        ));
    }
    sql
}

pub(super) async fn browse(db: &crate::Db, request: &SearchRequest) -> StoreResult<SearchPage> {
    let filter = browse_where(&request.scope, &request.filters, 3);
    let newest = format!(
        "SELECT d.id FROM search_documents d WHERE {filter} ORDER BY d.id DESC LIMIT $1 OFFSET $2"
    );
    let hits_sql = sqlx::AssertSqlSafe(format!(
        "SELECT {HIT_COLUMNS} FROM search_documents d WHERE d.id IN ({newest}) ORDER BY d.id DESC"
    ));
    let facet_sql = sqlx::AssertSqlSafe(format!(
        "SELECT f.name, f.value, COUNT(*) AS count FROM search_facets f WHERE f.document_id IN \
         ({newest}) GROUP BY f.name, f.value ORDER BY count DESC, f.value"
    ));
    let count_sql = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM ({newest}) c"));
    let limit = request.limit.clamp(1, 100);
    let hits = on_read!(Exec::Db(db), |p| {
        let mut q = sqlx::query_as::<_, HitRow>(hits_sql)
            .bind(limit)
            .bind(request.offset.max(0));
        for (name, value) in &request.filters {
            q = q.bind(name).bind(value);
        }
        q.fetch_all(p).await
    })?;
    let facets = on_read!(Exec::Db(db), |p| {
        let mut q = sqlx::query_as::<_, FacetCount>(facet_sql)
            .bind(FACET_SAMPLE)
            .bind(0_i64);
        for (name, value) in &request.filters {
            q = q.bind(name).bind(value);
        }
        q.fetch_all(p).await
    })?;
    let total: i64 = on_read!(Exec::Db(db), |p| {
        let mut q = sqlx::query_scalar(count_sql)
            .bind(MAX_COUNTED + 1)
            .bind(0_i64);
        for (name, value) in &request.filters {
            q = q.bind(name).bind(value);
        }
        q.fetch_one(p).await
    })?;
    Ok(SearchPage {
        hits,
        total,
        facets,
    })
}
