//! What a dashboard is made of, per indicator and never single measurements: the histogram of
//! values per perspective and timepoint (counts, sums and targets follow from it) and the
//! pre–post change (lower, equal, higher) of end rows against their baseline, both read from
//! running totals kept by database triggers, the values and
//! subject attributes a breakdown groups, and the cached figures of the indicator's current
//! data version.

use crate::{Exec, StoreResult};

/// How many subjects had `value` for one indicator at one timepoint from one perspective.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct ValueCount {
    /// Perspective code.
    pub perspective: String,
    /// Timepoint code.
    pub timepoint: String,
    /// The value (none for words).
    pub value: Option<f64>,
    /// Subjects.
    pub n: i64,
}

/// The value histogram of one indicator, from the running totals the triggers of migration
/// 0020 keep with every write to `measurements`.
pub async fn histogram(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<Vec<ValueCount>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ValueCount>(
        "SELECT perspective, timepoint, CASE WHEN has_value THEN value END AS value, n \
         FROM measurement_histogram WHERE indicator_id = $1 AND n > 0"
    )
    .bind(indicator)
    .fetch_all(p)
    .await)?)
}

/// Pre–post change of one indicator from one perspective.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ChangeRow {
    /// Perspective code.
    pub perspective: String,
    /// Subjects whose end value is lower than their baseline.
    pub lower: i64,
    /// Equal.
    pub equal: i64,
    /// Higher.
    pub higher: i64,
}

/// Per perspective: how many subjects ended lower, equal or higher than their baseline (only
/// subjects measured at both), from the running totals.
pub async fn changes(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<Vec<ChangeRow>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, ChangeRow>(
        "SELECT perspective, lower, equal, higher FROM measurement_changes \
         WHERE indicator_id = $1 AND lower + equal + higher > 0 ORDER BY perspective"
    )
    .bind(indicator)
    .fetch_all(p)
    .await)?)
}

/// Separates records in an aggregated text (ASCII record separator).
const RECORD: &str = "\u{1e}";
/// Separates the fields of a record (ASCII unit separator).
const UNIT: &str = "\u{1f}";

/// `STRING_AGG` as the backend names it (SQLite: `group_concat`), and a value as exact text
/// (SQLite's `CAST` keeps 15 digits; PostgreSQL's gives the shortest exact form).
fn aggregate(sql: &str, sqlite: bool) -> String {
    if sqlite {
        sql.replace("STRING_AGG", "group_concat")
            .replace("CAST(value AS TEXT)", "printf('%!.17g', value)")
    } else {
        sql.to_owned()
    }
}

/// The (id, text) records of an aggregated text; a record that does not read is skipped.
fn records(text: Option<String>) -> Vec<(i64, String)> {
    text.unwrap_or_default()
        .split(RECORD)
        .filter_map(|r| {
            let (id, rest) = r.split_once(UNIT)?;
            Some((id.parse().ok()?, rest.to_owned()))
        })
        .collect()
}

// The two reads below return every participant's row (25,000 at 1M measurements). They come
// back as one aggregated text each, because decoding that many rows one by one cost more
// (100 ms on SQLite) than the query itself.

/// Every subject's value of one indicator at one timepoint and perspective: (subject, value).
pub async fn values_at(
    exec: impl Into<Exec<'_>>,
    indicator: i64,
    (timepoint, perspective): (&str, &str),
) -> StoreResult<Vec<(i64, f64)>> {
    let exec = exec.into();
    let sql = sqlx::AssertSqlSafe(aggregate(
        "SELECT STRING_AGG(CAST(subject_id AS TEXT) || $4 || CAST(value AS TEXT), $5) \
         FROM measurements WHERE indicator_id = $1 AND perspective = $3 \
         AND timepoint = $2 AND value IS NOT NULL",
        exec.is_sqlite(),
    ));
    let text: Option<String> = on_read!(exec, |p| sqlx::query_scalar(sql)
        .bind(indicator)
        .bind(timepoint)
        .bind(perspective)
        .bind(UNIT)
        .bind(RECORD)
        .fetch_one(p)
        .await)?;
    Ok(records(text)
        .into_iter()
        .filter_map(|(id, v)| Some((id, v.parse().ok()?)))
        .collect())
}

/// The breakdown attributes of a theory's subjects: (subject, `name=value` lines), read once
/// per dashboard and grouped in memory (a join per measurement row is the slow way round).
pub async fn attributes(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<(i64, String)>> {
    let exec = exec.into();
    let sql = sqlx::AssertSqlSafe(aggregate(
        "SELECT STRING_AGG(CAST(id AS TEXT) || $2 || attributes, $3) FROM impact_subjects \
         WHERE theory_id = $1 AND attributes <> ''",
        exec.is_sqlite(),
    ));
    let text: Option<String> = on_read!(exec, |p| sqlx::query_scalar(sql)
        .bind(theory)
        .bind(UNIT)
        .bind(RECORD)
        .fetch_one(p)
        .await)?;
    Ok(records(text))
}

/// The indicator's data version (raised by every change to what its figures show).
pub async fn data_version(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<i64> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT data_version FROM indicators WHERE id = $1"
    )
    .bind(indicator)
    .fetch_optional(p)
    .await)?
    .unwrap_or(0))
}

/// The cached figures (JSON) of an indicator if they were computed for its current version.
pub async fn cached(exec: impl Into<Exec<'_>>, indicator: i64) -> StoreResult<Option<String>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_scalar(
        "SELECT d.data FROM impact_dashboards d JOIN indicators i ON i.id = d.indicator_id \
         WHERE d.indicator_id = $1 AND d.data_version = i.data_version"
    )
    .bind(indicator)
    .fetch_optional(p)
    .await)?)
}

/// Keeps figures computed for `version` (a later change makes them unused).
pub async fn cache(
    exec: impl Into<Exec<'_>>,
    indicator: i64,
    version: i64,
    data: &str,
) -> StoreResult<()> {
    on_write!(exec.into(), |p| sqlx::query(
        "INSERT INTO impact_dashboards (indicator_id, data_version, data) VALUES ($1, $2, $3) \
         ON CONFLICT (indicator_id) DO UPDATE SET data_version = excluded.data_version, \
         data = excluded.data"
    )
    .bind(indicator)
    .bind(version)
    .bind(data)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(())
}
