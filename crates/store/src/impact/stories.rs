//! Stories and Most Significant Change rounds: stories saved and listed (per round or all),
//! a round's status moved on (collecting → selecting → fed back), the panel's choice per domain
//! with its reason.

use crate::{Exec, StoreResult, Tx};

/// A stored story.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize, serde::Deserialize)]
pub struct StoryRow {
    /// Id.
    pub id: i64,
    /// Its round, if any.
    pub round_id: Option<i64>,
    /// The teller's role.
    pub teller_role: String,
    /// `YYYY-MM-DD`.
    pub told_on: String,
    /// Domain of change.
    pub domain: String,
    /// Title.
    pub title: String,
    /// Text.
    pub body: String,
    /// Why significant to the teller.
    pub why_significant: String,
    /// Box keys, comma-separated.
    pub node_keys: String,
    /// About an unexpected change.
    pub unexpected: bool,
    /// Chosen by the panel.
    pub selected: bool,
    /// The panel's reason.
    pub selection_reason: String,
}

/// A story to save.
#[derive(Debug, Clone)]
pub struct NewStory<'a> {
    /// Round.
    pub round: Option<i64>,
    /// Role.
    pub teller_role: &'a str,
    /// Date.
    pub told_on: &'a str,
    /// Domain.
    pub domain: &'a str,
    /// Title.
    pub title: &'a str,
    /// Text.
    pub body: &'a str,
    /// Why significant.
    pub why_significant: &'a str,
    /// Box keys, comma-separated.
    pub node_keys: &'a str,
    /// Unexpected.
    pub unexpected: bool,
}

/// Saves a story (the teller's consent is required before it gets here); returns its id.
pub async fn insert(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    s: &NewStory<'_>,
    by: i64,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO impact_stories (theory_id, round_id, teller_role, told_on, domain, title, \
         body, why_significant, consent, node_keys, unexpected, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, TRUE, $9, $10, $11, $12) RETURNING id"
    )
    .bind(theory)
    .bind(s.round)
    .bind(s.teller_role)
    .bind(s.told_on)
    .bind(s.domain)
    .bind(s.title)
    .bind(s.body)
    .bind(s.why_significant)
    .bind(s.node_keys)
    .bind(s.unexpected)
    .bind(by)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

const SELECT: &str = "SELECT id, round_id, teller_role, told_on, domain, title, body, \
     why_significant, node_keys, unexpected, selected, selection_reason FROM impact_stories";

/// The stories of a theory, newest first; only a round's when `round` is given.
pub async fn list(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    round: Option<i64>,
) -> StoreResult<Vec<StoryRow>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE theory_id = $1 AND ($2 IS NULL OR round_id = $2) \
         ORDER BY told_on DESC, id DESC"
    ));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, StoryRow>(
        sql
    )
    .bind(theory)
    .bind(round)
    .fetch_all(p)
    .await)?)
}

/// Deletes a story of `theory`; false when it did not exist.
pub async fn delete(exec: impl Into<Exec<'_>>, theory: i64, id: i64) -> StoreResult<bool> {
    let r = on_write!(exec.into(), |p| sqlx::query(
        "DELETE FROM impact_stories WHERE theory_id = $1 AND id = $2"
    )
    .bind(theory)
    .bind(id)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(r == 1)
}

/// A stored round.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RoundRow {
    /// Id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Period.
    pub period: String,
    /// Domains, one per line.
    pub domains: String,
    /// Panel.
    pub panel: String,
    /// Status code.
    pub status: String,
    /// What was fed back to the tellers' team.
    pub feedback: String,
    /// When it was fed back.
    pub fed_back_at: Option<i64>,
}

/// Starts a round; returns its id.
pub async fn insert_round(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    (title, period, domains, panel): (&str, &str, &str, &str),
    now: i64,
) -> StoreResult<i64> {
    Ok(on_write!(exec.into(), |p| sqlx::query_scalar(
        "INSERT INTO msc_rounds (theory_id, title, period, domains, panel, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
    )
    .bind(theory)
    .bind(title)
    .bind(period)
    .bind(domains)
    .bind(panel)
    .bind(now)
    .fetch_one(p)
    .await)?)
}

const ROUND: &str =
    "SELECT id, title, period, domains, panel, status, feedback, fed_back_at FROM msc_rounds";

/// The rounds of a theory, newest first.
pub async fn rounds(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<RoundRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{ROUND} WHERE theory_id = $1 ORDER BY id DESC"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, RoundRow>(
        sql
    )
    .bind(theory)
    .fetch_all(p)
    .await)?)
}

/// One round of a theory.
pub async fn round(
    exec: impl Into<Exec<'_>>,
    theory: i64,
    id: i64,
) -> StoreResult<Option<RoundRow>> {
    let sql = sqlx::AssertSqlSafe(format!("{ROUND} WHERE theory_id = $1 AND id = $2"));
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<_, RoundRow>(
        sql
    )
    .bind(theory)
    .bind(id)
    .fetch_optional(p)
    .await)?)
}

/// Records the panel's choice for a domain: `story` becomes the selected one of its round and
/// domain (any earlier choice there is undone) with `reason`; false when the story is not in
/// the round.
pub async fn select(tx: &mut Tx, round: i64, story: i64, reason: &str) -> StoreResult<bool> {
    let domain: Option<String> = on_read!(Exec::from(&mut *tx), |p| sqlx::query_scalar(
        "SELECT domain FROM impact_stories WHERE id = $1 AND round_id = $2"
    )
    .bind(story)
    .bind(round)
    .fetch_optional(p)
    .await)?;
    let Some(domain) = domain else {
        return Ok(false);
    };
    on_write!(Exec::from(&mut *tx), |p| sqlx::query(
        "UPDATE impact_stories SET selected = (id = $3), \
         selection_reason = CASE WHEN id = $3 THEN $4 ELSE '' END \
         WHERE round_id = $1 AND domain = $2"
    )
    .bind(round)
    .bind(domain.as_str())
    .bind(story)
    .bind(reason)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(true)
}

/// Moves a round from status `from` to `to`, with the feedback text when it is fed back;
/// false when it was no longer at `from` (a second click, another tab).
pub async fn set_status(
    exec: impl Into<Exec<'_>>,
    round: i64,
    (from, to): (&str, &str),
    feedback: &str,
    now: i64,
) -> StoreResult<bool> {
    let n = on_write!(exec.into(), |p| sqlx::query(
        "UPDATE msc_rounds SET status = $2, feedback = $3, \
         fed_back_at = CASE WHEN $2 = 'fed_back' THEN $4 ELSE fed_back_at END \
         WHERE id = $1 AND status = $5"
    )
    .bind(round)
    .bind(to)
    .bind(feedback)
    .bind(now)
    .bind(from)
    .execute(p)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

/// The team of a theory as (address, language): its owner, and for a team theory every active
/// member of its atelier.
pub async fn team(exec: impl Into<Exec<'_>>, theory: i64) -> StoreResult<Vec<(String, String)>> {
    Ok(on_read!(exec.into(), |p| sqlx::query_as::<
        _,
        (String, String),
    >(
        "SELECT u.email, u.locale FROM theories t JOIN users u ON u.id = t.owner_id \
         WHERE t.id = $1 \
         UNION SELECT u.email, u.locale FROM theories t \
         JOIN atelier_members m ON m.atelier_id = t.atelier_id AND m.status = 'active' \
         JOIN users u ON u.id = m.user_id WHERE t.id = $1 AND t.team \
         ORDER BY 1"
    )
    .bind(theory)
    .fetch_all(p)
    .await)?)
}
