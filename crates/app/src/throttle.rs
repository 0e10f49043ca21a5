//! Limits on log-in, reset and guest-registration attempts, counted in the database per fixed
//! time window.

use crate::{App, AppError, AppResult};

/// A limit: at most `max` attempts per `window` seconds.
pub(crate) struct Limit {
    pub max: i64,
    pub window: i64,
}

/// Failed log-ins per e-mail address: 5 per 15 minutes.
pub(crate) const LOGIN_PER_EMAIL: Limit = Limit {
    max: 5,
    window: 15 * 60,
};
/// Failed log-ins per network address: 30 per 15 minutes.
pub(crate) const LOGIN_PER_IP: Limit = Limit {
    max: 30,
    window: 15 * 60,
};
/// Reset requests per e-mail address: 3 per hour.
pub(crate) const RESET_PER_EMAIL: Limit = Limit {
    max: 3,
    window: 60 * 60,
};
/// Reset requests per network address: 10 per hour.
pub(crate) const RESET_PER_IP: Limit = Limit {
    max: 10,
    window: 60 * 60,
};

/// Guest registrations for events per e-mail address: 3 per hour (each sends a mail).
pub(crate) const GUEST_PER_EMAIL: Limit = Limit {
    max: 3,
    window: 60 * 60,
};
/// Guest registrations per network address: 20 per hour.
pub(crate) const GUEST_PER_IP: Limit = Limit {
    max: 20,
    window: 60 * 60,
};

impl App {
    fn window_start(&self, limit: &Limit) -> i64 {
        let now = self.now();
        now - now.rem_euclid(limit.window)
    }

    /// `Err(Throttled)` when `key` has used up its attempts in the current window.
    pub(crate) async fn check_throttle(&self, key: &str, limit: &Limit) -> AppResult<()> {
        let hits = store::throttle::count(self.db(), key, self.window_start(limit)).await?;
        if hits >= limit.max {
            Err(AppError::Throttled)
        } else {
            Ok(())
        }
    }

    /// Counts one attempt for `key`.
    pub(crate) async fn hit_throttle(&self, key: &str, limit: &Limit) -> AppResult<()> {
        store::throttle::hit(self.db(), key, self.window_start(limit)).await?;
        Ok(())
    }

    /// Forgets the attempts for `key`.
    pub(crate) async fn clear_throttle(&self, key: &str) -> AppResult<()> {
        store::throttle::delete(self.db(), key).await?;
        Ok(())
    }
}
