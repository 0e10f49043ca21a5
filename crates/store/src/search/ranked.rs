//! Searches with words: ranked by the backend's full-text index; very broad searches list
//! title matches first, then the newest.

use super::{SearchPage, SearchRequest, facets_of, hits_in_order};
use crate::{Backend, Exec, StoreResult};
use domain::search::{FACET_SAMPLE, MAX_COUNTED};

/// Broad searches (more matches than this) are not ranked as a whole: documents with the
/// words in their title come first (ranked), then the others, newest first. Ranking reads
/// every match, which is what makes a broad search slow; the title-first order keeps what
/// ranking is mostly for.
const RANK_ALL_UP_TO: i64 = 1500;

/// The SQL of one step of a ranked search, per backend (the one place dialects differ):
/// count the matches, rank them all, rank the title matches, list the others newest first.
/// `$1` is the match (SQLite: the whole FTS5 expression; PostgreSQL: words and filter
/// tokens), `$2` a limit, `$3` the words alone (PostgreSQL).
fn ranked_sql(backend: Backend, step: Step) -> &'static str {
    match (backend, step) {
        (Backend::Sqlite, Step::Count) => {
            "SELECT COUNT(*) FROM (SELECT 1 FROM _search_fts WHERE _search_fts MATCH $1 LIMIT $2) c"
        }
        (Backend::Sqlite, Step::RankAll) => {
            "SELECT rowid FROM _search_fts WHERE _search_fts MATCH $1 \
             AND rank MATCH 'bm25(10.0, 1.0, 0.0)' ORDER BY rank LIMIT $2"
        }
        (Backend::Sqlite, Step::RankTitles) => {
            "SELECT rowid FROM _search_titles WHERE _search_titles MATCH $1 \
             AND rank MATCH 'bm25(1.0, 0.0)' ORDER BY rank LIMIT $2"
        }
        (Backend::Sqlite, Step::Newest) => {
            "SELECT rowid FROM _search_fts WHERE _search_fts MATCH $1 ORDER BY rowid DESC LIMIT $2"
        }
        // The vectors hold words and filter tokens: `$1` is both together, `$3` the words
        // alone (for ranking, and for "not in the title").
        (Backend::Postgres, Step::Count) => {
            "SELECT COUNT(*) FROM (SELECT 1 FROM _search_terms WHERE \
             terms @@ to_tsquery('simple', $1) LIMIT $2) c"
        }
        (Backend::Postgres, Step::RankAll) => {
            "SELECT document_id FROM _search_terms WHERE terms @@ to_tsquery('simple', $1) \
             ORDER BY ts_rank('{0.1, 0.2, 0.4, 1.0}', terms, to_tsquery('simple', $3)) DESC, \
             document_id DESC LIMIT $2"
        }
        (Backend::Postgres, Step::RankTitles) => {
            "SELECT document_id FROM _search_terms WHERE title @@ to_tsquery('simple', $1) \
             ORDER BY ts_rank('{0.1, 0.2, 0.4, 1.0}', terms, to_tsquery('simple', $3)) DESC, \
             document_id DESC LIMIT $2"
        }
        (Backend::Postgres, Step::Newest) => {
            "SELECT document_id FROM _search_terms WHERE terms @@ to_tsquery('simple', $1) \
             AND NOT title @@ to_tsquery('simple', $3) ORDER BY document_id DESC LIMIT $2"
        }
    }
}

#[derive(Clone, Copy)]
enum Step {
    Count,
    RankAll,
    RankTitles,
    Newest,
}

async fn ids(
    db: &crate::Db,
    step: Step,
    matching: &str,
    words: &str,
    limit: i64,
) -> StoreResult<Vec<i64>> {
    let sql = ranked_sql(db.backend(), step);
    Ok(on_read!(Exec::Db(db), |p| sqlx::query_scalar(sql)
        .bind(matching)
        .bind(limit)
        .bind(words)
        .fetch_all(p)
        .await)?)
}

pub(super) async fn search_ranked(
    db: &crate::Db,
    request: &SearchRequest,
) -> StoreResult<SearchPage> {
    let m = &request.matcher;
    let sqlite = db.backend() == Backend::Sqlite;
    let (all, titles, others, words) = if sqlite {
        (m.fts5(), m.fts5_title(), m.fts5_body_only(), String::new())
    } else {
        let all = m.tsquery_all();
        (all.clone(), all.clone(), all, m.tsquery_words())
    };
    let total = ids_count(db, &all, &words).await?;
    let offset = request.offset.max(0);
    let limit = request.limit.clamp(1, 100);
    let wanted = (offset + limit).max(FACET_SAMPLE);
    let ranked = if total <= RANK_ALL_UP_TO {
        ids(db, Step::RankAll, &all, &words, wanted).await?
    } else {
        let mut first = ids(db, Step::RankTitles, &titles, &words, wanted).await?;
        let rest = wanted - i64::try_from(first.len()).unwrap_or(wanted);
        if rest > 0 {
            first.extend(ids(db, Step::Newest, &others, &words, rest).await?);
        }
        first
    };
    let page: Vec<i64> = ranked
        .iter()
        .skip(usize::try_from(offset).unwrap_or(0))
        .take(usize::try_from(limit).unwrap_or(0))
        .copied()
        .collect();
    let sample_size = usize::try_from(FACET_SAMPLE).unwrap_or(500);
    let sample = &ranked[..ranked.len().min(sample_size)];
    Ok(SearchPage {
        hits: hits_in_order(db, &page).await?,
        total,
        facets: facets_of(db, sample).await?,
    })
}

/// Matches, counted up to one more than `MAX_COUNTED` (or `RANK_ALL_UP_TO`).
async fn ids_count(db: &crate::Db, matching: &str, words: &str) -> StoreResult<i64> {
    let sql = ranked_sql(db.backend(), Step::Count);
    let cap = MAX_COUNTED.max(RANK_ALL_UP_TO) + 1;
    Ok(on_read!(Exec::Db(db), |p| sqlx::query_scalar(sql)
        .bind(matching)
        .bind(cap)
        .bind(words)
        .fetch_one(p)
        .await)?)
}
