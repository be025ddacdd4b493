#!/usr/bin/env bash
# Nothing lost on the embedded H2 database: starts the packaged platform on a fresh H2 file database
# with its shipped settings, drives a load of writes through the API (agenda items, each logged once
# the platform acknowledged it with 201 and its id), kills the JVM with `kill -9` in the middle,
# starts it again on the same files and checks that the database opens and that every acknowledged
# write is there (each item read back through the API). Prints a PASS/FAIL summary with counts.
#
# Usage: scripts/crash-h2.sh [--writers 4] [--kill-after 15] [--port 18181] [--build]
# Needs: java 17+, curl (installed with apt-get if missing). Loopback only, port 18181 by default.
set -euo pipefail

WRITERS=4
KILL_AFTER=15
BUILD=0
PORT=18181
while [[ $# -gt 0 ]]; do
  case "$1" in
    --writers) WRITERS="$2"; shift 2 ;;
    --kill-after) KILL_AFTER="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --build) BUILD=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/.."
WORK="${NOUAGE_CRASH_DIR:-/tmp/nouage-crash-h2}"
rm -rf "$WORK" && mkdir -p "$WORK"
BASE="http://127.0.0.1:$PORT"
SIREN=248500662
DIRECTOR="dg-$SIREN@demo.nouage.fr"
PASSWORD=crash-test-password-2026

source scripts/lib.sh
need curl curl
ports_free "$PORT"
JAR=$(nouage_jar)

APP=""
cleanup() { [[ -n "$APP" ]] && kill -9 "$APP" 2>/dev/null || true; touch "$WORK/stop"; }
trap cleanup EXIT

# The shipped H2 settings: only the data directory is chosen (NOUAGE_DATA_DIR), not the URL.
start() {
  NOUAGE_DATA_DIR="$WORK/data" java -Xmx512m -jar "$JAR" --server.port=$PORT --nouage.demo.enabled=true \
    --nouage.demo.password=$PASSWORD --logging.level.root=WARN --logging.level.fr.nouage=INFO >> "$WORK/app-$1.log" 2>&1 &
  APP=$!
  wait_healthy "$BASE" "$APP"
}

token() {
  curl -fs -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$DIRECTOR\",\"password\":\"$PASSWORD\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}

echo "Starting Nouage on a fresh H2 database in $WORK/data…"
start first || { echo "FAIL: the platform did not start (see $WORK/app-first.log)"; exit 1; }
TOKEN=$(token)

# one meeting per writer, far ahead so that no agenda freezes during the test
MEETINGS=()
for w in $(seq 1 "$WRITERS"); do
  DAY=$(date -d "+$((400 + w)) days" +%Y-%m-%d)
  M=$(curl -fs -X POST "$BASE/api/v1/territories/$SIREN/meetings" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "{\"startsAt\":\"${DAY}T09:00\"}" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  MEETINGS+=("$M")
done

# A writer proposes items in a loop; an item counts as acknowledged only once the 201 and its id came back.
writer() {
  local w=$1 meeting=$2 n=0 fails=0 out code id
  while [[ ! -f "$WORK/stop" ]]; do
    n=$((n + 1))
    out=$(curl -s -m 10 -w '\n%{http_code}' -X POST "$BASE/api/v1/meetings/$meeting/items" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"title\":\"crash-$w-$n\",\"kind\":\"DECISION\",\"sensitive\":false}" 2>/dev/null || true)
    code=${out##*$'\n'}
    if [[ "$code" == 201 ]]; then
      id=$(printf '%s' "${out%$'\n'*}" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
      echo "$id crash-$w-$n" >> "$WORK/ack-$w.txt"
      fails=0
    else
      echo "$n ${code:-000}" >> "$WORK/refused-$w.txt"
      fails=$((fails + 1))
      [[ $fails -ge 30 ]] && break
      sleep 0.1
    fi
  done
}

echo "Load: $WRITERS writers, kill -9 of the JVM after ${KILL_AFTER}s…"
PIDS=()
for w in $(seq 1 "$WRITERS"); do
  writer "$w" "${MEETINGS[$((w - 1))]}" &
  PIDS+=($!)
done
sleep "$KILL_AFTER"
BEFORE_KILL=$(cat "$WORK"/ack-*.txt 2>/dev/null | wc -l)
kill -9 "$APP"
wait "$APP" 2>/dev/null || true
APP=""
touch "$WORK/stop"
for p in "${PIDS[@]}"; do wait "$p" || true; done
rm -f "$WORK/stop"
ACKED=$(cat "$WORK"/ack-*.txt 2>/dev/null | wc -l)
REFUSED=$(cat "$WORK"/refused-*.txt 2>/dev/null | wc -l)
echo "Killed the JVM with $ACKED writes acknowledged ($BEFORE_KILL a moment before the kill)."

START=$(date +%s%N)
REOPENED=PASS
start second || REOPENED=FAIL
RESTART_MS=$(( ($(date +%s%N) - START) / 1000000 ))
MISSING=0
CHECKED=0
if [[ $REOPENED == PASS ]]; then
  TOKEN=$(token)
  while read -r id title; do
    CHECKED=$((CHECKED + 1))
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/items/$id/positions")
    if [[ "$status" != 200 ]]; then
      MISSING=$((MISSING + 1))
      echo "missing: item $id ($title) answered $status" >> "$WORK/missing.txt"
    fi
  done < <(cat "$WORK"/ack-*.txt 2>/dev/null)
  # the database keeps serving writes after the restart
  AFTER=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/meetings/${MEETINGS[0]}/items" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"title":"after restart","kind":"INFORMATION","sensitive":false}')
else
  AFTER=000
fi

verdict() { [[ "$1" == 1 ]] && echo PASS || echo FAIL; }
printf '\nNouage crash test on H2 — %s, %s cores, %s\n' "$(basename "$JAR")" "$(nproc)" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-58s %s\n' "check" "result"
printf '%-58s %s\n' "writes acknowledged (201 + id) before and at the kill" "$ACKED"
printf '%-58s %s\n' "requests not acknowledged (in flight at the kill, refused)" "$REFUSED"
printf '%-58s %s (%s ms)\n' "database reopened after kill -9, platform healthy" "$REOPENED" "$RESTART_MS"
printf '%-58s %s / %s\n' "acknowledged writes found again through the API" "$((CHECKED - MISSING))" "$ACKED"
printf '%-58s %s\n' "acknowledged writes lost" "$MISSING"
printf '%-58s %s\n' "a new write accepted after the restart (201)" "$AFTER"
OK=$([[ $REOPENED == PASS && $MISSING == 0 && $CHECKED == "$ACKED" && $ACKED -gt 0 && $AFTER == 201 ]] && echo 1 || echo 0)
printf '%-58s %s\n' "VERDICT" "$(verdict "$OK")"
[[ -f "$WORK/missing.txt" ]] && head -5 "$WORK/missing.txt"
[[ $OK == 1 ]]
