//! The generator on a real database (SQLite, or PostgreSQL with `TEST_DATABASE_URL`): the
//! scale asked for, the landmark thread of 50 posts in a public atelier, the same data for the
//! same seed, and never into a database that holds accounts.

#![allow(clippy::unwrap_used, reason = "tests fail loudly")]

use generate::{GenerateError, Scale, generate};
use store::forum::{posts, threads};

const SMALL: Scale = Scale {
    members: 120,
    ateliers: 6,
    posts: 700,
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
