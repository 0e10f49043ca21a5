#!/usr/bin/env bash
# Impact dashboard benchmark on SQLite and PostgreSQL: 1,000,000 measurements (25,000
# participants × 10 indicators × 4 timepoints), generated with a fixed seed; prints one table
# per backend (see docs/PERFORMANCE.md). Target: the dashboard in ≤ 200 ms.
# Usage: bench/dashboard.sh [participants]     PostgreSQL: BENCH_DATABASE_URL (default
# postgres://postgres@127.0.0.1:5432/test); skipped when it does not answer.
set -euo pipefail
cd "$(dirname "$0")/.."
participants="${1:-25000}"
cargo build --release -p bench --bin dashboard
./target/release/dashboard sqlite "$participants"
url="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
if command -v pg_isready >/dev/null && pg_isready -d "$url" >/dev/null 2>&1; then
  BENCH_DATABASE_URL="$url" ./target/release/dashboard postgres "$participants"
else
  echo "PostgreSQL at $url does not answer: PostgreSQL part skipped"
fi
