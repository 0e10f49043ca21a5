//! The impact model of a theory of change: indicators ([`indicators`]), pseudonymous subjects
//! with their consent ([`subjects`]), measurements and staged imports ([`measurements`]), the
//! grouped counts dashboards are made of and their cache ([`dashboard`]), stories and MSC rounds
//! ([`stories`]), the effect register and outcome descriptions ([`effects`]).
//!
//! Every write that changes what a dashboard shows raises the theory's `data_version`
//! ([`touch`]), so a cached dashboard is used only for the data it was computed from.

pub mod dashboard;
pub mod effects;
pub mod indicators;
pub mod measurements;
pub mod stories;
pub mod subjects;

use crate::{Exec, StoreResult};

/// Raises the theory's data version: cached dashboards of older data are no longer used.
pub async fn touch(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE theories SET data_version = data_version + 1 WHERE id = $1"
    )
    .bind(theory)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
