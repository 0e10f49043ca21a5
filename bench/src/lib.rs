//! Shared pieces of the benchmarks: deterministic Dutch-looking text, latency statistics and
//! the description of the machine a figure was measured on.

pub mod stats;
pub use generate::textgen;
