//! The shared search index: the same queries give the same results on SQLite and PostgreSQL
//! (CI runs this file on both), with ranking, facets, filters, paging and visibility.

use crate::accounts::new_user;
use crate::ateliers::{membership, werkplaats_with_atelier};
use domain::search::{MatchExpression, Scope, SearchQuery, TextLanguage, index_terms};
use store::search::{self, NewDocument, SearchRequest};
use store::testing::test_db;
use store::{Db, memberships, users};

pub(crate) fn doc(
    id: i64,
    w: i64,
    atelier: i64,
    visibility: &str,
    title: &str,
    body: &str,
) -> NewDocument {
    NewDocument {
        kind: "knowledge",
        source_id: id,
        werkplaats_id: w,
        atelier_id: Some(atelier),
        visibility: visibility.into(),
        url: format!("/kennis/{id}"),
        title: title.into(),
        summary: String::new(),
        body: body.into(),
        language: "nl".into(),
        updated_at: id,
        title_terms: index_terms(title, TextLanguage::Dutch),
        body_terms: index_terms(body, TextLanguage::Dutch),
        facets: vec![
            (
                "type",
                if id % 2 == 0 { "methode" } else { "artikel" }.into(),
            ),
            ("year", "2025".into()),
        ],
    }
}

fn request(
    query: &str,
    scope: &Scope,
    filters: &[(&str, &str)],
    offset: i64,
    limit: i64,
) -> SearchRequest {
    let q = SearchQuery::parse(query);
    let filters: Vec<(String, String)> = filters
        .iter()
        .map(|(a, b)| ((*a).into(), (*b).into()))
        .collect();
    SearchRequest {
        ranked: !q.is_empty(),
        matcher: MatchExpression::new(q, scope, &filters),
        scope: scope.clone(),
        filters,
        offset,
        limit,
    }
}

pub(crate) async fn find(
    db: &Db,
    query: &str,
    scope: &Scope,
    filters: &[(&str, &str)],
) -> Vec<i64> {
    let page = search::search(db, &request(query, scope, filters, 0, 10))
        .await
        .unwrap();
    assert!(page.total as usize >= page.hits.len());
    page.hits.iter().map(|h| h.source_id).collect()
}

fn title_first(mut found: Vec<i64>) -> (i64, Vec<i64>) {
    let first = found.remove(0);
    found.sort_unstable();
    (first, found)
}

#[tokio::test]
async fn stemmed_ranked_filtered_and_visibility_safe() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let member = users::insert(db, &new_user("lid@example.nl"), 1)
        .await
        .unwrap();
    let outsider = users::insert(db, &new_user("ander@example.nl"), 1)
        .await
        .unwrap();
    memberships::upsert(db, &membership(impact, member, "active"), 1)
        .await
        .unwrap();
    let docs = [
        doc(
            1,
            w.0,
            impact.0,
            "public",
            "Werken met gemeenten",
            "Over de methode van verhalen.",
        ),
        doc(
            2,
            w.0,
            impact.0,
            "public",
            "Methoden voor impact",
            "Een overzicht.",
        ),
        doc(
            3,
            w.0,
            impact.0,
            "werkplaats",
            "Interne notitie",
            "De methode in de wijk.",
        ),
        doc(
            4,
            w.0,
            impact.0,
            "atelier",
            "Atelierverslag",
            "Methoden besproken met de gemeente.",
        ),
        doc(
            5,
            w.0,
            impact.0,
            "public",
            "Iets anders",
            "Geen treffer hier.",
        ),
    ];
    let mut tx = db.begin().await.unwrap();
    for d in &docs {
        search::upsert(&mut tx, d).await.unwrap();
    }
    // Re-indexing replaces, never duplicates.
    search::upsert(&mut tx, &docs[0]).await.unwrap();
    tx.commit().await.unwrap();

    let anonymous = &Scope::default();
    let (werkplaatsen, ateliers) = memberships::list_scope(db, member).await.unwrap();
    assert_eq!(
        (werkplaatsen.clone(), ateliers.clone()),
        (vec![w.0], vec![impact.0])
    );
    let as_member = &Scope {
        admin: false,
        werkplaatsen,
        ateliers,
    };
    let (werkplaatsen, ateliers) = memberships::list_scope(db, outsider).await.unwrap();
    let as_outsider = &Scope {
        admin: false,
        werkplaatsen,
        ateliers,
    };
    let as_admin = &Scope {
        admin: true,
        ..Scope::default()
    };

    // Stemming: the plural finds the singular and back; the title match ranks first.
    // (Body-only matches are ranked by each backend's own formula, so only the title match's
    // first place is compared; the sets must be equal.)
    assert_eq!(find(db, "methode", anonymous, &[]).await, [2, 1]);
    assert_eq!(
        title_first(find(db, "methoden", as_member, &[]).await),
        (2, vec![1, 3, 4])
    );
    assert_eq!(
        title_first(find(db, "gemeente", as_member, &[]).await),
        (1, vec![4])
    );
    assert_eq!(find(db, "methoden", as_outsider, &[]).await, [2, 1]);
    assert_eq!(
        title_first(find(db, "methoden", as_admin, &[]).await),
        (2, vec![1, 3, 4])
    );
    // Every word must match.
    assert_eq!(
        title_first(find(db, "methode gemeenten", as_member, &[]).await),
        (1, vec![4])
    );
    // Filters on facets.
    assert_eq!(
        find(db, "methode", as_member, &[("type", "methode")]).await,
        [2, 4]
    );
    assert_eq!(
        find(
            db,
            "methode",
            as_member,
            &[("type", "methode"), ("year", "2024")]
        )
        .await,
        Vec::<i64>::new()
    );
    // Nothing typed: everything visible, most recently indexed first.
    assert_eq!(find(db, "", anonymous, &[]).await, [1, 5, 2]);
    assert_eq!(
        find(db, "", as_member, &[("type", "methode")]).await,
        [4, 2]
    );
    // Hostile input never errors.
    for input in [
        "\"",
        "NOT",
        "a OR",
        "*",
        "🙂",
        "'; --",
        &"woord ".repeat(2000),
    ] {
        find(db, input, as_member, &[]).await;
        find(db, input, as_member, &[("tag", input)]).await;
    }

    let page = search::search(db, &request("methode", as_member, &[], 1, 2))
        .await
        .unwrap();
    assert_eq!(page.total, 4);
    assert_eq!(page.hits.len(), 2);
    assert!(
        page.hits.iter().all(|h| h.source_id != 2),
        "page 2 skips the best hit"
    );
    let facets: Vec<(&str, &str, i64)> = page
        .facets
        .iter()
        .map(|f| (f.name.as_str(), f.value.as_str(), f.count))
        .collect();
    assert_eq!(
        facets,
        [
            ("year", "2025", 4),
            ("type", "artikel", 2),
            ("type", "methode", 2)
        ]
    );

    let mut tx = db.begin().await.unwrap();
    search::delete(&mut tx, "knowledge", 2).await.unwrap();
    search::delete(&mut tx, "knowledge", 99).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(find(db, "methode", anonymous, &[]).await, [1]);
}

#[tokio::test]
async fn broad_searches_put_title_matches_first_then_the_newest() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let mut tx = db.begin().await.unwrap();
    for i in 1..=1510 {
        let title = if i == 7 { "De wijk" } else { "Verslag" };
        search::upsert(
            &mut tx,
            &doc(i, w.0, impact.0, "public", title, "In de wijk."),
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    let page = search::search(db, &request("wijk", &Scope::default(), &[], 0, 3))
        .await
        .unwrap();
    let ids: Vec<i64> = page.hits.iter().map(|h| h.source_id).collect();
    assert_eq!(ids, [7, 1510, 1509]);
    assert!(
        page.total > domain::search::MAX_COUNTED,
        "counted up to the cap"
    );
    let year: Vec<i64> = page
        .facets
        .iter()
        .filter(|f| f.name == "year")
        .map(|f| f.count)
        .collect();
    assert_eq!(
        year,
        [domain::search::FACET_SAMPLE],
        "facets over the best sample"
    );
}

#[tokio::test]
async fn postgres_documents_indexed_before_filters_joined_the_vectors_still_match() {
    let t = test_db().await;
    let Db::Pg(pool) = &t.db else {
        // SQLite keeps its filter tokens in their own FTS5 column: nothing to upgrade.
        return;
    };
    let (w, atelier) = werkplaats_with_atelier(&t.db).await;
    let old = doc(2, w.0, atelier.0, "public", "Methoden in de wijk", "Tekst");
    let mut tx = t.db.begin().await.unwrap();
    search::upsert(&mut tx, &old).await.unwrap();
    tx.commit().await.unwrap();
    // Back to the shape migration 0007 wrote: words in the vectors, tokens in their own column.
    let tokens = domain::search::document_tokens("public", w.0, Some(atelier.0), &old.facets);
    sqlx::query("ALTER TABLE _search_terms ADD COLUMN filters tsvector")
        .execute(pool)
        .await
        .unwrap();
    sqlx::query(
        "UPDATE _search_terms SET title = to_tsvector('simple', $1), \
         terms = setweight(to_tsvector('simple', $1), 'A') || \
         setweight(to_tsvector('simple', $2), 'D'), filters = to_tsvector('simple', $3)",
    )
    .bind(&old.title_terms)
    .bind(&old.body_terms)
    .bind(&tokens)
    .execute(pool)
    .await
    .unwrap();
    let scope = Scope::default();
    assert!(
        find(&t.db, "methode", &scope, &[("type", "methode")])
            .await
            .is_empty()
    );

    sqlx::raw_sql(include_str!(
        "../../../../migrations/postgres/0008_search_filters_in_vectors.sql"
    ))
    .execute(pool)
    .await
    .unwrap();
    assert_eq!(
        find(&t.db, "methode", &scope, &[("type", "methode")]).await,
        [2]
    );
    assert!(
        find(&t.db, "methode", &scope, &[("type", "artikel")])
            .await
            .is_empty()
    );
}
