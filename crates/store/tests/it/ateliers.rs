//! Ateliers, themes, memberships and stage history.

use crate::accounts::new_user;
use domain::{AtelierId, UserId, WerkplaatsId};
use store::ateliers::{self, NewAtelier};
use store::memberships::{self, NewMembership};
use store::testing::test_db;
use store::{Db, users, werkplaatsen};

pub async fn werkplaats_with_atelier(db: &Db) -> (WerkplaatsId, AtelierId) {
    let w = werkplaatsen::insert(db, "w", "Werkplaats", "", 1)
        .await
        .unwrap();
    let atelier = NewAtelier {
        werkplaats: w,
        slug: "impact",
        name: "Impact",
        description: "Over impact",
        knowledge_question: "Hoe breng je impact in beeld?",
        visibility: "public",
        join_policy: "approval",
        stage: "potential",
    };
    (w, ateliers::insert(db, &atelier, 1).await.unwrap())
}

pub fn membership(atelier: AtelierId, user: UserId, status: &str) -> NewMembership<'static> {
    let status: &'static str = match status {
        "active" => "active",
        _ => "requested",
    };
    NewMembership {
        atelier,
        user,
        role: "member",
        status,
        meetings: true,
        public_events: false,
        online: true,
        request_message: "graag",
    }
}

#[tokio::test]
async fn ateliers_themes_and_links() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let row = ateliers::find_by_id(db, impact).await.unwrap().unwrap();
    assert_eq!(
        (
            row.name.as_str(),
            row.stage.as_str(),
            row.join_policy.as_str()
        ),
        ("Impact", "potential", "approval")
    );
    assert!(
        ateliers::find_by_id(db, AtelierId(impact.0 + 99))
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(ateliers::list_by_werkplaats(db, w).await.unwrap().len(), 1);

    let theme = ateliers::insert_theme(db, w, "samenwerken", "Samenwerken", "Samen", 1)
        .await
        .unwrap();
    ateliers::insert_theme_link(db, impact, theme)
        .await
        .unwrap();
    ateliers::insert_theme_link(db, impact, theme)
        .await
        .unwrap();
    assert_eq!(
        ateliers::list_themes_by_werkplaats(db, w)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        ateliers::list_themes_by_atelier(db, impact).await.unwrap()[0].name,
        "Samenwerken"
    );
    assert_eq!(
        ateliers::list_theme_links_by_werkplaats(db, w)
            .await
            .unwrap(),
        vec![(impact.0, theme.0)]
    );
}

#[tokio::test]
async fn stage_changes_are_kept_newest_first() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    ateliers::insert_stage_change(db, impact, "potential", "", None, 10)
        .await
        .unwrap();
    ateliers::update_stage(db, impact, "coalescing", 20)
        .await
        .unwrap();
    ateliers::insert_stage_change(
        db,
        impact,
        "coalescing",
        "Eerste bijeenkomst",
        Some(ann),
        20,
    )
    .await
    .unwrap();
    assert_eq!(
        ateliers::find_by_id(db, impact)
            .await
            .unwrap()
            .unwrap()
            .stage,
        "coalescing"
    );
    let history = ateliers::list_stage_changes(db, impact).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(
        (history[0].stage.as_str(), history[0].reason.as_str()),
        ("coalescing", "Eerste bijeenkomst")
    );
    assert_eq!(history[0].changed_by_name.as_deref(), Some("Ann de Vries"));
    assert_eq!(history[1].changed_by_name, None);
}

#[tokio::test]
async fn memberships_request_decide_count_and_leave() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    memberships::upsert(db, &membership(impact, ann, "requested"), 5)
        .await
        .unwrap();
    memberships::upsert(db, &membership(impact, bob, "active"), 5)
        .await
        .unwrap();

    let mine = memberships::find(db, impact, ann).await.unwrap().unwrap();
    assert_eq!(
        (
            mine.status.as_str(),
            mine.joins_public_events,
            mine.request_message.as_str()
        ),
        ("requested", false, "graag")
    );
    assert_eq!(
        memberships::list_by_atelier(db, impact, "requested")
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        memberships::count_active_by_werkplaats(db, w)
            .await
            .unwrap(),
        vec![(impact.0, 1)]
    );

    assert!(
        memberships::update_decision(db, impact, ann, "declined", "Nu niet", bob, 6)
            .await
            .unwrap()
    );
    assert!(
        !memberships::update_decision(db, impact, ann, "active", "", bob, 7)
            .await
            .unwrap(),
        "decided once"
    );
    assert_eq!(
        memberships::find(db, impact, ann)
            .await
            .unwrap()
            .unwrap()
            .decision_message,
        "Nu niet"
    );

    // Asking again replaces the declined request and clears the old decision.
    memberships::upsert(db, &membership(impact, ann, "requested"), 8)
        .await
        .unwrap();
    let again = memberships::find(db, impact, ann).await.unwrap().unwrap();
    assert_eq!(
        (again.status.as_str(), again.decision_message.as_str()),
        ("requested", "")
    );
    assert!(
        memberships::update_decision(db, impact, ann, "active", "Welkom", bob, 9)
            .await
            .unwrap()
    );
    assert_eq!(
        memberships::list_by_user(db, ann, "active")
            .await
            .unwrap()
            .len(),
        1
    );

    assert!(memberships::delete(db, impact, ann).await.unwrap());
    assert!(!memberships::delete(db, impact, ann).await.unwrap());
    assert!(memberships::find(db, impact, ann).await.unwrap().is_none());
}

#[tokio::test]
async fn an_atelier_is_edited_and_its_themes_replaced() {
    let t = test_db().await;
    let db = &t.db;
    let (w, impact) = werkplaats_with_atelier(db).await;
    let theme = ateliers::insert_theme(db, w, "samenwerken", "Samenwerken", "", 1)
        .await
        .unwrap();
    ateliers::insert_theme_link(db, impact, theme)
        .await
        .unwrap();
    let changed = NewAtelier {
        werkplaats: w,
        slug: "impact-maken",
        name: "Impact maken",
        description: "Nieuw",
        knowledge_question: "Wat werkt?",
        visibility: "members",
        join_policy: "open",
        stage: "ignored",
    };
    let mut tx = db.begin().await.unwrap();
    ateliers::update(&mut tx, impact, &changed, 5)
        .await
        .unwrap();
    ateliers::delete_theme_links(&mut tx, impact).await.unwrap();
    tx.commit().await.unwrap();
    let row = ateliers::find_by_id(db, impact).await.unwrap().unwrap();
    assert_eq!(
        (
            row.name.as_str(),
            row.slug.as_str(),
            row.visibility.as_str()
        ),
        ("Impact maken", "impact-maken", "members")
    );
    assert_eq!(
        row.stage, "potential",
        "the stage is not changed by an edit"
    );
    assert!(
        ateliers::list_themes_by_atelier(db, impact)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn an_atelier_home_lists_its_leaders_first_and_counts_everyone() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    // Names in the order a plain name sort would put them: the facilitator last.
    for (email, name, role, status) in [
        ("a@example.nl", "Anna", "member", "active"),
        ("b@example.nl", "Bram", "member", "active"),
        ("c@example.nl", "Cor", "member", "requested"),
        ("z@example.nl", "Zeynep", "facilitator", "active"),
    ] {
        let mut user = new_user(email);
        user.display_name = name;
        let id = users::insert(db, &user, 1).await.unwrap();
        let new = NewMembership {
            role,
            ..membership(impact, id, status)
        };
        memberships::upsert(db, &new, 1).await.unwrap();
    }
    let first = memberships::list_first_by_atelier(db, impact, "active", 2)
        .await
        .unwrap();
    let names: Vec<&str> = first.iter().map(|m| m.display_name.as_str()).collect();
    assert_eq!(names, vec!["Zeynep", "Anna"]);
    assert_eq!(
        memberships::count_by_atelier(db, impact, "active")
            .await
            .unwrap(),
        3
    );
    assert_eq!(
        memberships::count_by_atelier(db, impact, "requested")
            .await
            .unwrap(),
        1
    );
}
