//! Theories of change on both backends: saved with a revision that refuses stale edits,
//! arranged and listed by rights, versions numbered per theory, comments per target, deleted
//! with everything that belongs to them.

use crate::accounts::new_user;
use crate::ateliers::{membership, werkplaats_with_atelier};
use store::testing::test_db;
use store::theories::{self, Arrangement, comments, versions};
use store::{memberships, users};

#[tokio::test]
async fn theories_keep_revisions_versions_and_comments() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    memberships::upsert(db, &membership(impact, bob, "active"), 1)
        .await
        .unwrap();
    let private = Arrangement {
        atelier: Some(impact.0),
        team: false,
        published: false,
    };
    let id = theories::insert(db, ann, private, ("Buurt", "{}", None), 10)
        .await
        .unwrap();
    let row = theories::find(db, id).await.unwrap().unwrap();
    assert_eq!(
        (
            row.title.as_str(),
            row.revision,
            row.published,
            row.atelier_name.as_deref()
        ),
        ("Buurt", 1, false, Some("Impact"))
    );

    assert!(
        theories::save_model(db, id, ("Buurt 2", "{\"a\":1}"), 1, 20)
            .await
            .unwrap()
    );
    assert!(
        !theories::save_model(db, id, ("Oud", "{}"), 1, 21)
            .await
            .unwrap(),
        "a stale edit is refused"
    );
    let row = theories::find(db, id).await.unwrap().unwrap();
    assert_eq!(
        (
            row.title.as_str(),
            row.model.as_str(),
            row.revision,
            row.updated_at
        ),
        ("Buurt 2", "{\"a\":1}", 2, 20)
    );
    assert!(
        theories::set_narrative(db, id, "Ons verhaal", 2, 22)
            .await
            .unwrap()
    );
    assert!(
        !theories::set_narrative(db, id, "Oud verhaal", 2, 22)
            .await
            .unwrap(),
        "a story on a stale page is refused"
    );
    assert_eq!(
        theories::find(db, id).await.unwrap().unwrap().narrative,
        "Ons verhaal"
    );

    assert!(
        theories::list_visible(db, bob).await.unwrap().is_empty(),
        "not published"
    );
    assert!(
        theories::arrange(
            db,
            id,
            Arrangement {
                published: true,
                ..private
            },
            23
        )
        .await
        .unwrap()
    );
    assert_eq!(theories::list_visible(db, bob).await.unwrap().len(), 1);
    let fork = theories::insert(
        db,
        bob,
        Arrangement {
            atelier: None,
            team: false,
            published: false,
        },
        ("Kopie", "{}", Some(id)),
        24,
    )
    .await
    .unwrap();
    assert_eq!(
        theories::find(db, fork).await.unwrap().unwrap().forked_from,
        Some(id)
    );
    let mine: Vec<i64> = theories::list_visible(db, bob)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(mine, [fork, id]);

    let mut tx = db.begin().await.unwrap();
    assert_eq!(
        versions::insert(&mut tx, id, ("{\"v\":1}", "eerste"), ann, 30)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        versions::insert(&mut tx, id, ("{\"v\":2}", ""), bob, 31)
            .await
            .unwrap(),
        2
    );
    tx.commit().await.unwrap();
    let mut tx = db.begin().await.unwrap();
    assert_eq!(
        versions::insert(&mut tx, fork, ("{}", ""), bob, 32)
            .await
            .unwrap(),
        1,
        "numbered per theory"
    );
    tx.commit().await.unwrap();
    let list = versions::list(db, id).await.unwrap();
    assert_eq!(list.iter().map(|v| v.number).collect::<Vec<_>>(), [2, 1]);
    let first = versions::find(db, id, 1).await.unwrap().unwrap();
    assert_eq!(
        (first.model.as_str(), first.note.as_str()),
        ("{\"v\":1}", "eerste")
    );
    assert!(first.created_by_name.is_some());
    assert_eq!(versions::find(db, id, 9).await.unwrap(), None);

    comments::insert(db, id, ("node:3", "Klopt dit?"), bob, 40)
        .await
        .unwrap();
    comments::insert(db, id, ("link:1-3", "Waarom?"), ann, 41)
        .await
        .unwrap();
    let all = comments::list(db, id).await.unwrap();
    assert_eq!(
        all.iter().map(|c| c.target.as_str()).collect::<Vec<_>>(),
        ["node:3", "link:1-3"]
    );

    assert!(theories::delete(db, id).await.unwrap());
    assert!(comments::list(db, id).await.unwrap().is_empty());
    assert!(versions::list(db, id).await.unwrap().is_empty());
    assert_eq!(
        theories::find(db, fork).await.unwrap().unwrap().forked_from,
        None,
        "the fork stays"
    );
}
