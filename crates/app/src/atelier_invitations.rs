//! Inviting someone to an atelier by e-mail. The link works once, for 14 days, also for a person
//! without an account: they register first (even on an invitation-only platform) and then accept.

use crate::accounts::{CurrentUser, ensure};
use crate::admin::INVITATION_LIFETIME_SECS;
use crate::ateliers::{Atelier, active_role};
use crate::i18n::{self, Arg};
use crate::mail::OutgoingMail;
use crate::security::{new_token, token_hash};
use crate::{App, AppError, AppResult};
use domain::ateliers::{AtelierRole, JoinInput, MembershipStatus};
use domain::{AtelierId, FieldErrors, validation};
use store::atelier_invitations::{self, AtelierInvitationRow};
use store::memberships::{self, NewMembership};

impl App {
    /// Sends an invitation to an atelier (facilitators, coordinators and admins).
    pub async fn invite_to_atelier(
        &self,
        user: &CurrentUser,
        id: AtelierId,
        email: &str,
    ) -> AppResult<()> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(Some(user), &atelier).await?;
        ensure(may.decide)?;
        let mut errors = FieldErrors::new();
        let email = validation::email(&mut errors, "invite_email", email);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let token = new_token()?;
        let link = format!("{}/uitnodiging/{token}", self.config().base_url);
        let locale = user.user.locale;
        let args = [
            ("inviter", Arg::Text(&user.user.display_name)),
            ("atelier", Arg::Text(&atelier.row.name)),
            ("question", Arg::Text(&atelier.row.knowledge_question)),
            ("link", Arg::Text(&link)),
        ];
        let mail = OutgoingMail {
            to: email.clone(),
            subject: i18n::text_with(locale, "mail-atelier-invite-subject", &args),
            body: i18n::text_with(locale, "mail-atelier-invite-body", &args),
        };
        let now = self.now();
        let mut tx = self.db().begin().await?;
        atelier_invitations::insert(
            &mut tx,
            id,
            &email,
            &token_hash(&token),
            user.user.id,
            now,
            now + INVITATION_LIFETIME_SECS,
        )
        .await?;
        self.enqueue_mail(&mut tx, &mail).await?;
        tx.commit().await?;
        self.wake_worker();
        Ok(())
    }

    /// Open invitations of an atelier (for its facilitators).
    pub async fn open_atelier_invitations(
        &self,
        user: &CurrentUser,
        id: AtelierId,
    ) -> AppResult<Vec<AtelierInvitationRow>> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(Some(user), &atelier).await?;
        ensure(may.decide)?;
        Ok(atelier_invitations::list_open(self.db(), id, self.now()).await?)
    }

    /// The atelier an invitation link is for, while the link works.
    pub async fn atelier_invitation(&self, token: &str) -> AppResult<Option<Atelier>> {
        let Some(row) =
            atelier_invitations::find_valid(self.db(), &token_hash(token), self.now()).await?
        else {
            return Ok(None);
        };
        Ok(Some(self.atelier(AtelierId(row.atelier_id)).await?))
    }

    /// Accepts an invitation: the user becomes a member with the chosen participation. A
    /// present member keeps their role; the link is used up either way.
    pub async fn accept_atelier_invitation(
        &self,
        user: &CurrentUser,
        token: &str,
        input: &JoinInput,
    ) -> AppResult<Atelier> {
        let hash = token_hash(token);
        let invitation = atelier_invitations::find_valid(self.db(), &hash, self.now())
            .await?
            .ok_or(AppError::TokenInvalid)?;
        let id = AtelierId(invitation.atelier_id);
        let atelier = self.atelier(id).await?;
        let (participation, _) = input.validate().map_err(AppError::Invalid)?;
        let existing = memberships::find(self.db(), id, user.user.id).await?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        if !atelier_invitations::update_accepted(&mut tx, &hash, user.user.id, now).await? {
            return Err(AppError::TokenInvalid);
        }
        if active_role(existing.as_ref()).is_none() {
            let membership = NewMembership {
                atelier: id,
                user: user.user.id,
                role: AtelierRole::Member.code(),
                status: MembershipStatus::Active.code(),
                meetings: participation.meetings,
                public_events: participation.public_events,
                online: participation.online,
                request_message: "",
            };
            memberships::upsert(&mut tx, &membership, now).await?;
        }
        tx.commit().await?;
        Ok(atelier)
    }

    /// True when `token` is an unused atelier invitation (it also opens registration).
    pub(crate) async fn atelier_invitation_valid(&self, token_hash: &str) -> AppResult<bool> {
        Ok(
            atelier_invitations::find_valid(self.db(), token_hash, self.now())
                .await?
                .is_some(),
        )
    }
}
