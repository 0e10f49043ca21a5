//! Forgotten passwords: a single-use link by mail that works for one hour.

use crate::accounts::{SESSION_LIFETIME_SECS, Session};
use crate::i18n::{self, Arg};
use crate::mail::OutgoingMail;
use crate::security::{hash_password, new_token, token_hash};
use crate::throttle::{RESET_PER_EMAIL, RESET_PER_IP};
use crate::{App, AppError, AppResult};
use domain::{FieldErrors, validation};
use store::{password_resets, sessions, users};

/// A reset link works this long.
pub const RESET_LIFETIME_SECS: i64 = 60 * 60;

impl App {
    /// Sends a reset link if the address belongs to an account. The answer is the same either
    /// way, so the form does not reveal who has an account.
    pub async fn request_password_reset(&self, email: &str, client_ip: &str) -> AppResult<()> {
        let mut errors = FieldErrors::new();
        let email = validation::email(&mut errors, "email", email);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let email_key = format!("reset:email:{email}");
        let ip_key = format!("reset:ip:{client_ip}");
        self.check_throttle(&email_key, &RESET_PER_EMAIL).await?;
        self.check_throttle(&ip_key, &RESET_PER_IP).await?;
        self.hit_throttle(&email_key, &RESET_PER_EMAIL).await?;
        self.hit_throttle(&ip_key, &RESET_PER_IP).await?;

        let Some(row) = users::find_by_email(self.db(), &email).await? else {
            tracing::info!("password reset asked for an unknown address");
            return Ok(());
        };
        let user = row.to_user()?;
        let token = new_token()?;
        let now = self.now();
        let link = format!("{}/wachtwoord-herstellen/{token}", self.config().base_url);
        // The mail speaks the account's language: its holder reads it, perhaps much later.
        let mail_locale = user.locale;
        let mail = OutgoingMail {
            to: user.email.clone(),
            subject: i18n::text(mail_locale, "mail-reset-subject"),
            body: i18n::text_with(
                mail_locale,
                "mail-reset-body",
                &[
                    ("name", Arg::Text(&user.display_name)),
                    ("link", Arg::Text(&link)),
                ],
            ),
        };
        let mut tx = self.db().begin().await?;
        password_resets::insert(
            &mut tx,
            &token_hash(&token),
            user.id,
            now,
            now + RESET_LIFETIME_SECS,
        )
        .await?;
        self.enqueue_mail(&mut tx, &mail).await?;
        tx.commit().await?;
        self.wake_worker();
        Ok(())
    }

    /// True when a reset link is still usable (to show the form or explain it expired).
    pub async fn reset_link_valid(&self, token: &str) -> AppResult<bool> {
        Ok(
            password_resets::find_valid(self.db(), &token_hash(token), self.now())
                .await?
                .is_some(),
        )
    }

    /// Sets a new password through a reset link, uses the link up, ends every session of the
    /// account and logs this browser in.
    pub async fn reset_password(&self, token: &str, new_password: &str) -> AppResult<Session> {
        let hash = token_hash(token);
        let user_id = password_resets::find_valid(self.db(), &hash, self.now())
            .await?
            .ok_or(AppError::TokenInvalid)?;
        let row = users::find_by_id(self.db(), user_id)
            .await?
            .ok_or(AppError::TokenInvalid)?;
        let mut errors = FieldErrors::new();
        domain::accounts::check_new_password(&mut errors, "password", new_password, &row.email);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let password_hash = hash_password(new_password.to_owned()).await?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        // Using the token up in the same statement that checks it: two submissions, one wins.
        if password_resets::update_used(&mut tx, &hash, now)
            .await?
            .is_none()
        {
            return Err(AppError::TokenInvalid);
        }
        users::update_password(&mut tx, user_id, &password_hash, now).await?;
        password_resets::delete_for_user(&mut tx, user_id).await?;
        sessions::delete_for_user_except(&mut tx, user_id, None).await?;
        let session_token = new_token()?;
        sessions::insert(
            &mut tx,
            &token_hash(&session_token),
            user_id,
            now,
            now + SESSION_LIFETIME_SECS,
        )
        .await?;
        tx.commit().await?;
        tracing::info!(user = user_id.0, "password reset");
        Ok(Session {
            token: session_token,
            user: row.to_user()?,
        })
    }
}
