//! App integration tests: mail over a real SMTP connection, the job queue's retries.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers fail the test loudly instead of handling errors"
)]

mod mail;
mod smtp_sink;
