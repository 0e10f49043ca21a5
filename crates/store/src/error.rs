//! Store errors: what callers can act on (a conflict, a missing row) apart from the rest.

/// An error from the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A unique constraint was violated (for example an e-mail address already in use).
    #[error("unique constraint violated")]
    Conflict,
    /// The database URL is not `sqlite:` or `postgres://`.
    #[error("unsupported database URL (use sqlite:… or postgres://…): {0}")]
    UnsupportedUrl(String),
    /// The operation exists only on the other backend.
    #[error("not supported on this database backend: {0}")]
    Unsupported(&'static str),
    /// A stored value that the code does not know (a corrupt or newer database).
    #[error("unexpected stored value in {column}: {value}")]
    BadValue {
        /// Which column.
        column: &'static str,
        /// What was stored.
        value: String,
    },
    /// Migrations failed.
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Any other database error.
    #[error("database error: {0}")]
    Sqlx(sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict,
            _ => StoreError::Sqlx(err),
        }
    }
}
