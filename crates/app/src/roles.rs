//! Where a member stands: what they may read (their scope, shared by search, the forum and
//! collections) and the ateliers they facilitate (for the features facilitators steer).

use crate::accounts::CurrentUser;
use crate::{App, AppResult};
use domain::ateliers::{AtelierRole, MembershipStatus};
use domain::search::Scope;
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

    /// True when the actor is an active member of `atelier` (false for none).
    pub(crate) async fn active_in(
        &self,
        user: &CurrentUser,
        atelier: Option<i64>,
    ) -> AppResult<bool> {
        let Some(atelier) = atelier else {
            return Ok(false);
        };
        let membership =
            memberships::find(self.db(), domain::AtelierId(atelier), user.user.id).await?;
        Ok(crate::ateliers::active_role(membership.as_ref()).is_some())
    }

    /// What the actor may read: nothing but public things when anonymous, everything as admin.
    pub(crate) async fn reader_scope(&self, user: Option<&CurrentUser>) -> AppResult<Scope> {
        Ok(match user {
            None => Scope::default(),
            Some(u) if u.user.is_admin => Scope {
                admin: true,
                ..Scope::default()
            },
            Some(u) => {
                let (werkplaatsen, ateliers) =
                    store::memberships::list_scope(self.db(), u.user.id).await?;
                Scope {
                    admin: false,
                    werkplaatsen,
                    ateliers,
                }
            }
        })
    }
}
