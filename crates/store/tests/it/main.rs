//! Store integration tests: every store function, on SQLite by default and on PostgreSQL when
//! `TEST_DATABASE_URL` is set.

mod accounts;
mod backup;
mod jobs;
mod migrations;
mod misc;
