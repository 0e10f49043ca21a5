//! Recorded activity of members in ateliers: the raw material of the give/take balance and of
//! "activity over time". Features record; `domain::reciprocity` judges.

use crate::{Exec, StoreResult};
use domain::{AtelierId, UserId};

/// Records one activity.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    user: UserId,
    kind: &str,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO activities (atelier_id, user_id, kind, created_at) VALUES ($1, $2, $3, $4)"
    )
    .bind(atelier.0)
    .bind(user.0)
    .bind(kind)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// (user, kind, count) for every member with activity in an atelier.
pub async fn count_by_user(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
) -> StoreResult<Vec<(i64, String, i64)>> {
    Ok(on_read!(exec.into(), |p| {
        sqlx::query_as::<_, (i64, String, i64)>(
        "SELECT user_id, kind, COUNT(*) FROM activities \
         WHERE atelier_id = $1 AND user_id IS NOT NULL GROUP BY user_id, kind ORDER BY user_id, kind"
    )
    .bind(atelier.0)
    .fetch_all(p)
    .await
    })?)
}

/// Activities per period of `period_secs` counted back from `now`: (periods ago, count), for
/// the last `periods` periods. Integer division keeps the SQL the same on both backends.
pub async fn count_by_period(
    exec: impl Into<Exec<'_>>,
    atelier: AtelierId,
    now: i64,
    period_secs: i64,
    periods: i64,
) -> StoreResult<Vec<(i64, i64)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, (i64, i64)>(
        "SELECT ($2 - created_at) / $3 AS ago, COUNT(*) FROM activities \
         WHERE atelier_id = $1 AND created_at <= $2 AND created_at > $2 - $3 * $4 \
         GROUP BY ago ORDER BY ago"
    )
    .bind(atelier.0)
    .bind(now)
    .bind(period_secs)
    .bind(periods)
    .fetch_all(p)
    .await)?)
}
