//! App integration tests: mail over a real SMTP connection, the job queue's retries, and the
//! events' waiting list under concurrency.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers fail the test loudly instead of handling errors"
)]

mod events;
mod mail;
mod smtp_sink;
