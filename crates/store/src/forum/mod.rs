//! The forum's tables: categories, threads and posts (with their edit history).

pub mod categories;
pub mod moderation;
pub mod posts;
pub mod reads;
pub mod threads;
pub mod watches;
