//! Web integration tests: real HTTP requests through the whole router and middleware, on a
//! real database (SQLite, or PostgreSQL with `TEST_DATABASE_URL`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers fail the test loudly instead of handling errors"
)]

mod accounts;
mod admin;
mod atelier_home;
mod atelier_roles;
mod atelier_settings;
mod atelier_tools;
mod ateliers;
mod events;
mod events_guests;
mod events_planning;
mod events_sessions;
mod forum;
mod forum_cache;
mod forum_harvest;
mod forum_moderation;
mod impact;
mod impact_flows;
mod impact_shared;
mod impact_stories;
mod impact_tools;
mod keuzehulp;
mod keuzehulp_plans;
mod knowledge;
mod knowledge_access;
mod knowledge_parts;
mod locales;
mod locales_impact;
mod locales_keuzehulp;
mod members;
mod notifications;
mod page_weight;
mod reports;
mod reports_atelier;
mod reports_gaps;
mod reset;
mod routes;
mod routes_reports;
mod security;
mod shell;
mod support;
mod theories;
mod theories_editor;
mod theories_review;
mod two_instances;
