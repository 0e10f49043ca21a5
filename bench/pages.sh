#!/usr/bin/env bash
# Pages and writes benchmark (issue 11) on SQLite and PostgreSQL: the event calendar, an
# atelier's home page and posting forum replies (one writer, four at once), over
# `leeratelier generate`'s data (5,000 events, 10,000 knowledge items, the forum, a small impact
# model per atelier), in-process through the router, alternating with GET /healthz. Prints one
# table per backend (see docs/PERFORMANCE.md).
# Usage: bench/pages.sh [members] [posts]     PostgreSQL: BENCH_DATABASE_URL (default
# postgres://postgres@127.0.0.1:5432/test); skipped when it does not answer.
set -euo pipefail
cd "$(dirname "$0")/.."
members="${1:-10000}"
posts="${2:-100000}"
cargo build --release -p bench --bin pages
./target/release/pages sqlite "$members" "$posts"
url="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
if command -v pg_isready >/dev/null && pg_isready -d "$url" >/dev/null 2>&1; then
  BENCH_DATABASE_URL="$url" ./target/release/pages postgres "$members" "$posts"
else
  echo "PostgreSQL at $url does not answer: PostgreSQL part skipped"
fi
