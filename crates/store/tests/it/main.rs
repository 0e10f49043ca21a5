//! Store integration tests: every store function, on SQLite by default and on PostgreSQL when
//! `TEST_DATABASE_URL` is set.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers fail the test loudly instead of handling errors"
)]

mod accounts;
mod atelier_activity;
mod ateliers;
mod backup;
mod event_meetings;
mod events;
mod events_between;
mod forum;
mod impact;
mod impact_plans;
mod impact_stories;
mod impact_tools;
mod jobs;
mod knowledge;
mod knowledge_parts;
mod migrations;
mod misc;
mod notifications;
mod reports;
mod reports_atelier;
mod search;
mod theories;
