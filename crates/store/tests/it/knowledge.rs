//! Knowledge items, revisions and reviews on both backends.

use crate::accounts::new_user;
use crate::ateliers::werkplaats_with_atelier;
use domain::KnowledgeId;
use domain::knowledge::{KnowledgeContent, KnowledgeInput};
use store::testing::test_db;
use store::{knowledge, knowledge_reviews, knowledge_revisions, users};

pub fn content(title: &str, body: &str) -> KnowledgeContent {
    KnowledgeInput {
        title: title.into(),
        summary: "Samenvatting".into(),
        body: body.into(),
        kind: "methode".into(),
        visibility: "public".into(),
        language: "nl".into(),
        licence: "CC BY 4.0".into(),
        tags: "impact, wijk".into(),
        purpose: "Leren".into(),
        ..Default::default()
    }
    .validate()
    .unwrap()
}

#[tokio::test]
async fn items_are_stored_updated_and_listed() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let c = content("Verhalen verzamelen", "Tekst");
    let id = knowledge::insert(db, impact, ann, "verhalen-verzamelen", &c, 10)
        .await
        .unwrap();
    let mut tx = db.begin().await.unwrap();
    let theme = store::ateliers::insert_theme(&mut tx, w, "t", "Thema", "", 1)
        .await
        .unwrap();
    knowledge::set_themes(&mut tx, id, &[theme.0])
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let row = knowledge::find(db, id).await.unwrap().unwrap();
    assert_eq!(row.status, "draft");
    assert_eq!(row.atelier_name, "Impact");
    assert_eq!(row.content(vec![theme.0]), {
        let mut expected = c.clone();
        expected.themes = vec![theme.0];
        expected
    });
    assert_eq!(
        knowledge::list_themes(db, id).await.unwrap(),
        vec![(theme.0, "Thema".to_owned())]
    );

    let mut changed = c.clone();
    changed.title = "Verhalen ophalen".into();
    assert!(
        knowledge::update_content(db, id, "verhalen-ophalen", &changed, 20)
            .await
            .unwrap()
    );
    assert!(
        knowledge::update_status(db, id, "published", 30)
            .await
            .unwrap()
    );
    assert!(
        knowledge::update_status(db, id, "archived", 40)
            .await
            .unwrap()
    );
    assert!(
        knowledge::update_status(db, id, "published", 50)
            .await
            .unwrap()
    );
    let row = knowledge::find(db, id).await.unwrap().unwrap();
    assert_eq!(
        (row.slug.as_str(), row.published_at, row.updated_at),
        ("verhalen-ophalen", Some(30), 50),
        "first publication date is kept"
    );
    assert!(
        !knowledge::update_status(db, KnowledgeId(id.0 + 9), "draft", 1)
            .await
            .unwrap()
    );
    assert!(
        knowledge::find(db, KnowledgeId(id.0 + 9))
            .await
            .unwrap()
            .is_none()
    );

    let published = knowledge::list_by_status(db, Some(impact), &["published"], 10)
        .await
        .unwrap();
    assert_eq!(published.len(), 1);
    assert!(
        knowledge::list_by_status(db, None, &["draft"], 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(knowledge::list_work_of(db, ann).await.unwrap().is_empty());
    let kind = row.kind.clone();
    let of_kind = knowledge::list_published_of_kind(db, &kind, 10)
        .await
        .unwrap();
    assert_eq!(of_kind.iter().map(|r| r.id).collect::<Vec<_>>(), [id.0]);
    let other = if kind == "methode" {
        "artikel"
    } else {
        "methode"
    };
    assert!(
        knowledge::list_published_of_kind(db, other, 10)
            .await
            .unwrap()
            .is_empty()
    );
    knowledge::update_status(db, id, "draft", 60).await.unwrap();
    assert!(
        knowledge::list_published_of_kind(db, &kind, 10)
            .await
            .unwrap()
            .is_empty(),
        "drafts are not listed"
    );
}

#[tokio::test]
async fn revisions_number_up_and_reviews_collect_comments() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let id = knowledge::insert(db, impact, ann, "x", &content("X", "x"), 1)
        .await
        .unwrap();
    assert_eq!(
        knowledge_revisions::insert(db, id, ann, "eerste", "{}", 5)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        knowledge_revisions::insert(db, id, bob, "tweede", "{\"a\":1}", 6)
            .await
            .unwrap(),
        2
    );
    let list = knowledge_revisions::list_by_item(db, id).await.unwrap();
    let numbers: Vec<(i64, &str)> = list
        .iter()
        .map(|r| (r.number, r.message.as_str()))
        .collect();
    assert_eq!(numbers, [(2, "tweede"), (1, "eerste")]);
    let one = knowledge_revisions::find(db, id, 1).await.unwrap().unwrap();
    assert_eq!((one.content.as_str(), one.created_at), ("{}", 5));
    assert!(
        knowledge_revisions::find(db, id, 3)
            .await
            .unwrap()
            .is_none()
    );

    let mut tx = db.begin().await.unwrap();
    knowledge_reviews::set_reviewers(&mut tx, id, &[bob, bob], 7)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(knowledge_reviews::is_reviewer(db, id, bob).await.unwrap());
    assert!(!knowledge_reviews::is_reviewer(db, id, ann).await.unwrap());
    let reviewers = knowledge_reviews::list_reviewers(db, id).await.unwrap();
    assert_eq!(reviewers.len(), 1);
    assert_eq!(reviewers[0].2, "bob@example.nl");
    let work = knowledge::list_work_of(db, bob).await.unwrap();
    assert_eq!(work.len(), 1, "a reviewer sees the item among their work");

    knowledge_reviews::insert_comment(db, id, bob, "changes", "Graag een bron", 8)
        .await
        .unwrap();
    knowledge_reviews::insert_comment(db, id, ann, "comment", "Toegevoegd", 9)
        .await
        .unwrap();
    let comments = knowledge_reviews::list_comments(db, id).await.unwrap();
    let seen: Vec<(&str, &str)> = comments
        .iter()
        .map(|c| (c.verdict.as_str(), c.body.as_str()))
        .collect();
    assert_eq!(
        seen,
        [("changes", "Graag een bron"), ("comment", "Toegevoegd")]
    );
}

#[tokio::test]
async fn an_ateliers_newest_published_items_of_some_visibilities() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let mut ids = Vec::new();
    for (n, visibility, status) in [
        (1, "public", "published"),
        (2, "atelier", "published"),
        (3, "public", "draft"),
        (4, "werkplaats", "published"),
        (5, "public", "published"),
    ] {
        let c = KnowledgeContent {
            visibility: visibility.into(),
            ..content(&format!("Item {n}"), "Tekst")
        };
        let id = knowledge::insert(db, impact, ann, "item", &c, n)
            .await
            .unwrap();
        knowledge::update_status(db, id, status, n).await.unwrap();
        ids.push(id.0);
    }
    let listed = |rows: Vec<knowledge::ItemRow>| rows.iter().map(|r| r.id).collect::<Vec<_>>();
    let public = knowledge::list_published_by_atelier(db, impact, &["public"], 10)
        .await
        .unwrap();
    assert_eq!(
        listed(public),
        vec![ids[4], ids[0]],
        "newest first, no draft"
    );
    let all =
        knowledge::list_published_by_atelier(db, impact, &["public", "werkplaats", "atelier"], 2)
            .await
            .unwrap();
    assert_eq!(listed(all), vec![ids[4], ids[3]], "at most the limit");
    assert!(
        knowledge::list_published_by_atelier(db, impact, &[], 10)
            .await
            .unwrap()
            .is_empty()
    );
}
