//! Impact plans on both backends: saved, changed, found, listed for owner and atelier members
//! (shared and team plans only), one discussion thread, deleted.

use crate::accounts::new_user;
use crate::ateliers::{membership, werkplaats_with_atelier};
use store::forum::categories::{self, NewCategory};
use store::forum::threads;
use store::impact_plans::{self, PlanFields};
use store::testing::test_db;
use store::{memberships, users};

fn fields<'a>(atelier: Option<i64>, shared: bool, title: &'a str) -> PlanFields<'a> {
    PlanFields {
        atelier,
        team: false,
        shared,
        title,
        answers: r#"{"intervention":"buurtkamer"}"#,
        questions: r#"["Wat verandert er?"]"#,
        methods: r#"["M01","M10"]"#,
    }
}

#[tokio::test]
async fn plans_are_saved_changed_listed_and_deleted() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let cas = users::insert(db, &new_user("cas@example.nl"), 1)
        .await
        .unwrap();
    memberships::upsert(db, &membership(impact, bob, "active"), 1)
        .await
        .unwrap();
    memberships::upsert(db, &membership(impact, cas, "requested"), 1)
        .await
        .unwrap();

    let private = impact_plans::insert(db, ann, fields(Some(impact.0), false, "Eigen plan"), 10)
        .await
        .unwrap();
    let shared = impact_plans::insert(db, ann, fields(Some(impact.0), true, "Gedeeld"), 11)
        .await
        .unwrap();
    let row = impact_plans::find(db, shared).await.unwrap().unwrap();
    assert_eq!(
        (row.title.as_str(), row.shared, row.team),
        ("Gedeeld", true, false)
    );
    assert_eq!(row.atelier_name.as_deref(), Some("Impact"));
    assert_eq!(row.methods, r#"["M01","M10"]"#);
    assert_eq!(
        (row.created_at, row.updated_at, row.thread_id),
        (11, 11, None)
    );

    let titles =
        |rows: Vec<impact_plans::PlanRow>| rows.into_iter().map(|r| r.title).collect::<Vec<_>>();
    assert_eq!(
        titles(impact_plans::list_visible(db, ann).await.unwrap()),
        ["Gedeeld", "Eigen plan"]
    );
    assert_eq!(
        titles(impact_plans::list_visible(db, bob).await.unwrap()),
        ["Gedeeld"]
    );
    assert!(
        impact_plans::list_visible(db, cas)
            .await
            .unwrap()
            .is_empty(),
        "not an active member"
    );
    assert_eq!(
        titles(impact_plans::list_by_atelier(db, impact.0).await.unwrap()),
        ["Gedeeld"]
    );

    let mut team = fields(Some(impact.0), false, "Teamplan");
    team.team = true;
    assert!(impact_plans::update(db, private, team, 20).await.unwrap());
    assert!(!impact_plans::update(db, 9_999, team, 20).await.unwrap());
    let row = impact_plans::find(db, private).await.unwrap().unwrap();
    assert_eq!(
        (row.title.as_str(), row.team, row.updated_at),
        ("Teamplan", true, 20)
    );
    assert_eq!(
        titles(impact_plans::list_visible(db, bob).await.unwrap()),
        ["Teamplan", "Gedeeld"]
    );

    let category = categories::insert(
        db,
        NewCategory {
            werkplaats: w,
            atelier: Some(impact),
            slug: "plannen",
            name: "Plannen",
            description: "",
            position: 0,
        },
        1,
    )
    .await
    .unwrap();
    let mut tx = db.begin().await.unwrap();
    let thread = threads::insert(
        &mut tx,
        category,
        ("discussion", "Over ons plan", "over-ons-plan"),
        ann,
        30,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert!(impact_plans::set_thread(db, shared, thread).await.unwrap());
    assert!(
        !impact_plans::set_thread(db, shared, thread).await.unwrap(),
        "one thread per plan"
    );
    assert_eq!(
        impact_plans::find(db, shared)
            .await
            .unwrap()
            .unwrap()
            .thread_id,
        Some(thread)
    );

    assert!(impact_plans::delete(db, shared).await.unwrap());
    assert!(!impact_plans::delete(db, shared).await.unwrap());
    assert_eq!(impact_plans::find(db, shared).await.unwrap(), None);
}
