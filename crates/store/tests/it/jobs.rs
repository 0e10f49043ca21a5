//! The job queue: claim, lease, retry, fail, purge.

use store::jobs;
use store::testing::test_db;

#[tokio::test]
async fn jobs_are_claimed_once_in_order_and_finish() {
    let t = test_db().await;
    let db = &t.db;
    let later = jobs::insert(db, "mail", "{}", 50, 3, 1).await.unwrap();
    let first = jobs::insert(db, "mail", "{\"n\":1}", 10, 3, 1)
        .await
        .unwrap();

    let mut tx = db.begin().await.unwrap();
    assert!(
        jobs::claim_next(&mut tx, 5, 60).await.unwrap().is_none(),
        "nothing due yet"
    );
    let claimed = jobs::claim_next(&mut tx, 20, 60).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        (claimed.id, claimed.attempts, claimed.kind.as_str()),
        (first, 1, "mail")
    );

    let mut tx = db.begin().await.unwrap();
    assert!(
        jobs::claim_next(&mut tx, 30, 60).await.unwrap().is_none(),
        "leased and not due"
    );
    tx.commit().await.unwrap();

    jobs::update_done(db, first, 40).await.unwrap();
    let status = jobs::find_status(db, first).await.unwrap().unwrap();
    assert_eq!(status.done_at, Some(40));

    let mut tx = db.begin().await.unwrap();
    let next = jobs::claim_next(&mut tx, 60, 60).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    assert_eq!(next.id, later);
    jobs::update_retry(db, later, 200, "smtp down")
        .await
        .unwrap();
    let status = jobs::find_status(db, later).await.unwrap().unwrap();
    assert_eq!(
        (status.run_at, status.last_error.as_deref()),
        (200, Some("smtp down"))
    );

    let mut tx = db.begin().await.unwrap();
    assert!(
        jobs::claim_next(&mut tx, 100, 60).await.unwrap().is_none(),
        "retry waits"
    );
    let again = jobs::claim_next(&mut tx, 200, 60).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    assert_eq!(again.attempts, 2);
    jobs::update_failed(db, later, 210, "gave up")
        .await
        .unwrap();
    assert_eq!(
        jobs::find_status(db, later)
            .await
            .unwrap()
            .unwrap()
            .failed_at,
        Some(210)
    );

    assert_eq!(jobs::delete_finished_before(db, 300).await.unwrap(), 2);
    assert!(jobs::find_status(db, first).await.unwrap().is_none());
}

#[tokio::test]
async fn an_expired_lease_makes_a_job_claimable_again() {
    let t = test_db().await;
    let id = jobs::insert(&t.db, "mail", "{}", 0, 3, 0).await.unwrap();
    let mut tx = t.db.begin().await.unwrap();
    assert_eq!(
        jobs::claim_next(&mut tx, 10, 60).await.unwrap().unwrap().id,
        id
    );
    assert!(jobs::claim_next(&mut tx, 69, 60).await.unwrap().is_none());
    assert_eq!(
        jobs::claim_next(&mut tx, 71, 60)
            .await
            .unwrap()
            .unwrap()
            .attempts,
        2
    );
    tx.commit().await.unwrap();
}
