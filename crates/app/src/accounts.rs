//! Accounts: register, log in and out, the current user, profile, password change.

use crate::security::{hash_password, new_token, token_hash, verify_password};
use crate::throttle::{LOGIN_PER_EMAIL, LOGIN_PER_IP};
use crate::{App, AppError, AppResult};
use domain::accounts::{
    NewRegistration, ProfileInput, RegistrationInput, RegistrationMode, User, check_new_password,
};
use domain::permissions::{Action, can};
use domain::{FieldErrors, Locale};
use store::{StoreError, invitations, sessions, users};

/// A session lives 30 days after its last use.
pub const SESSION_LIFETIME_SECS: i64 = 30 * 24 * 60 * 60;
/// Sliding expiry is written at most this often, so page views do not all write.
const SESSION_REFRESH_SECS: i64 = 60 * 60;

/// A logged-in session: the secret for the cookie and whose it is.
#[derive(Debug, Clone)]
pub struct Session {
    /// The cookie value (only its hash is stored).
    pub token: String,
    /// The user.
    pub user: User,
}

/// The user behind a session cookie, with the session's hash (to end it or keep it).
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// The user.
    pub user: User,
    /// SHA-256 of the session token.
    pub session_hash: String,
}

impl App {
    /// Registers a new account and logs it in. With registration by invitation only, `invitation`
    /// must be a valid invitation token. Nothing is stored when any step fails.
    pub async fn register(
        &self,
        input: &RegistrationInput,
        invitation: Option<&str>,
        locale: Locale,
    ) -> AppResult<Session> {
        let mode = self.registration_mode().await?;
        let invitation_hash = invitation.filter(|t| !t.is_empty()).map(token_hash);
        if mode == RegistrationMode::InvitationOnly {
            let Some(hash) = &invitation_hash else {
                return Err(AppError::InvitationRequired);
            };
            // A platform invitation, or an invitation to an atelier, opens registration.
            let platform = invitations::find_valid(self.db(), hash, self.now())
                .await?
                .is_some();
            if !platform && !self.atelier_invitation_valid(hash).await? {
                return Err(AppError::TokenInvalid);
            }
        }
        let accepted: NewRegistration = input.validate().map_err(AppError::Invalid)?;
        let password_hash = hash_password(accepted.password.clone()).await?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        let new_user = users::NewUser {
            email: &accepted.email,
            password_hash: &password_hash,
            display_name: &accepted.display_name,
            organisation: &accepted.organisation,
            background: accepted.background,
            locale,
            is_admin: false,
        };
        let id = match users::insert(&mut tx, &new_user, now).await {
            Err(StoreError::Conflict) => return Err(AppError::field("email", "error-email-taken")),
            other => other?,
        };
        if let Some(hash) = &invitation_hash {
            // A platform invitation is used up by the registration it enabled (open mode ignores
            // it); an atelier invitation stays valid until it is accepted on its own page.
            let used = invitations::update_accepted(&mut tx, hash, now).await?
                || self.atelier_invitation_valid(hash).await?;
            if !used && mode == RegistrationMode::InvitationOnly {
                return Err(AppError::TokenInvalid);
            }
        }
        let token = new_token()?;
        sessions::insert(
            &mut tx,
            &token_hash(&token),
            id,
            now,
            now + SESSION_LIFETIME_SECS,
        )
        .await?;
        let row = users::find_by_id(&mut tx, id)
            .await?
            .ok_or(AppError::NotFound)?;
        tx.commit().await?;
        tracing::info!(user = id.0, "account registered");
        Ok(Session {
            token,
            user: row.to_user()?,
        })
    }

    /// Logs in with e-mail address and password. Unknown addresses and wrong passwords get the
    /// same answer in the same time; repeated failures are throttled per address and per IP.
    pub async fn log_in(&self, email: &str, password: &str, client_ip: &str) -> AppResult<Session> {
        let email = email.trim().to_lowercase();
        let email_key = format!("login:email:{email}");
        let ip_key = format!("login:ip:{client_ip}");
        self.check_throttle(&email_key, &LOGIN_PER_EMAIL).await?;
        self.check_throttle(&ip_key, &LOGIN_PER_IP).await?;

        let row = users::find_by_email(self.db(), &email).await?;
        let stored = row.as_ref().map(|r| r.password_hash.clone());
        // Always verifies (against a dummy hash for unknown addresses): same answer, same time.
        let verified = verify_password(password.to_owned(), stored).await?;
        let Some(row) = row.filter(|_| verified) else {
            self.hit_throttle(&email_key, &LOGIN_PER_EMAIL).await?;
            self.hit_throttle(&ip_key, &LOGIN_PER_IP).await?;
            return Err(AppError::InvalidCredentials);
        };
        self.clear_throttle(&email_key).await?;
        let token = new_token()?;
        let now = self.now();
        let user = row.to_user()?;
        sessions::insert(
            self.db(),
            &token_hash(&token),
            user.id,
            now,
            now + SESSION_LIFETIME_SECS,
        )
        .await?;
        tracing::info!(user = row.id, "logged in");
        Ok(Session { token, user })
    }

    /// Ends the session with this cookie value.
    pub async fn log_out(&self, token: &str) -> AppResult<()> {
        sessions::delete(self.db(), &token_hash(token)).await?;
        Ok(())
    }

    /// The user whose live session has this cookie value, if any; extends the session.
    pub async fn current_user(&self, token: &str) -> AppResult<Option<CurrentUser>> {
        let hash = token_hash(token);
        let now = self.now();
        let Some((user_id, last_seen)) =
            sessions::find_by_token_hash(self.db(), &hash, now).await?
        else {
            return Ok(None);
        };
        if now - last_seen > SESSION_REFRESH_SECS {
            sessions::update_seen(self.db(), &hash, now, now + SESSION_LIFETIME_SECS).await?;
        }
        let Some(row) = users::find_by_id(self.db(), user_id).await? else {
            return Ok(None);
        };
        Ok(Some(CurrentUser {
            user: row.to_user()?,
            session_hash: hash,
        }))
    }

    /// Changes the password after checking the current one, and ends every other session of
    /// the user (a stolen session stops working once the owner changes the password).
    pub async fn change_password(
        &self,
        actor: &CurrentUser,
        current_password: &str,
        new_password: &str,
    ) -> AppResult<()> {
        ensure(can(actor.user.actor(), Action::ManageOwnAccount))?;
        let mut errors = FieldErrors::new();
        check_new_password(&mut errors, "new_password", new_password, &actor.user.email);
        let row = users::find_by_id(self.db(), actor.user.id)
            .await?
            .ok_or(AppError::NotFound)?;
        if current_password.is_empty() {
            errors.add("current_password", "error-required");
        } else if !verify_password(current_password.to_owned(), Some(row.password_hash)).await? {
            errors.add("current_password", "error-password-wrong");
        }
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let hash = hash_password(new_password.to_owned()).await?;
        let mut tx = self.db().begin().await?;
        users::update_password(&mut tx, actor.user.id, &hash, self.now()).await?;
        let ended =
            sessions::delete_for_user_except(&mut tx, actor.user.id, Some(&actor.session_hash))
                .await?;
        tx.commit().await?;
        tracing::info!(
            user = actor.user.id.0,
            other_sessions_ended = ended,
            "password changed"
        );
        Ok(())
    }

    /// Saves the profile form.
    pub async fn update_profile(
        &self,
        actor: &CurrentUser,
        input: &ProfileInput,
    ) -> AppResult<User> {
        ensure(can(actor.user.actor(), Action::ManageOwnAccount))?;
        let update = input.validate().map_err(AppError::Invalid)?;
        users::update_profile(self.db(), actor.user.id, &update, self.now()).await?;
        let row = users::find_by_id(self.db(), actor.user.id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(row.to_user()?)
    }

    /// Remembers the language a logged-in member switched to.
    pub async fn set_locale(&self, actor: &CurrentUser, locale: Locale) -> AppResult<()> {
        users::update_locale(self.db(), actor.user.id, locale, self.now()).await?;
        Ok(())
    }
}

/// `Err(Forbidden)` unless allowed.
pub(crate) fn ensure(allowed: bool) -> AppResult<()> {
    if allowed {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
