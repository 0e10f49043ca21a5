//! Use cases of Leeratelier: each public function checks permissions, applies the rules of
//! `domain`, calls `store` (in one transaction when it writes more than one row) and queues
//! side effects such as mail.

pub mod accounts;
pub mod admin;
pub mod agenda;
pub mod atelier_invitations;
pub mod atelier_members;
pub mod atelier_settings;
pub mod ateliers;
mod clock;
pub mod dashboard;
pub mod demo;
pub mod directory;
mod error;
pub mod events;
pub mod forum;
pub mod i18n;
pub mod impact;
pub mod jobs;
pub mod keuzehulp;
pub mod knowledge;
pub mod mail;
pub mod notifications;
pub mod overview;
pub mod password_reset;
pub mod reports;
mod roles;
pub mod security;
pub mod theories;
mod throttle;
pub mod werkplaats_settings;

pub use clock::Clock;
pub use error::{AppError, AppResult};
pub use mail::{MailConfig, Mailer};
/// The store's count of writes made by this process (see `store::write_generation`), for
/// caches of rendered pages.
pub use store::write_generation;

use std::sync::Arc;

/// Settings the use cases need from the configuration.
#[derive(Clone, Debug)]
pub struct AppConfig {
    /// Public address of the platform, for links in mail (no trailing slash).
    pub base_url: String,
    /// Whether demo content (and its documented passwords) is shown.
    pub demo: bool,
    /// The data folder: uploaded files live under it (`attachments/`), created when needed.
    pub data_dir: std::path::PathBuf,
}

/// The application: database, configuration, mail and clock, cheap to clone.
#[derive(Clone)]
pub struct App {
    inner: Arc<Inner>,
}

struct Inner {
    db: store::Db,
    config: AppConfig,
    mailer: Mailer,
    clock: Clock,
    jobs_waiting: tokio::sync::Notify,
    kept_posts: forum::kept_posts::KeptPosts,
}

impl App {
    /// Wires the application together.
    pub fn new(db: store::Db, config: AppConfig, mailer: Mailer, clock: Clock) -> App {
        App {
            inner: Arc::new(Inner {
                db,
                config,
                mailer,
                clock,
                jobs_waiting: Default::default(),
                kept_posts: Default::default(),
            }),
        }
    }

    /// The same application with demo content switched on or off (decided after seeding).
    pub fn with_demo(&self, demo: bool) -> App {
        let inner = &self.inner;
        let config = AppConfig {
            demo,
            ..inner.config.clone()
        };
        App::new(
            inner.db.clone(),
            config,
            inner.mailer.clone(),
            inner.clock.clone(),
        )
    }

    /// The database.
    pub fn db(&self) -> &store::Db {
        &self.inner.db
    }

    /// This application's kept pages of forum posts.
    pub(crate) fn kept_posts(&self) -> &forum::kept_posts::KeptPosts {
        &self.inner.kept_posts
    }

    /// The configuration.
    pub fn config(&self) -> &AppConfig {
        &self.inner.config
    }

    /// The clock (fixed in tests).
    pub fn clock(&self) -> &Clock {
        &self.inner.clock
    }

    /// Current time in unix seconds.
    pub fn now(&self) -> i64 {
        self.inner.clock.now()
    }

    /// True when the database answers.
    pub async fn healthy(&self) -> bool {
        self.inner.db.ping().await.is_ok()
    }
}
