//! The facilitator dashboard and the reciprocity numbers behind it and behind a member's own
//! balance.

use crate::accounts::{CurrentUser, ensure};
use crate::ateliers::Atelier;
use crate::{App, AppResult};
use domain::AtelierId;
use domain::ateliers::MembershipStatus;
use domain::reciprocity::{self, Activity, Aggregate, Balance};
use store::{activities, memberships};

/// A facilitator's view of an atelier: numbers only, no one's balance by name.
#[derive(Debug, Clone)]
pub struct Dashboard {
    /// The atelier.
    pub atelier: Atelier,
    /// Open join requests.
    pub open_requests: usize,
    /// Active members.
    pub members: usize,
    /// Members per background code, most first.
    pub by_background: Vec<(String, usize)>,
    /// Members taking part in meetings, public events, online.
    pub participation: [usize; 3],
    /// Recorded activities per 30-day period, oldest first: (periods ago, count).
    pub activity: Vec<(i64, i64)>,
    /// Give/take of all members together.
    pub reciprocity: Aggregate,
}

/// Length of one period in "activity over time".
pub const PERIOD_SECS: i64 = 30 * 24 * 60 * 60;
/// Periods shown.
pub const PERIODS: i64 = 6;

/// Turns (user, kind, count) rows into each user's balance.
pub(crate) fn balances(rows: &[(i64, String, i64)]) -> Vec<(i64, Balance)> {
    let mut users: Vec<i64> = rows.iter().map(|(u, _, _)| *u).collect();
    users.dedup();
    users
        .into_iter()
        .map(|user| {
            let activities: Vec<(Activity, u32)> = rows
                .iter()
                .filter(|(u, _, _)| *u == user)
                .filter_map(|(_, kind, n)| {
                    Some((Activity::from_code(kind)?, u32::try_from(*n).ok()?))
                })
                .collect();
            (user, reciprocity::balance(&activities))
        })
        .collect()
}

impl App {
    /// A member's own give/take balance in an atelier (only they see it).
    pub(crate) async fn own_balance(&self, atelier: AtelierId, user: i64) -> AppResult<Balance> {
        let own: Vec<(i64, String, i64)> = activities::count_by_user(self.db(), atelier)
            .await?
            .into_iter()
            .filter(|(who, _, _)| *who == user)
            .collect();
        Ok(balances(&own)
            .into_iter()
            .next()
            .map_or_else(|| reciprocity::balance(&[]), |(_, b)| b))
    }

    /// The facilitator dashboard of an atelier (facilitators, coordinators and admins).
    pub async fn atelier_dashboard(
        &self,
        user: &CurrentUser,
        id: AtelierId,
    ) -> AppResult<Dashboard> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(Some(user), &atelier).await?;
        ensure(may.decide)?;
        let members =
            memberships::list_by_atelier(self.db(), id, MembershipStatus::Active.code()).await?;
        let requests =
            memberships::list_by_atelier(self.db(), id, MembershipStatus::Requested.code()).await?;
        let mut by_background: Vec<(String, usize)> = Vec::new();
        for m in &members {
            match by_background
                .iter_mut()
                .find(|(code, _)| *code == m.background)
            {
                Some((_, n)) => *n += 1,
                None => by_background.push((m.background.clone(), 1)),
            }
        }
        by_background.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let participation = [
            members.iter().filter(|m| m.joins_meetings).count(),
            members.iter().filter(|m| m.joins_public_events).count(),
            members.iter().filter(|m| m.joins_online).count(),
        ];
        let counted =
            activities::count_by_period(self.db(), id, self.now(), PERIOD_SECS, PERIODS).await?;
        let activity = (0..PERIODS)
            .rev()
            .map(|ago| {
                (
                    ago,
                    counted
                        .iter()
                        .find(|(a, _)| *a == ago)
                        .map_or(0, |(_, n)| *n),
                )
            })
            .collect();
        // Every active member counts, also those without recorded activity ("new").
        let known = balances(&activities::count_by_user(self.db(), id).await?);
        let all: Vec<Balance> = members
            .iter()
            .map(|m| {
                known
                    .iter()
                    .find(|(u, _)| *u == m.user_id)
                    .map_or_else(|| reciprocity::balance(&[]), |(_, b)| *b)
            })
            .collect();
        Ok(Dashboard {
            atelier,
            open_requests: requests.len(),
            members: members.len(),
            by_background,
            participation,
            activity,
            reciprocity: reciprocity::aggregate(&all),
        })
    }
}
