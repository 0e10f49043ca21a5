//! Who takes part in an atelier: the first few on its home page (those who lead it first) with
//! the count of everyone, and the full list on a page of its own, so a large atelier's home
//! page does not list hundreds of people on every visit.

use crate::accounts::CurrentUser;
use crate::ateliers::Atelier;
use crate::{App, AppError, AppResult};
use domain::AtelierId;
use domain::ateliers::MembershipStatus;
use store::memberships;
pub use store::memberships::MembershipRow;

/// Members shown on an atelier's home page; the rest are on its members page.
pub const MEMBERS_ON_HOME: i64 = 24;

/// An atelier's full list of members.
#[derive(Debug, Clone)]
pub struct MembersPage {
    /// The atelier.
    pub atelier: Atelier,
    /// Every active member, by name.
    pub members: Vec<MembershipRow>,
    /// The actor may remove members (facilitators, coordinators, admins).
    pub may_remove: bool,
}

impl App {
    /// The first members for an atelier's home page, and how many there are in all.
    pub(crate) async fn home_members(&self, id: AtelierId) -> AppResult<(Vec<MembershipRow>, i64)> {
        let active = MembershipStatus::Active.code();
        Ok((
            memberships::list_first_by_atelier(self.db(), id, active, MEMBERS_ON_HOME).await?,
            memberships::count_by_atelier(self.db(), id, active).await?,
        ))
    }

    /// Everyone taking part in an atelier, for those who may see its members.
    pub async fn atelier_members(
        &self,
        user: Option<&CurrentUser>,
        id: AtelierId,
    ) -> AppResult<MembersPage> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(user, &atelier).await?;
        if !may.view {
            return Err(AppError::NotFound);
        }
        let members =
            memberships::list_by_atelier(self.db(), id, MembershipStatus::Active.code()).await?;
        Ok(MembersPage {
            atelier,
            members,
            may_remove: may.decide,
        })
    }
}
