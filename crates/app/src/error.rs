//! What a use case can answer besides success.

use domain::FieldErrors;

/// A use case's failure. `web/src/error.rs` maps each variant to a page or a status.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The input broke a rule; re-show the form with these messages.
    #[error("invalid input")]
    Invalid(FieldErrors),
    /// E-mail address and password do not match an account.
    #[error("wrong e-mail address or password")]
    InvalidCredentials,
    /// Too many attempts; try again later.
    #[error("too many attempts")]
    Throttled,
    /// A reset or invitation link that is unknown, used or expired.
    #[error("link unknown, used or expired")]
    TokenInvalid,
    /// Registration needs an invitation.
    #[error("registration is by invitation only")]
    InvitationRequired,
    /// The actor may not do this.
    #[error("forbidden")]
    Forbidden,
    /// The thing asked for does not exist (or may not be seen).
    #[error("not found")]
    NotFound,
    /// Hashing a password failed (out of memory, a broken stored hash).
    #[error("password hashing failed: {0}")]
    Hashing(String),
    /// Sending mail failed.
    #[error("mail failed: {0}")]
    Mail(String),
    /// Shipped content is broken.
    #[error("content error: {0}")]
    Content(String),
    /// Reading or writing an uploaded file in the data folder failed.
    #[error("file storage failed: {0}")]
    Files(String),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

impl AppError {
    /// A single field problem as an `Invalid` error.
    pub fn field(field: &'static str, key: &'static str) -> AppError {
        let mut errors = FieldErrors::new();
        errors.add(field, key);
        AppError::Invalid(errors)
    }
}

/// Result of a use case.
pub type AppResult<T> = Result<T, AppError>;
