//! The generator on a real database (SQLite, or PostgreSQL with `TEST_DATABASE_URL`): the
//! scale asked for, the landmark thread of 50 posts in a public atelier, the same data for the
//! same seed, and never into a database that holds accounts; knowledge items, events with
//! registrations, and impact models with their measurements.

#![allow(clippy::unwrap_used, reason = "tests fail loudly")]

use generate::{GenerateError, Scale, generate};
use store::forum::{posts, threads};

const SMALL: Scale = Scale {
    members: 120,
    ateliers: 6,
    posts: 700,
    knowledge: 60,
    events: 90,
    // 30 participants of 40 measurements; the ten left over make no whole participant.
    measurements: 1_210,
    seed: 7,
};

fn id_of(path: &str) -> i64 {
    let segment = path.rsplit('/').next().unwrap();
    segment.split('-').next().unwrap().parse().unwrap()
}

#[tokio::test]
async fn generates_the_scale_asked_for_the_same_for_a_seed_and_only_into_an_empty_database() {
    let first = store::testing::test_db().await;
    let mut steps = Vec::new();
    let made = generate(&first.db, SMALL, &mut |step, done, total| {
        steps.push((step.to_owned(), done, total));
    })
    .await
    .unwrap();
    assert_eq!(made.members, 120);
    assert_eq!(store::users::count(&first.db).await.unwrap(), 120);
    assert_eq!(made.ateliers.len(), 6);
    assert_eq!(made.posts, 700);
    assert!(
        steps
            .iter()
            .any(|(s, done, total)| s == "posts" && done == total)
    );

    let thread = threads::find(&first.db, id_of(&made.thread_of_50))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(thread.post_count, 50);
    assert_eq!(thread.atelier_id, Some(made.ateliers[0]));
    let atelier = store::ateliers::find_by_id(&first.db, domain::AtelierId(made.ateliers[0]))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(atelier.visibility, "public", "readable without an account");
    let written = posts::list_by_thread(&first.db, thread.id, 100, 0)
        .await
        .unwrap();
    assert_eq!(written.len(), 50);
    let words: Vec<usize> = written
        .iter()
        .map(|p| p.body.split_whitespace().count())
        .collect();
    assert!(
        words.iter().all(|w| *w >= 25),
        "realistic length: {words:?}"
    );

    // The same seed and scale give the same data.
    let second = store::testing::test_db().await;
    let again = generate(&second.db, SMALL, &mut |_, _, _| {})
        .await
        .unwrap();
    assert_eq!(again.thread_of_50, made.thread_of_50);
    let again_posts = posts::list_by_thread(&second.db, id_of(&again.thread_of_50), 100, 0)
        .await
        .unwrap();
    assert_eq!(again_posts[7].body, written[7].body);

    assert!(matches!(
        generate(&first.db, SMALL, &mut |_, _, _| {}).await,
        Err(GenerateError::NotEmpty)
    ));
}

#[tokio::test]
async fn generates_knowledge_events_and_impact_models_the_same_for_a_seed() {
    let first = store::testing::test_db().await;
    let made = generate(&first.db, SMALL, &mut |_, _, _| {}).await.unwrap();

    let items =
        store::knowledge::list_by_status(&first.db, None, &["draft", "review", "published"], 1_000)
            .await
            .unwrap();
    assert_eq!(items.len(), 60);
    let published: Vec<_> = items.iter().filter(|i| i.status == "published").collect();
    assert_eq!(published.len(), made.published_knowledge);
    assert!(
        published.len() >= 45,
        "most are published: {}",
        published.len()
    );
    assert!(published.iter().all(|i| i.published_at.is_some()));
    assert!(
        items
            .iter()
            .all(|i| i.updated_at <= generate::knowledge::UNTIL)
    );
    assert!(
        items
            .iter()
            .all(|i| i.body.split_whitespace().count() >= 200)
    );

    let events = store::events::list_from(&first.db, made.werkplaats, 0, 1_000)
        .await
        .unwrap();
    assert_eq!(events.len(), 90);
    assert!(events.iter().any(|e| e.atelier_id.is_none()));
    assert!(events.iter().any(|e| e.kind == "intervision"));
    assert!(
        events
            .iter()
            .any(|e| e.starts_at > generate::knowledge::UNTIL),
        "the calendar has events ahead"
    );
    let taken: i64 = events.iter().map(|e| e.taken + e.waiting).sum();
    assert_eq!(usize::try_from(taken).unwrap(), made.registrations);
    assert!(
        events
            .iter()
            .all(|e| e.capacity.is_none_or(|c| e.taken <= c))
    );

    assert_eq!(made.measurements, 1_200);
    let dashboard = made.dashboard.clone().unwrap();
    let theory: i64 = dashboard.split('/').nth(2).unwrap().parse().unwrap();
    let model = store::theories::find(&first.db, theory)
        .await
        .unwrap()
        .unwrap();
    assert!(
        model.team && model.atelier_id.is_some(),
        "the atelier team's model"
    );
    let measured = store::impact::measurements::for_theory(&first.db, theory)
        .await
        .unwrap();
    let indicators = store::impact::indicators::list(&first.db, theory)
        .await
        .unwrap();
    assert_eq!(indicators.len(), 10);
    assert_eq!(measured.len() % 40, 0, "every participant fully measured");
    assert!(!measured.is_empty());

    let second = store::testing::test_db().await;
    let again = generate(&second.db, SMALL, &mut |_, _, _| {})
        .await
        .unwrap();
    let items_again = store::knowledge::list_by_status(&second.db, None, &["published"], 1_000)
        .await
        .unwrap();
    assert_eq!(items_again.len(), made.published_knowledge);
    assert_eq!(items_again[3].body, published[3].body);
    assert_eq!(again.registrations, made.registrations);
}
