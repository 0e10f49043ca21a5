//! Shared pieces of the benchmarks: deterministic Dutch-looking text, latency statistics and
//! the description of the machine a figure was measured on.

mod app;
pub mod stats;
pub use app::bench_app;
pub use generate::textgen;
