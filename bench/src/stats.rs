//! Latency statistics and the machine a figure was measured on.

use std::time::Duration;

/// Percentiles of a set of latencies, in milliseconds.
#[derive(Debug, Clone, Copy)]
pub struct Summary {
    /// Requests measured.
    pub count: usize,
    /// Median.
    pub p50: f64,
    /// 95th percentile.
    pub p95: f64,
    /// 99th percentile.
    pub p99: f64,
    /// Requests per second over the measured time.
    pub per_second: f64,
}

/// Summarises latencies measured over `wall` time.
pub fn summarise(mut latencies: Vec<Duration>, wall: Duration) -> Summary {
    latencies.sort_unstable();
    let at = |q: f64| {
        let i = ((latencies.len() as f64 - 1.0) * q).round() as usize;
        latencies.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    Summary {
        count: latencies.len(),
        p50: at(0.50),
        p95: at(0.95),
        p99: at(0.99),
        per_second: latencies.len() as f64 / wall.as_secs_f64().max(1e-9),
    }
}

/// A one-line description of this machine: CPU model and count, memory.
pub fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map_or("unknown CPU", str::trim)
        .to_owned();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let memory = std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("MemTotal"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or_else(
            || "? GiB".to_owned(),
            |kb| format!("{:.0} GiB", kb as f64 / 1_048_576.0),
        );
    format!("{model}, {cores} cores, {memory}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_of_a_known_set() {
        let latencies = (1..=100).map(Duration::from_millis).collect();
        let s = summarise(latencies, Duration::from_secs(2));
        assert_eq!((s.count, s.p50, s.p95, s.p99), (100, 51.0, 95.0, 99.0));
        assert!((s.per_second - 50.0).abs() < 1e-9);
    }
}
