//! The time source: the system clock, or a clock tests can move forward.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// Where "now" comes from.
#[derive(Clone, Debug)]
pub enum Clock {
    /// The system clock.
    System,
    /// A clock that stands still until a test moves it.
    Fixed(Arc<AtomicI64>),
}

impl Clock {
    /// A test clock starting at `unix_seconds`.
    pub fn fixed(unix_seconds: i64) -> Clock {
        Clock::Fixed(Arc::new(AtomicI64::new(unix_seconds)))
    }

    /// Current time in unix seconds.
    pub fn now(&self) -> i64 {
        match self {
            Clock::System => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or_default(),
            Clock::Fixed(now) => now.load(Ordering::SeqCst),
        }
    }

    /// Moves a test clock forward; the system clock ignores this.
    pub fn advance(&self, seconds: i64) {
        if let Clock::Fixed(now) = self {
            now.fetch_add(seconds, Ordering::SeqCst);
        }
    }
}
