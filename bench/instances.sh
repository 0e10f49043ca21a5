#!/usr/bin/env bash
# Two instances behind nginx on one PostgreSQL (issue 11): two `leeratelier serve` processes on
# one database with the demo content, nginx from Debian in front of them round robin, and a
# browser (curl with a cookie jar) that goes through nginx only. Checks that sessions and CSRF
# tokens made by one instance work on the other, that what one indexes both find, that a job
# runs once although both instances' workers poll, and that two members taking the last place
# at the same moment get one place and one waiting-list spot. Every answer names the instance
# that gave it, so the table shows both served. Exits non-zero when a check fails.
# Usage: bench/instances.sh      Needs: PostgreSQL (BENCH_DATABASE_URL, default
# postgres://postgres@127.0.0.1:5432/test; a database leeratelier_instances is made afresh),
# psql and nginx (installed with apt when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
pg="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
name=leeratelier_instances
url="${pg%/*}/$name"
port_a=18091
port_b=18092
port=18090

for tool in nginx psql; do
  if ! command -v "$tool" >/dev/null && ! [ -x "/usr/sbin/$tool" ]; then
    package="$tool"; [ "$tool" = psql ] && package=postgresql-client
    echo "installing $package (Debian package)"
    apt-get install -y -qq "$package" >/dev/null
  fi
done
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
for p in $port $port_a $port_b; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p is in use: stop what listens there first"; exit 1
  fi
done

cargo build --release -p leeratelier
bin=./target/release/leeratelier
psql -q "$pg" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"

work="$(mktemp -d)"
mkdir -p "$work/tmp" "$work/a" "$work/b"
chmod 755 "$work"
cleanup() {
  for pid in ${pids:-}; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
  psql -q "$pg" -c "DROP DATABASE IF EXISTS $name" >/dev/null 2>&1 || true
}
trap cleanup EXIT

"$bin" --database-url "$url" --data-dir "$work/a" seed-demo
pids=""
for side in a b; do
  p=$port_a; [ "$side" = b ] && p=$port_b
  "$bin" --database-url "$url" --data-dir "$work/$side" --bind "127.0.0.1:$p" --demo=false \
    >"$work/$side.log" 2>&1 &
  pids="$pids $!"
done
sed -e "s|@DIR@|$work|g" -e "s|@PORT@|$port|g" -e "s|@A@|$port_a|g" -e "s|@B@|$port_b|g" \
  bench/http/instances.conf.in >"$work/nginx.conf"
"$NGINX" -c "$work/nginx.conf" -p "$work" &
pids="$pids $!"
for p in $port_a $port_b $port; do
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$p/healthz" >/dev/null 2>&1 && break
    sleep 0.1
  done
  if ! curl -fs "http://127.0.0.1:$p/healthz" >/dev/null 2>&1; then
    echo "nothing answers on port $p"; tail -n 20 "$work"/a.log "$work"/b.log "$work"/nginx-error.log 2>/dev/null
    exit 1
  fi
done

site="http://127.0.0.1:$port"
failed=0
: >"$work/served"
# request jar method path [form fields...] -> prints the status; the body goes to $work/body,
# the headers to $work/headers, the instance to $work/served.
request() {
  local jar="$1" method="$2" path="$3"; shift 3
  local form=()
  for field in "$@"; do form+=(--data-urlencode "$field"); done
  local status
  status="$(curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' -c "$jar" -b "$jar" \
    -X "$method" "${form[@]}" "$site$path")"
  sed -n 's/^[Xx]-[Uu]pstream: *\([^[:space:]]*\).*/\1/p' "$work/headers" >>"$work/served"
  echo "$status"
}
csrf_of() { awk '$6 == "la_csrf" { print $7 }' "$1"; }
check() { # name, then the command that must succeed
  local label="$1"; shift
  if "$@"; then
    printf '| %s | passed |\n' "$label" >>"$work/table"
  else
    printf '| %s | **failed** |\n' "$label" >>"$work/table"
    failed=1
  fi
}
log_in() { # jar email password
  request "$1" GET /inloggen >/dev/null
  [ "$(request "$1" POST /inloggen "csrf=$(csrf_of "$1")" "email=$2" "password=$3")" = 303 ]
}
: >"$work/table"

# Sessions and CSRF: the log-in form comes from one instance and is posted to the other;
# then four pages in turn, two from each.
youssef="$work/youssef.jar"
facilitator="$work/facilitator.jar"
check "log in: the form of one instance posted to the other (CSRF)" \
  log_in "$youssef" youssef@demo.leeratelier.nl demo-lid-2026
sessions_work() {
  for _ in 1 2 3 4; do
    [ "$(request "$youssef" GET /account)" = 200 ] || return 1
    grep -q 'Youssef' "$work/body" || return 1
  done
}
check "the session works on both instances, four pages in turn" sessions_work

# An event written through one instance (the facilitator's form from the other).
check "a second member logs in through nginx" \
  log_in "$facilitator" facilitator@demo.leeratelier.nl demo-facilitator-2026
title="Rondetafel over veerkrachtmeting $$"
create_event() {
  request "$facilitator" GET /agenda/nieuw >/dev/null
  local atelier
  atelier="$(tr '\n' ' ' <"$work/body" | grep -o '<option value="[0-9]*"[^>]*>Impact</option>' \
    | head -n 1 | sed 's/<option value="\([0-9]*\)".*/\1/')"
  [ -n "$atelier" ] || return 1
  [ "$(request "$facilitator" POST /agenda "csrf=$(csrf_of "$facilitator")" "atelier=$atelier" \
    "title=$title" kind=meeting mode=in_person date=2027-03-18 start=19:30 end=21:30 \
    "location=Buurthuis De Brug" online_url= capacity=1 "description=Eén plaats.")" = 303 ]
  event="$(sed -n 's/^[Ll]ocation: *\([^[:space:]]*\).*/\1/p' "$work/headers")"
  [ -n "$event" ]
}
check "a form posted to the other instance creates the event" create_event

found_by_both() {
  for _ in 1 2; do
    [ "$(request "$facilitator" GET "/kennis?q=veerkrachtmeting")" = 200 ] || return 1
    grep -q "$title" "$work/body" || return 1
  done
}
check "search: written through one instance, found through both" found_by_both

# Jobs: both workers poll every 5 s; the invitation to Youssef goes out once.
invitations() {
  grep -l "$title" "$work"/a/mail/* "$work"/b/mail/* 2>/dev/null \
    | xargs -r grep -l "To: youssef@demo.leeratelier.nl" | wc -l
}
one_invitation() {
  for _ in $(seq 1 30); do
    [ "$(invitations)" -ge 1 ] && break
    sleep 1
  done
  sleep 11 # two more polls of both workers
  [ "$(invitations)" = 1 ]
}
check "jobs: both workers running, the invitation is sent once" one_invitation

# The waiting list: both take the only place at the same moment, through nginx.
race() {
  local y f
  curl -s -o /dev/null -w '%{http_code}' -c "$youssef" -b "$youssef" \
    --data-urlencode "csrf=$(csrf_of "$youssef")" --data-urlencode status=going \
    "$site$event/aanmelden" >"$work/race-y" &
  y=$!
  curl -s -o /dev/null -w '%{http_code}' -c "$facilitator" -b "$facilitator" \
    --data-urlencode "csrf=$(csrf_of "$facilitator")" --data-urlencode status=going \
    "$site$event/aanmelden" >"$work/race-f" &
  f=$!
  wait "$y" "$f"
  [ "$(cat "$work/race-y")" = 303 ] && [ "$(cat "$work/race-f")" = 303 ] || return 1
  request "$youssef" GET "$event" >/dev/null
  cp "$work/body" "$work/youssef.html"
  request "$facilitator" GET "$event" >/dev/null
  local outcome
  outcome="$(status_on "$work/youssef.html") $(status_on "$work/body")"
  echo "  youssef, facilitator: $outcome"
  [ "$outcome" = "going waiting" ] || [ "$outcome" = "waiting going" ]
}
status_on() { # an event page -> going, waiting or none (the status line under "Aanmelden")
  if grep -q 'Je staat op de wachtlijst' "$1"; then echo waiting
  elif grep -q 'Je bent aangemeld' "$1"; then echo going
  else echo none; fi
}
check "waiting list: two members at once get one place and one waiting-list spot" race

served_by() { sort "$work/served" | uniq -c | awk '{ printf "%s%s: %s answers", sep, $2, $1; sep = ", " }'; }
echo
echo "Two instances ($port_a, $port_b) behind nginx ($port), round robin, on PostgreSQL $name"
echo
echo "| Check | Result |"
echo "| --- | --- |"
cat "$work/table"
echo
echo "Answers per instance: $(served_by)"
both="$(sort -u "$work/served" | wc -l)"
if [ "$both" -lt 2 ]; then
  echo "only one instance answered"; failed=1
fi
if [ "$failed" = 0 ]; then echo "Two instances behave as one: PASSED"; else echo "FAILED"; exit 1; fi
