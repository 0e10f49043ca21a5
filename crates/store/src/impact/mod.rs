//! The impact model of a theory of change: indicators ([`indicators`]), pseudonymous subjects
//! with their consent ([`subjects`]), measurements and staged imports ([`measurements`]), the
//! grouped counts dashboards are made of and their cache ([`dashboard`]), stories and MSC rounds
//! ([`stories`]), the effect register and outcome descriptions ([`effects`]), instruments and their
//! scorings ([`instruments`]), value calculations ([`values`]), and what an atelier sees
//! of its practices' shared indicators ([`shared`]).
//!
//! Every write that changes what a dashboard shows raises the `data_version` of the indicators
//! concerned ([`touch`], [`touch_indicator`]), so cached figures are used only for the data
//! they were computed from.

pub mod dashboard;
pub mod effects;
pub mod indicators;
pub mod instruments;
pub mod measurements;
pub mod period;
pub mod shared;
pub mod stories;
pub mod subjects;
pub mod values;

use crate::{Exec, StoreResult};

/// Raises the data version of every indicator of the theory: cached figures of older data are
/// no longer used (after a consent withdrawal, which may touch them all).
pub async fn touch(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE indicators SET data_version = data_version + 1 WHERE theory_id = $1"
    )
    .bind(theory)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Raises one indicator's data version.
pub async fn touch_indicator(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "UPDATE indicators SET data_version = data_version + 1 WHERE id = $1"
    )
    .bind(indicator)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
