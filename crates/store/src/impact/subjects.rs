//! Pseudonymous subjects of a theory's measurements, with their breakdown attributes and their
//! consent per purpose. Withdrawing consent for evaluation removes the subject's measurements
//! at once (in the caller's transaction), so no view or export can show them again.

use crate::{Exec, StoreResult, Tx};

/// A subject with the purposes it has consent for.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SubjectRow {
    /// Id.
    pub id: i64,
    /// Pseudonym.
    pub pseudonym: String,
    /// Breakdown attributes, `name=value` per line.
    pub attributes: String,
    /// Purposes with standing consent, comma-separated (empty: none).
    pub consents: String,
    /// Purposes withdrawn, comma-separated.
    pub withdrawn: String,
    /// Measurements recorded.
    pub measurements: i64,
}

/// Saves a new subject with its attributes (`name=value` lines); `None` when the pseudonym is
/// already used in the theory.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    pseudonym: &str,
    attributes: &str,
    now: i64,
) -> StoreResult<Option<i64>> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO impact_subjects (theory_id, pseudonym, attributes, created_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (theory_id, pseudonym) DO NOTHING RETURNING id"
    )
    .bind(theory)
    .bind(pseudonym)
    .bind(attributes)
    .bind(now)
    .fetch_optional(p)
    .await)?)
}

const SELECT: &str = "SELECT s.id, s.pseudonym, s.attributes, \
     COALESCE((SELECT STRING_AGG(c.purpose, ',') FROM subject_consents c \
       WHERE c.subject_id = s.id AND c.withdrawn_at IS NULL), '') AS consents, \
     COALESCE((SELECT STRING_AGG(c.purpose, ',') FROM subject_consents c \
       WHERE c.subject_id = s.id AND c.withdrawn_at IS NOT NULL), '') AS withdrawn, \
     (SELECT COUNT(*) FROM measurements m WHERE m.subject_id = s.id) AS measurements \
     FROM impact_subjects s";

fn select(backend_is_sqlite: bool) -> String {
    // SQLite names STRING_AGG group_concat.
    if backend_is_sqlite {
        SELECT.replace("STRING_AGG", "group_concat")
    } else {
        SELECT.to_owned()
    }
}

/// The subjects of a theory, by pseudonym.
pub async fn list(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<SubjectRow>> {
    let exec = exec.into();
    let sql = sqlx::AssertSqlSafe(format!(
        "{} WHERE s.theory_id = $1 ORDER BY s.pseudonym",
        select(exec.is_sqlite())
    ));
    Ok(on_read!(exec, |p| sqlx::query_as::<_, SubjectRow>(sql)
        .bind(theory)
        .fetch_all(p)
        .await)?)
}

/// One subject of a theory.
pub async fn find(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    id: i64,
) -> StoreResult<Option<SubjectRow>> {
    let exec = exec.into();
    let sql = sqlx::AssertSqlSafe(format!(
        "{} WHERE s.theory_id = $1 AND s.id = $2",
        select(exec.is_sqlite())
    ));
    Ok(on_read!(exec, |p| sqlx::query_as::<_, SubjectRow>(sql)
        .bind(theory)
        .bind(id)
        .fetch_optional(p)
        .await)?)
}

/// Pseudonym → (id, evaluation consent stands), for checking an import.
pub async fn by_pseudonym(
    exec: impl Into<Exec<'_>>,
    theory: i64,
) -> StoreResult<Vec<(String, i64, bool)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        (String, i64, bool),
    >(
        "SELECT s.pseudonym, s.id, EXISTS (SELECT 1 FROM subject_consents c \
         WHERE c.subject_id = s.id AND c.purpose = 'evaluation' AND c.withdrawn_at IS NULL) \
         FROM impact_subjects s WHERE s.theory_id = $1"
    )
    .bind(theory)
    .fetch_all(p)
    .await)?)
}

/// Records consent for a purpose (again, after a withdrawal).
pub async fn give_consent(
    exec: impl Into<Exec<'_>>,
    subject: i64,
    purpose: &str,
    by: i64,
    now: i64,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO subject_consents (subject_id, purpose, given_at, recorded_by) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (subject_id, purpose) \
         DO UPDATE SET given_at = excluded.given_at, withdrawn_at = NULL, \
         recorded_by = excluded.recorded_by"
    )
    .bind(subject)
    .bind(purpose)
    .bind(now)
    .bind(by)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}

/// Records that consent for a purpose was withdrawn; for evaluation, also deletes every
/// measurement of the subject (and their item scores) and their GAS goals. Returns how many measurements were removed.
pub async fn withdraw_consent(
    tx: &mut Tx,
    subject: i64,
    purpose: &str,
    now: i64,
) -> StoreResult<u64> {
    on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "UPDATE subject_consents SET withdrawn_at = $3 \
         WHERE subject_id = $1 AND purpose = $2 AND withdrawn_at IS NULL"
    )
    .bind(subject)
    .bind(purpose)
    .bind(now)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    if purpose != "evaluation" {
        return Ok(0);
    }
    let removed = on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "DELETE FROM measurements WHERE subject_id = $1"
    )
    .bind(subject)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    // The person's own GAS goals are about them too.
    on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "DELETE FROM gas_goals WHERE subject_id = $1"
    )
    .bind(subject)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(removed)
}
