//! The data of an atelier report over a period: stage and its changes, members and meeting
//! attendance by background, meetings with what they yielded, knowledge products and their
//! reuse, and giving and taking in aggregate. Counts of people by background and the groups of
//! the give/take aggregate obey the minimum cell size; nobody is named or ranked.

use crate::{App, AppError, AppResult};
use domain::AtelierId;
use domain::events::local_time::LocalTime;
use domain::impact::dashboard::{shown, suppress};
use domain::reciprocity::{Activity, aggregate, balance};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use store::reports::atelier::{self as rows, MeetingRow, ProductRow};

/// Giving and taking of the atelier's members in the period, summed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReciprocityPart {
    /// Weighted giving of everyone together.
    pub given: u32,
    /// Weighted taking of everyone together.
    pub taken: u32,
    /// Members per standing (message id of the standing, count; hidden under the minimum).
    pub groups: Vec<(String, Option<i64>)>,
}

/// Everything an atelier report shows, at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AtelierReportData {
    /// The atelier.
    pub atelier_id: i64,
    /// Its name.
    pub name: String,
    /// Its knowledge question.
    pub question: String,
    /// Its stage now (code).
    pub stage: String,
    /// Stage changes in the period: (stage code, reason, when).
    pub stage_changes: Vec<(String, String, i64)>,
    /// First and last day.
    pub period: (String, String),
    /// Active members per background (hidden under the minimum).
    pub members: Vec<(String, Option<i64>)>,
    /// Meetings in the period.
    pub meetings: Vec<MeetingRow>,
    /// Attendances per background over the period's meetings (hidden under the minimum).
    pub attendance: Vec<(String, Option<i64>)>,
    /// Knowledge products published in the period.
    pub products: Vec<ProductRow>,
    /// Giving and taking, in aggregate.
    pub reciprocity: ReciprocityPart,
    /// When the data was read (seconds).
    pub composed_at: i64,
}

/// The period in Unix seconds: from the first day's midnight to the last day's end, in
/// Amsterdam time.
fn seconds(from: &str, to: &str) -> AppResult<(i64, i64)> {
    let start = LocalTime::parse(from, "00:00").and_then(LocalTime::to_unix);
    let end = LocalTime::parse(to, "23:59").and_then(LocalTime::to_unix);
    match (start, end) {
        (Some(s), Some(e)) => Ok((s, e + 59)),
        _ => Err(AppError::Content(format!("report period {from}..{to}"))),
    }
}

/// Counts with the small ones hidden, keeping their labels.
fn hidden(counts: Vec<(String, i64)>) -> Vec<(String, Option<i64>)> {
    let numbers: Vec<i64> = counts.iter().map(|(_, n)| *n).collect();
    counts
        .into_iter()
        .map(|(label, _)| label)
        .zip(suppress(&numbers))
        .collect()
}

impl App {
    /// Composes an atelier report's data. No permission check: callers check.
    pub(crate) async fn atelier_report_data(
        &self,
        atelier: i64,
        (from, to): (&str, &str),
    ) -> AppResult<AtelierReportData> {
        let row = store::ateliers::find_by_id(self.db(), AtelierId(atelier))
            .await?
            .ok_or(AppError::NotFound)?;
        let range = seconds(from, to)?;
        let mut per_member: BTreeMap<i64, Vec<(Activity, u32)>> = BTreeMap::new();
        for (member, kind, n) in rows::activities(self.db(), atelier, range).await? {
            if let Some(activity) = Activity::from_code(&kind) {
                per_member
                    .entry(member)
                    .or_default()
                    .push((activity, u32::try_from(n).unwrap_or(u32::MAX)));
            }
        }
        let balances: Vec<_> = per_member.values().map(|a| balance(a)).collect();
        let total = aggregate(&balances);
        let groups = hidden(vec![
            (
                "reciprocity-group-mostly-taking".to_owned(),
                i64::from(total.mostly_taking),
            ),
            (
                "reciprocity-group-balanced".to_owned(),
                i64::from(total.balanced),
            ),
            (
                "reciprocity-group-mostly-giving".to_owned(),
                i64::from(total.mostly_giving),
            ),
        ]);
        // With fewer than five active members the give/take sums could point at a person.
        let many = shown(i64::try_from(balances.len()).unwrap_or(0)).is_some();
        Ok(AtelierReportData {
            atelier_id: atelier,
            name: row.name,
            question: row.knowledge_question,
            stage: row.stage,
            stage_changes: rows::stage_changes(self.db(), atelier, range).await?,
            period: (from.to_owned(), to.to_owned()),
            members: hidden(rows::members_by_background(self.db(), atelier).await?),
            meetings: rows::meetings(self.db(), atelier, range).await?,
            attendance: hidden(rows::attendance_by_background(self.db(), atelier, range).await?),
            products: rows::products(self.db(), atelier, range).await?,
            reciprocity: if many {
                ReciprocityPart {
                    given: total.given,
                    taken: total.taken,
                    groups,
                }
            } else {
                ReciprocityPart::default()
            },
            composed_at: self.now(),
        })
    }
}
