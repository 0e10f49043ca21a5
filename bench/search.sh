#!/usr/bin/env bash
# Search benchmark on SQLite and PostgreSQL: 10k knowledge items + 100k other documents,
# generated with a fixed seed; prints one table per backend (see docs/PERFORMANCE.md).
# Usage: bench/search.sh [knowledge] [other]     PostgreSQL: BENCH_DATABASE_URL (default
# postgres://postgres@127.0.0.1:5432/test); skipped when it does not answer.
set -euo pipefail
cd "$(dirname "$0")/.."
knowledge="${1:-10000}"
other="${2:-100000}"
cargo build --release -p bench --bin search
./target/release/search sqlite "$knowledge" "$other"
url="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
if command -v pg_isready >/dev/null && pg_isready -d "$url" >/dev/null 2>&1; then
  BENCH_DATABASE_URL="$url" ./target/release/search postgres "$knowledge" "$other"
else
  echo "PostgreSQL at $url does not answer: PostgreSQL part skipped"
fi
