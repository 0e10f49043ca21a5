//! Structured logs: readable lines by default, JSON for log collectors. Every request's lines
//! carry its request id (a tracing span set by the web layer).

use tracing_subscriber::EnvFilter;

/// Starts logging. The level comes from `RUST_LOG` (default `info`).
pub fn init(format: &str) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    if format == "json" {
        builder.json().with_current_span(true).init();
    } else {
        builder.init();
    }
}
