//! Where a member holds a role: the ateliers they facilitate, for the features (collections,
//! forum moderation and categories) that facilitators steer.

use crate::accounts::CurrentUser;
use crate::{App, AppResult};
use domain::ateliers::{AtelierRole, MembershipStatus};
use store::memberships;

impl App {
    /// The ateliers the actor facilitates (or coordinates) as an active member, in one query.
    pub(crate) async fn facilitated_ateliers(&self, user: &CurrentUser) -> AppResult<Vec<i64>> {
        Ok(
            memberships::list_by_user(self.db(), user.user.id, MembershipStatus::Active.code())
                .await?
                .into_iter()
                .filter(|m| AtelierRole::from_code(&m.role).is_some_and(AtelierRole::facilitates))
                .map(|m| m.atelier_id)
                .collect(),
        )
    }
}
