#!/usr/bin/env bash
# Page benchmark (issues 5 and 11) over generated data (10k members, 100k posts): an anonymous
# visitor reads a public thread of 50 posts, a logged-in member reads the same thread and the
# atelier's home page. wrk at 32 connections against the platform and, alternating round by
# round, against nginx serving the anonymous thread's very bytes as a static file. Also the cold
# start (launch to first answer) on the generated database and the RSS after the load.
# Prints requests/s, p50, p99 and the ratio to nginx; targets: anonymous thread >= 0.5x nginx,
# p99 <= 25 ms for the thread pages, cold start <= 1 s, RSS <= 100 MB.
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
# Data generated before the generator made knowledge, events and measurements is made anew.
if [ ! -f "$data/generated.txt" ] || ! grep -q 'measurements' "$data/generated.txt"; then
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

start_app() { # sets app_pid, and start_ms: from launch to the first answer of /healthz
  local t0 t1
  t0="$(date +%s%N)"
  "$bin" --data-dir "$data" --bind "127.0.0.1:$app_port" --demo=false >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1000); do
    curl -fs "http://127.0.0.1:$app_port/healthz" >/dev/null 2>&1 && break
    sleep 0.01
  done
  t1="$(date +%s%N)"
  start_ms=$(( (t1 - t0) / 1000000 ))
}
# Cold start, three times (the database file is in the page cache after the first).
cold=""
for _ in 1 2 3; do
  start_app
  cold="$cold $start_ms"
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
done
start_app
app_url="http://127.0.0.1:$app_port$thread"
curl -fs "$app_url" -o "$work/www/thread.html"
chmod 644 "$work/www/thread.html"
posts="$(grep -o 'class="post"' "$work/www/thread.html" | wc -l)"
bytes="$(wc -c <"$work/www/thread.html")"

# A generated member (every one has the same password; the first ones facilitate ateliers,
# number 500 is an ordinary member) logs in; wrk sends their cookies.
jar="$work/cookies"
curl -fs -c "$jar" -b "$jar" -o /dev/null "http://127.0.0.1:$app_port/inloggen"
csrf="$(awk '$6 == "la_csrf" { print $7 }' "$jar")"
curl -fs -c "$jar" -b "$jar" -o /dev/null -X POST --data-urlencode "csrf=$csrf" \
  --data-urlencode "email=lid500@voorbeeld.test" --data-urlencode "password=gegenereerd-wachtwoord" \
  "http://127.0.0.1:$app_port/inloggen"
session="$(awk '$6 == "la_session" { print $7 }' "$jar")"
[ -n "$session" ] || { echo "logging in as a generated member failed"; exit 1; }
member_cookie="la_session=$session; la_csrf=$csrf"
# The first atelier on the home page (a public one, with its members, events and items).
atelier="$(curl -fs "http://127.0.0.1:$app_port/" | grep -o 'href="/ateliers/[0-9][^"/]*"' | head -n 1 | sed 's/href="//; s/"$//' || true)"
[ -n "$atelier" ] || { echo "no atelier on the home page"; exit 1; }
atelier_url="http://127.0.0.1:$app_port$atelier"
curl -fs -H "Cookie: $member_cookie" "$app_url" | grep -q 'la_session\|uitloggen' \
  || echo "note: the member's thread page shows no log-out link"

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

measure() { # url [cookie] -> "rps p50 p99 errors requests"
  local header=()
  [ -n "${2:-}" ] && header=(-H "Cookie: $2")
  wrk -t2 -c"$connections" -d"${seconds}s" "${header[@]}" -s bench/http/report.lua "$1" \
    | sed -n 's/^RESULT //p'
}
# Warm-up, then alternate A/B so drift of the machine hits both alike.
wrk -t2 -c"$connections" -d2s "$app_url" >/dev/null
wrk -t2 -c"$connections" -d2s "$nginx_url" >/dev/null
: >"$work/results"
for round in $(seq 1 "$rounds"); do
  echo "round $round/$rounds"
  echo "nginx $(measure "$nginx_url")" >>"$work/results"
  echo "app $(measure "$app_url")" >>"$work/results"
  echo "member $(measure "$app_url" "$member_cookie")" >>"$work/results"
  echo "atelier $(measure "$atelier_url" "$member_cookie")" >>"$work/results"
done
rss_kb="$(ps -o rss= -p "$app_pid" | tr -d ' ')"
# RSS counts the pages of the database file SQLite has mapped (mmap) as well as the heap.
rss_anon_kb="$(sed -n 's/^RssAnon:\s*\([0-9]*\) kB/\1/p' "/proc/$app_pid/status")"
rss_file_kb="$(sed -n 's/^RssFile:\s*\([0-9]*\) kB/\1/p' "/proc/$app_pid/status")"

echo
echo "Thread page: $posts posts, $bytes bytes; atelier home $atelier; $connections connections, $rounds rounds of ${seconds}s"
echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
echo
awk -v rss="$rss_kb" -v anon="$rss_anon_kb" -v file="$rss_file_kb" -v cold="$cold" '
  { rps[$1] += $2; n[$1]++; p50[$1] = ($3 > p50[$1] ? $3 : p50[$1]); p99[$1] = ($4 > p99[$1] ? $4 : p99[$1]); err[$1] += $5 }
  END {
    r = rps["nginx"] / n["nginx"]
    print "| Scenario | Requests/s (mean) | Ratio to nginx | p50 ms (worst round) | p99 ms (worst round) | Errors |"
    print "| --- | --- | --- | --- | --- | --- |"
    split("nginx app member atelier", order, " ")
    label["nginx"] = "nginx, the anonymous thread as a static file"
    label["app"] = "thread page, anonymous"
    label["member"] = "thread page, logged-in member"
    label["atelier"] = "atelier home, logged-in member"
    for (i = 1; i <= 4; i++) {
      k = order[i]; a = rps[k] / n[k]
      printf "| %s | %.0f | %.2f | %.2f | %.2f | %d |\n", label[k], a, a / r, p50[k], p99[k], err[k]
    }
    split(cold, c, " "); worst = 0
    for (i in c) if (c[i] + 0 > worst) worst = c[i] + 0
    a = rps["app"] / n["app"]
    printf "\nRatio anonymous thread / nginx: %.2f (target >= 0.5); p99 %.2f ms anonymous, %.2f ms member (target <= 25 ms)\n", a / r, p99["app"], p99["member"]
    printf "Cold start to first answer: %s ms (target <= 1000 ms); RSS after the load %.0f MB (target <= 100 MB): heap %.0f MB, mapped database file %.0f MB\n", cold, rss / 1024, anon / 1024, file / 1024
    verdict = (a / r >= 0.5 && p99["app"] <= 25 && p99["member"] <= 25 && err["app"] + err["member"] + err["atelier"] == 0 && worst <= 1000 && rss / 1024 <= 100) ? "MET" : "NOT MET"
    print "Targets: " verdict
  }' "$work/results"
