//! Searching what the actor may read: a stemmed query, facet filters, pages of hits with
//! highlighted snippets, and facet counts with readable labels.

use crate::accounts::CurrentUser;
use crate::{App, AppResult};
use domain::search::MatchExpression;
use domain::search::{FACETS, Fragment, MAX_COUNTED, PAGE_SIZE, SearchQuery, snippet};
use serde::Deserialize;
use std::collections::HashMap;
use store::search::{self, SearchRequest};

/// Words in a snippet.
const SNIPPET_WORDS: usize = 30;
/// Longest query text kept (a pasted page is cut, not refused).
const MAX_QUERY_BYTES: usize = 500;
/// Deepest page offered.
const MAX_PAGE: i64 = 50;

/// What the search form and facet links send.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SearchParams {
    /// The words.
    #[serde(default)]
    pub q: String,
    /// Kind filter.
    #[serde(default, rename = "type")]
    pub kind: String,
    /// Atelier id filter.
    #[serde(default)]
    pub atelier: String,
    /// Theme id filter.
    #[serde(default)]
    pub theme: String,
    /// Tag filter.
    #[serde(default)]
    pub tag: String,
    /// Language filter.
    #[serde(default)]
    pub language: String,
    /// Year filter.
    #[serde(default)]
    pub year: String,
    /// Page, from 1.
    #[serde(default)]
    pub page: Option<i64>,
}

impl SearchParams {
    /// The active filters as (facet, value), in facet order.
    pub fn filters(&self) -> Vec<(String, String)> {
        FACETS
            .iter()
            .zip([
                &self.kind,
                &self.atelier,
                &self.theme,
                &self.tag,
                &self.language,
                &self.year,
            ])
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(name, v)| ((*name).to_owned(), v.trim().chars().take(100).collect()))
            .collect()
    }
}

/// One hit.
#[derive(Debug, Clone)]
pub struct SearchHit {
    /// Link.
    pub url: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Highlighted snippet of the text.
    pub snippet: Vec<Fragment>,
    /// Document kind code.
    pub kind: String,
    /// Language code.
    pub language: String,
    /// Last change.
    pub updated_at: i64,
}

/// One value of a facet.
#[derive(Debug, Clone)]
pub struct FacetOption {
    /// The value sent back as filter.
    pub value: String,
    /// A readable name when the value is an id (atelier, theme).
    pub label: Option<String>,
    /// Matching documents.
    pub count: i64,
    /// Currently filtered on.
    pub selected: bool,
}

/// A facet with its values.
#[derive(Debug, Clone)]
pub struct FacetGroup {
    /// Facet name (`type`, `atelier`, …).
    pub name: &'static str,
    /// Its values, most frequent first.
    pub options: Vec<FacetOption>,
}

/// A page of results.
#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    /// The hits.
    pub hits: Vec<SearchHit>,
    /// All matches (counted up to `MAX_COUNTED`).
    pub total: i64,
    /// True when there are more matches than counted.
    pub more: bool,
    /// This page (from 1).
    pub page: i64,
    /// Number of pages.
    pub pages: i64,
    /// Facets with counts.
    pub facets: Vec<FacetGroup>,
    /// True when words were typed but none was searchable (only stop words or symbols).
    pub nothing_searchable: bool,
}

impl App {
    /// Searches everything the actor may read.
    pub async fn search(
        &self,
        user: Option<&CurrentUser>,
        params: &SearchParams,
    ) -> AppResult<SearchResults> {
        let mut cut = params.q.len().min(MAX_QUERY_BYTES);
        while !params.q.is_char_boundary(cut) {
            cut -= 1;
        }
        let query = SearchQuery::parse(&params.q[..cut]);
        let page = params.page.unwrap_or(1).clamp(1, MAX_PAGE);
        let filters = params.filters();
        let scope = self.reader_scope(user).await?;
        let request = SearchRequest {
            ranked: !query.is_empty(),
            matcher: MatchExpression::new(query.clone(), &scope, &filters),
            scope,
            filters: filters.clone(),
            offset: (page - 1) * PAGE_SIZE,
            limit: PAGE_SIZE,
        };
        let found = search::search(self.db(), &request).await?;
        let hits = found
            .hits
            .into_iter()
            .map(|h| SearchHit {
                snippet: if query.is_empty() {
                    Vec::new()
                } else {
                    snippet(&h.body, query.stems(), SNIPPET_WORDS)
                },
                url: h.url,
                title: h.title,
                summary: h.summary,
                kind: h.kind,
                language: h.language,
                updated_at: h.updated_at,
            })
            .collect();
        let names = self.facet_labels().await?;
        let facets = FACETS
            .iter()
            .map(|name| FacetGroup {
                name,
                options: found
                    .facets
                    .iter()
                    .filter(|f| f.name == *name)
                    .map(|f| FacetOption {
                        label: names.get(&(*name, f.value.clone())).cloned(),
                        selected: filters.iter().any(|(n, v)| n == name && *v == f.value),
                        value: f.value.clone(),
                        count: f.count,
                    })
                    .collect(),
            })
            .filter(|g| !g.options.is_empty())
            .collect();
        Ok(SearchResults {
            hits,
            total: found.total.min(MAX_COUNTED),
            more: found.total > MAX_COUNTED,
            page,
            pages: ((found.total + PAGE_SIZE - 1) / PAGE_SIZE).min(MAX_PAGE),
            facets,
            nothing_searchable: query.is_empty() && !params.q.trim().is_empty(),
        })
    }

    async fn facet_labels(&self) -> AppResult<HashMap<(&'static str, String), String>> {
        let mut labels = HashMap::new();
        for (id, name) in store::ateliers::list_names(self.db()).await? {
            labels.insert(("atelier", id.to_string()), name);
        }
        for (id, name) in store::ateliers::list_theme_names(self.db()).await? {
            labels.insert(("theme", id.to_string()), name);
        }
        Ok(labels)
    }
}
