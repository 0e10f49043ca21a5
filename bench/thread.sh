#!/usr/bin/env bash
# Thread-page benchmark (issue 5): an anonymous visitor reads a public thread of 50 posts over
# generated data (10k members, 100k posts). wrk at 32 connections against the platform and,
# alternating round by round, against nginx serving the very same bytes as a static file.
# Prints requests/s, p50, p99 and the ratio; target: ratio >= 0.5, p99 <= 25 ms.
# Usage: bench/thread.sh [rounds] [seconds]     Needs: wrk, nginx (installed with apt when absent).
# Generated data is kept in target/bench-data/thread (delete it to generate again).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
seconds="${2:-10}"
connections=32
app_port=18080
nginx_port=18081

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    echo "installing $tool (Debian package)"
    apt-get install -y -qq "$tool" >/dev/null
  fi
done
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

for port in $app_port $nginx_port; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is in use: stop what listens there first"; exit 1
  fi
done

cargo build --release -p leeratelier
bin=./target/release/leeratelier
data=target/bench-data/thread
if [ ! -f "$data/generated.txt" ]; then
  rm -rf "$data"
  mkdir -p "$data"
  "$bin" --data-dir "$data" generate | tee "$data/generated.txt.part"
  mv "$data/generated.txt.part" "$data/generated.txt"
fi
thread="$(sed -n 's/^thread of 50 posts: //p' "$data/generated.txt")"

work="$(mktemp -d)"
mkdir -p "$work/www" "$work/tmp"
# nginx's workers run as another user when started by root: they must be able to read.
chmod 755 "$work" "$work/www"
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" --data-dir "$data" --bind "127.0.0.1:$app_port" --demo=false >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$app_port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
app_url="http://127.0.0.1:$app_port$thread"
curl -fs "$app_url" -o "$work/www/thread.html"
chmod 644 "$work/www/thread.html"
posts="$(grep -o 'class="post"' "$work/www/thread.html" | wc -l)"
bytes="$(wc -c <"$work/www/thread.html")"

sed -e "s|@DIR@|$work|g" -e "s|@PORT@|$nginx_port|g" bench/http/nginx.conf.in >"$work/nginx.conf"
"$NGINX" -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 1 50); do
  curl -fs "http://127.0.0.1:$nginx_port/thread.html" >/dev/null 2>&1 && break
  sleep 0.1
done
nginx_url="http://127.0.0.1:$nginx_port/thread.html"
served="$(curl -fs "$nginx_url" | wc -c)"
[ "$served" = "$bytes" ] || { echo "nginx serves $served bytes, not $bytes"; exit 1; }

measure() { # url -> "rps p50 p99 errors requests"
  wrk -t2 -c"$connections" -d"${seconds}s" -s bench/http/report.lua "$1" | sed -n 's/^RESULT //p'
}
# Warm-up, then alternate A/B so drift of the machine hits both alike.
wrk -t2 -c"$connections" -d2s "$app_url" >/dev/null
wrk -t2 -c"$connections" -d2s "$nginx_url" >/dev/null
: >"$work/results"
for round in $(seq 1 "$rounds"); do
  echo "round $round/$rounds"
  echo "nginx $(measure "$nginx_url")" >>"$work/results"
  echo "app $(measure "$app_url")" >>"$work/results"
done
rss_kb="$(ps -o rss= -p "$app_pid" | tr -d ' ')"

echo
echo "Thread page, anonymous: $posts posts, $bytes bytes; $connections connections, $rounds rounds of ${seconds}s"
echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
echo
awk -v rss="$rss_kb" '
  { rps[$1] += $2; n[$1]++; p50[$1] = ($3 > p50[$1] ? $3 : p50[$1]); p99[$1] = ($4 > p99[$1] ? $4 : p99[$1]); err[$1] += $5 }
  END {
    a = rps["app"] / n["app"]; r = rps["nginx"] / n["nginx"]
    print "| Server | Requests/s (mean) | p50 ms (worst round) | p99 ms (worst round) | Errors |"
    print "| --- | --- | --- | --- | --- |"
    printf "| nginx, static file | %.0f | %.2f | %.2f | %d |\n", r, p50["nginx"], p99["nginx"], err["nginx"]
    printf "| Leeratelier | %.0f | %.2f | %.2f | %d |\n", a, p50["app"], p99["app"], err["app"]
    printf "\nRatio Leeratelier / nginx: %.2f (target >= 0.5); p99 %.2f ms (target <= 25 ms); RSS after load %.0f MB\n", a / r, p99["app"], rss / 1024
    verdict = (a / r >= 0.5 && p99["app"] <= 25 && err["app"] == 0) ? "MET" : "NOT MET"
    print "Targets: " verdict
  }' "$work/results"
