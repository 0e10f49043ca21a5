//! Attachments and collections of knowledge items on both backends.

use crate::accounts::new_user;
use crate::ateliers::werkplaats_with_atelier;
use crate::knowledge::content;
use domain::KnowledgeId;
use store::knowledge_attachments::{self as attachments, NewAttachment};
use store::knowledge_collections as collections;
use store::testing::test_db;
use store::{knowledge, users};

#[tokio::test]
async fn attachments_are_recorded_listed_and_removed() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let c = content("Verhalen", "Tekst");
    let item = knowledge::insert(db, impact, ann, "verhalen", &c, 10)
        .await
        .unwrap();
    let other = knowledge::insert(db, impact, ann, "ander", &c, 10)
        .await
        .unwrap();
    let new = |name: &'static str, stored: &'static str| NewAttachment {
        item,
        file_name: name,
        content_type: "application/pdf",
        size_bytes: 1234,
        stored_name: stored,
        uploaded_by: ann,
        now: 20,
    };
    let first = attachments::insert(db, new("rapport.pdf", "aa11"))
        .await
        .unwrap();
    let second = attachments::insert(db, new("bijlage.pdf", "bb22"))
        .await
        .unwrap();
    // The stored name is unique: a second record cannot point at the same file.
    assert!(
        attachments::insert(db, new("kopie.pdf", "aa11"))
            .await
            .is_err()
    );

    let listed = attachments::list_by_item(db, item).await.unwrap();
    let names: Vec<&str> = listed.iter().map(|a| a.file_name.as_str()).collect();
    assert_eq!(names, ["rapport.pdf", "bijlage.pdf"]);
    assert_eq!(listed[0].size_bytes, 1234);
    assert_eq!(listed[0].stored_name, "aa11");
    assert!(
        attachments::list_by_item(db, other)
            .await
            .unwrap()
            .is_empty()
    );

    let found = attachments::find(db, item, first).await.unwrap().unwrap();
    assert_eq!(found.content_type, "application/pdf");
    // An attachment is only found through its own item.
    assert!(attachments::find(db, other, first).await.unwrap().is_none());
    assert!(!attachments::delete(db, other, first).await.unwrap());
    assert!(attachments::delete(db, item, first).await.unwrap());
    assert!(!attachments::delete(db, item, first).await.unwrap());
    assert_eq!(
        attachments::list_by_item(db, item).await.unwrap()[0].id,
        second
    );
}

#[tokio::test]
async fn collections_keep_their_items_in_order() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let mut items: Vec<KnowledgeId> = Vec::new();
    for title in ["Een", "Twee", "Drie"] {
        let c = content(title, "Tekst");
        items.push(
            knowledge::insert(db, impact, ann, &title.to_lowercase(), &c, 10)
                .await
                .unwrap(),
        );
    }
    let id = collections::insert(db, impact, ann, ("aan-de-slag", "Aan de slag", "Start"), 5)
        .await
        .unwrap();
    let empty = collections::insert(db, impact, ann, ("leeg", "Leeg", ""), 5)
        .await
        .unwrap();
    let mut tx = db.begin().await.unwrap();
    for item in &items {
        assert!(collections::add_item(&mut tx, id, *item).await.unwrap());
    }
    // Adding twice changes nothing.
    assert!(!collections::add_item(&mut tx, id, items[0]).await.unwrap());
    tx.commit().await.unwrap();
    let titles = |rows: Vec<store::knowledge::ItemRow>| -> Vec<String> {
        rows.into_iter().map(|r| r.title).collect()
    };
    assert_eq!(
        titles(collections::list_items(db, id).await.unwrap()),
        ["Een", "Twee", "Drie"]
    );

    let mut tx = db.begin().await.unwrap();
    assert!(
        collections::move_item(&mut tx, id, items[2], true)
            .await
            .unwrap()
    );
    // The first cannot go further up, the last not further down.
    assert!(
        !collections::move_item(&mut tx, id, items[0], true)
            .await
            .unwrap()
    );
    assert!(
        !collections::move_item(&mut tx, id, items[1], false)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    assert_eq!(
        titles(collections::list_items(db, id).await.unwrap()),
        ["Een", "Drie", "Twee"]
    );

    assert!(collections::remove_item(db, id, items[2]).await.unwrap());
    assert!(!collections::remove_item(db, id, items[2]).await.unwrap());
    let mut tx = db.begin().await.unwrap();
    // Added again, it goes to the end.
    assert!(collections::add_item(&mut tx, id, items[2]).await.unwrap());
    tx.commit().await.unwrap();
    assert_eq!(
        titles(collections::list_items(db, id).await.unwrap()),
        ["Een", "Twee", "Drie"]
    );

    let found = collections::find(db, id).await.unwrap().unwrap();
    assert_eq!((found.title.as_str(), found.item_count), ("Aan de slag", 3));
    assert_eq!(found.atelier_name, "Impact");
    assert!(
        collections::update(db, id, ("impact-start", "Impact: start", "Nieuw"))
            .await
            .unwrap()
    );
    let listed = collections::list(db, Some(impact)).await.unwrap();
    let listed: Vec<(&str, i64)> = listed
        .iter()
        .map(|c| (c.title.as_str(), c.item_count))
        .collect();
    assert_eq!(listed, [("Impact: start", 3), ("Leeg", 0)]);
    assert_eq!(collections::list(db, None).await.unwrap().len(), 2);
    let holding: Vec<(i64, String, String)> = collections::list_for_item(db, items[1])
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.id, c.slug, c.title))
        .collect();
    assert_eq!(
        holding,
        vec![(id, "impact-start".to_owned(), "Impact: start".to_owned())]
    );

    assert!(collections::delete(db, empty).await.unwrap());
    assert!(collections::delete(db, id).await.unwrap());
    assert!(!collections::delete(db, id).await.unwrap());
    assert!(collections::find(db, id).await.unwrap().is_none());
    // The items themselves stay.
    assert!(knowledge::find(db, items[0]).await.unwrap().is_some());
}
