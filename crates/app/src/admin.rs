//! Platform administration: how people may register, and invitations.

use crate::accounts::{CurrentUser, ensure};
use crate::i18n::{self, Arg};
use crate::mail::OutgoingMail;
use crate::security::{new_token, token_hash};
use crate::{App, AppError, AppResult};
use domain::accounts::RegistrationMode;
use domain::permissions::{Action, can};
use domain::{FieldErrors, validation};
use store::{invitations, settings};

const REGISTRATION_SETTING: &str = "registration_mode";
/// An invitation link works this long.
pub const INVITATION_LIFETIME_SECS: i64 = 14 * 24 * 60 * 60;

/// An invitation not yet used, for the admin page.
#[derive(Debug, Clone)]
pub struct OpenInvitation {
    /// Who was invited.
    pub email: String,
    /// Until when the link works (unix seconds).
    pub expires_at: i64,
}

impl App {
    /// How new people may register (open unless an admin chose otherwise).
    pub async fn registration_mode(&self) -> AppResult<RegistrationMode> {
        let stored = settings::find(self.db(), REGISTRATION_SETTING).await?;
        Ok(stored
            .as_deref()
            .and_then(RegistrationMode::from_code)
            .unwrap_or_default())
    }

    /// Changes how new people may register.
    pub async fn set_registration_mode(
        &self,
        actor: &CurrentUser,
        mode: RegistrationMode,
    ) -> AppResult<()> {
        ensure(can(actor.user.actor(), Action::ManagePlatform))?;
        settings::upsert(self.db(), REGISTRATION_SETTING, mode.code(), self.now()).await?;
        tracing::info!(
            admin = actor.user.id.0,
            mode = mode.code(),
            "registration mode changed"
        );
        Ok(())
    }

    /// Invites someone by mail to register; the link works for 14 days, once.
    pub async fn invite(&self, actor: &CurrentUser, email: &str) -> AppResult<()> {
        ensure(can(actor.user.actor(), Action::InviteMembers))?;
        let mut errors = FieldErrors::new();
        let email = validation::email(&mut errors, "email", email);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let token = new_token()?;
        let now = self.now();
        let link = format!("{}/registreren?uitnodiging={token}", self.config().base_url);
        let locale = actor.user.locale;
        let mail = OutgoingMail {
            to: email.clone(),
            subject: i18n::text(locale, "mail-invite-subject"),
            body: i18n::text_with(
                locale,
                "mail-invite-body",
                &[
                    ("inviter", Arg::Text(&actor.user.display_name)),
                    ("link", Arg::Text(&link)),
                ],
            ),
        };
        let mut tx = self.db().begin().await?;
        invitations::insert(
            &mut tx,
            &token_hash(&token),
            &email,
            actor.user.id,
            now,
            now + INVITATION_LIFETIME_SECS,
        )
        .await?;
        self.enqueue_mail(&mut tx, &mail).await?;
        tx.commit().await?;
        self.wake_worker();
        Ok(())
    }

    /// True when an invitation token is unused and not expired.
    pub async fn invitation_valid(&self, token: &str) -> AppResult<bool> {
        if token.is_empty() {
            return Ok(false);
        }
        let hash = token_hash(token);
        let platform = invitations::find_valid(self.db(), &hash, self.now())
            .await?
            .is_some();
        Ok(platform || self.atelier_invitation_valid(&hash).await?)
    }

    /// Invitations that have not been used yet.
    pub async fn open_invitations(&self, actor: &CurrentUser) -> AppResult<Vec<OpenInvitation>> {
        ensure(can(actor.user.actor(), Action::ManagePlatform))?;
        let rows = invitations::list_open(self.db(), self.now()).await?;
        Ok(rows
            .into_iter()
            .map(|r| OpenInvitation {
                email: r.email,
                expires_at: r.expires_at,
            })
            .collect())
    }
}
