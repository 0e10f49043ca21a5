//! Ateliers, themes, memberships and stage history.

use crate::accounts::new_user;
use domain::{AtelierId, UserId, WerkplaatsId};
use store::ateliers::{self, NewAtelier};
use store::memberships::{self, NewMembership};
use store::testing::test_db;
use store::{Db, users, werkplaatsen};

async fn werkplaats_with_atelier(db: &Db) -> (WerkplaatsId, AtelierId) {
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

fn membership(atelier: AtelierId, user: UserId, status: &str) -> NewMembership<'static> {
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
async fn activities_are_counted_per_member_and_per_period() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let day = 24 * 60 * 60;
    let now = 100 * day;
    store::activities::insert(db, impact, ann, "read", now - day)
        .await
        .unwrap();
    store::activities::insert(db, impact, ann, "read", now - 2 * day)
        .await
        .unwrap();
    store::activities::insert(db, impact, ann, "meeting-hosted", now - 40 * day)
        .await
        .unwrap();
    store::activities::insert(db, impact, bob, "download", now - 200 * day)
        .await
        .unwrap();
    let counts = store::activities::count_by_user(db, impact).await.unwrap();
    assert_eq!(
        counts,
        vec![
            (ann.0, "meeting-hosted".to_owned(), 1),
            (ann.0, "read".to_owned(), 2),
            (bob.0, "download".to_owned(), 1)
        ]
    );
    let periods = store::activities::count_by_period(db, impact, now, 30 * day, 6)
        .await
        .unwrap();
    assert_eq!(
        periods,
        vec![(0, 2), (1, 1)],
        "the one 200 days ago is outside six periods"
    );
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
async fn agenda_topics_are_supported_and_decided_once() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    let bob = users::insert(db, &new_user("bob@example.nl"), 1)
        .await
        .unwrap();
    let first = store::agenda::insert(db, impact, ann, "Verhalen oogsten", "", 10)
        .await
        .unwrap();
    let second = store::agenda::insert(db, impact, bob, "Indicatoren", "Welke?", 11)
        .await
        .unwrap();
    store::agenda::insert_support(db, second, ann, 12)
        .await
        .unwrap();
    store::agenda::insert_support(db, second, ann, 12)
        .await
        .unwrap();
    store::agenda::insert_support(db, second, bob, 13)
        .await
        .unwrap();
    let topics = store::agenda::list_by_atelier(db, impact, ann.0)
        .await
        .unwrap();
    assert_eq!(
        topics
            .iter()
            .map(|t| (t.id, t.supporters, t.mine))
            .collect::<Vec<_>>(),
        vec![(second, 2, 1), (first, 0, 0)]
    );
    assert_eq!(topics[0].proposed_by_name.as_deref(), Some("Ann de Vries"));
    assert!(
        store::agenda::delete_support(db, second, ann)
            .await
            .unwrap()
    );
    assert!(
        !store::agenda::delete_support(db, second, ann)
            .await
            .unwrap()
    );
    assert!(
        store::agenda::update_status(db, first, "closed", "Al besproken", bob, 20)
            .await
            .unwrap()
    );
    assert!(
        !store::agenda::update_status(db, first, "scheduled", "", bob, 21)
            .await
            .unwrap()
    );
    let found = store::agenda::find(db, impact, first)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (found.status.as_str(), found.status_note.as_str()),
        ("closed", "Al besproken")
    );
    assert!(
        store::agenda::find(db, AtelierId(impact.0 + 1), first)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn atelier_invitations_are_single_use_and_expire() {
    let t = test_db().await;
    let db = &t.db;
    let (_, impact) = werkplaats_with_atelier(db).await;
    let ann = users::insert(db, &new_user("ann@example.nl"), 1)
        .await
        .unwrap();
    use store::atelier_invitations as inv;
    inv::insert(db, impact, "nieuw@example.nl", "h1", ann, 10, 100)
        .await
        .unwrap();
    assert_eq!(inv::list_open(db, impact, 20).await.unwrap().len(), 1);
    assert_eq!(
        inv::find_valid(db, "h1", 20).await.unwrap().unwrap().email,
        "nieuw@example.nl"
    );
    assert!(
        inv::find_valid(db, "h1", 100).await.unwrap().is_none(),
        "expired"
    );
    assert!(inv::update_accepted(db, "h1", ann, 30).await.unwrap());
    assert!(
        !inv::update_accepted(db, "h1", ann, 31).await.unwrap(),
        "used"
    );
    assert!(inv::list_open(db, impact, 40).await.unwrap().is_empty());
}
