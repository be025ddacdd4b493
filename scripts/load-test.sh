#!/usr/bin/env bash
# Nouage load test (docs/load-test.md): generates the `national` synthetic history once (1,255
# territories, their directors, élus, facilitators and coordinator), starts ONE instance of the
# packaged platform with -Xmx512m on H2 or on a local PostgreSQL, measures its start-up to healthy,
# runs the Gatling simulation (src/load/java, `./mvnw -Pload gatling:test`) against it, then stops
# everything. Prints start-up time, the load summary (p50/p95/p99 per request kind, per phase, errors,
# the knee) and where Gatling's HTML report is (target/gatling/).
#
# Usage: scripts/load-test.sh [--db h2|postgres] [--peak 630] [--ramp 120] [--hold 60] [--steps 3]
#          [--step-percent 25] [--step-seconds 60] [--think-min 5] [--think-max 30]
#          [--roster-territories 0] [--fresh] [--max-age-days 7] [--build]
# A smoke run: scripts/load-test.sh --peak 5 --ramp 20 --hold 20 --steps 1 --step-seconds 20 --think-min 1 --think-max 3
# Needs: java 17+, curl, python3 (the SMTP sink), and for PostgreSQL the postgresql package (Debian
# packages, installed with apt-get if missing). Loopback only: ports 18380 (platform), 18325 (SMTP), 55434 (PostgreSQL).
set -euo pipefail

DB=h2
PEAK=630
RAMP=120
HOLD=60
STEPS=3
STEP_PERCENT=25
STEP_SECONDS=60
THINK_MIN=5
THINK_MAX=30
ROSTER=0
FRESH=0
MAX_AGE_DAYS=7
BUILD=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --peak) PEAK="$2"; shift 2 ;;
    --ramp) RAMP="$2"; shift 2 ;;
    --hold) HOLD="$2"; shift 2 ;;
    --steps) STEPS="$2"; shift 2 ;;
    --step-percent) STEP_PERCENT="$2"; shift 2 ;;
    --step-seconds) STEP_SECONDS="$2"; shift 2 ;;
    --think-min) THINK_MIN="$2"; shift 2 ;;
    --think-max) THINK_MAX="$2"; shift 2 ;;
    --roster-territories) ROSTER="$2"; shift 2 ;;
    --fresh) FRESH=1; shift ;;
    --max-age-days) MAX_AGE_DAYS="$2"; shift 2 ;;
    --build) BUILD=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ "$DB" == h2 || "$DB" == postgres ]] || { echo "--db h2 or postgres" >&2; exit 2; }

cd "$(dirname "$0")/.."
WORK="${NOUAGE_LOAD_DIR:-/tmp/nouage-load}/$DB"
mkdir -p "$WORK"
PORT=18380
SMTP_PORT=18325
PG_PORT=55434
BASE="http://127.0.0.1:$PORT"
ADMIN_EMAIL=load-admin@nouage.fr
ADMIN_PASSWORD=load-admin-password-2026
SYNTHETIC_PASSWORD=synthetic-nouage-2026

source scripts/lib.sh
need curl curl
ports_free $PORT $SMTP_PORT
need python3 python3
JAR=$(nouage_jar)

APP=""
SINK=""
cleanup() {
  [[ -n "$APP" ]] && { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
  [[ -n "$SINK" ]] && kill "$SINK" 2>/dev/null || true
  postgres_stop
}
trap cleanup EXIT

# The data is generated once and kept; it is made again when older than --max-age-days, since its
# upcoming meetings, open agendas and open consultation are relative to the day it was generated.
STALE=0
if [[ -f "$WORK/generated" && -n "$(find "$WORK/generated" -mtime +"$MAX_AGE_DAYS" 2>/dev/null)" ]]; then
  echo "The synthetic history in $WORK is older than $MAX_AGE_DAYS days: generating it again."
  STALE=1
fi
if [[ $FRESH == 1 || $STALE == 1 ]]; then rm -rf "$WORK/data" "$WORK/pgdata" "$WORK/generated" "$WORK/app"; fi

DB_ARGS=()
if [[ "$DB" == postgres ]]; then
  PGDATA="$WORK/pgdata"
  postgres_start $PG_PORT "$WORK/pg.log" "-c shared_buffers=256MB"
  DB_ARGS=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --spring.datasource.username=postgres
    --spring.datasource.password=)
else
  # the shipped H2 settings: only the data directory is chosen
  export NOUAGE_DATA_DIR="$WORK/data"
fi

# An SMTP server that accepts every e-mail and keeps nothing but a count (convocations and
# notifications go out during the run, as they would through the platform's relay)
cat > "$WORK/smtp-sink.py" <<'PY'
import asyncio, sys
PORT, COUNT = int(sys.argv[1]), sys.argv[2]
received = 0
async def handle(reader, writer):
    global received
    writer.write(b"220 sink ESMTP\r\n")
    while True:
        line = await reader.readline()
        if not line:
            break
        verb = line.strip().upper()
        if verb.startswith(b"EHLO"):
            writer.write(b"250-sink\r\n250-8BITMIME\r\n250 SIZE 209715200\r\n")
        elif verb == b"DATA":
            writer.write(b"354 go on\r\n")
            await writer.drain()
            while True:
                part = await reader.readline()
                if not part or part in (b".\r\n", b".\n"):
                    break
            received += 1
            with open(COUNT, "w") as f:
                f.write(str(received))
            writer.write(b"250 OK\r\n")
        elif verb.startswith(b"QUIT"):
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"250 OK\r\n")
        await writer.drain()
    writer.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT, backlog=512)
    async with server:
        await server.serve_forever()
asyncio.run(main())
PY
echo 0 > "$WORK/mails.txt"
python3 "$WORK/smtp-sink.py" "$SMTP_PORT" "$WORK/mails.txt" > "$WORK/smtp.log" 2>&1 &
SINK=$!

COMMON=(--server.port=$PORT "${DB_ARGS[@]}" --nouage.account.admin-email=$ADMIN_EMAIL
  --nouage.account.admin-password=$ADMIN_PASSWORD --spring.mail.host=127.0.0.1 --spring.mail.port=$SMTP_PORT
  --nouage.notification.base-url="$BASE" --logging.level.root=WARN --logging.level.fr.nouage=INFO)

# 1. Data, once: the first start imports the official geography and writes the history, then stops
if [[ ! -f "$WORK/generated" ]]; then
  echo "Generating the national synthetic history on $DB (once; several minutes)…"
  GENERATION_START=$(date +%s)
  java -Xmx512m -jar "$JAR" "${COMMON[@]}" --nouage.synthetic.profile=national \
    --nouage.synthetic.password=$SYNTHETIC_PASSWORD --nouage.synthetic.exit-when-done=true > "$WORK/generate.log" 2>&1 \
    || { echo "generation failed (see $WORK/generate.log)"; exit 1; }
  echo "generated in $(( $(date +%s) - GENERATION_START )) s"
  touch "$WORK/generated"
fi
grep -o 'Synthetic national: .*' "$WORK/generate.log" | sed 's/^/  /' || true

# 2. The simulation compiled before the instance starts (the first time downloads Gatling)
echo "Compiling the simulation…"
./mvnw -B -ntp -q -Pload -DskipTests test-compile > "$WORK/compile.log" 2>&1 \
  || { echo "compilation failed (see $WORK/compile.log)"; exit 1; }

# 3. ONE instance, from the unpacked jar with its class-data-sharing archive (see the README's
# "Running in production"), recorded once per build before the measured start
read -ra LAUNCH <<< "$(cds_launch "$JAR" "$WORK/app" "${COMMON[@]}")"
START=$(date +%s%N)
java -Xmx512m "${LAUNCH[@]}" "${COMMON[@]}" > "$WORK/app.log" 2>&1 &
APP=$!
wait_healthy "$BASE" "$APP" || { echo "the platform did not start (see $WORK/app.log)"; exit 1; }
STARTUP_MS=$(( ($(date +%s%N) - START) / 1000000 ))
echo "start-up to healthy: $STARTUP_MS ms (-Xmx512m, $DB)"

# 4. Gatling against it
echo "Running the simulation (peak $PEAK req/s, ramp ${RAMP}s, hold ${HOLD}s, $STEPS steps of +$STEP_PERCENT % × ${STEP_SECONDS}s)…"
rm -f target/gatling/load-summary.txt target/gatling/load-windows.csv
set +e
# (compiled above: the main classes are not compiled again, nor the test classes unless changed)
./mvnw -B -ntp -Pload -Dmaven.main.skip=true -Dmaven.compiler.useIncrementalCompilation=false gatling:test -DbaseUrl="$BASE" -DadminEmail=$ADMIN_EMAIL -DadminPassword=$ADMIN_PASSWORD \
  -Dpassword=$SYNTHETIC_PASSWORD -DpeakRps="$PEAK" -DrampSeconds="$RAMP" -DholdSeconds="$HOLD" -DbeyondSteps="$STEPS" \
  -DbeyondStepPercent="$STEP_PERCENT" -DstepSeconds="$STEP_SECONDS" -DthinkMin="$THINK_MIN" -DthinkMax="$THINK_MAX" \
  -DrosterTerritories="$ROSTER" -DresultsDir="$(pwd)/target/gatling" > "$WORK/gatling.log" 2>&1
GATLING=$?
set -e
RSS_KB=$(awk '/VmHWM/{print $2}' "/proc/$APP/status" 2>/dev/null || echo 0)
ERRORS_LOGGED=$(grep -c ' ERROR ' "$WORK/app.log" || true)

REPORT=$(ls -td target/gatling/*/ 2>/dev/null | head -1)
printf '\nNouage load test — %s, %s, %s cores, %s\n' "$(basename "$JAR")" "$DB" "$(nproc)" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf 'start-up to healthy: %s ms | peak RSS: %s MiB (-Xmx512m) | e-mails received by the SMTP sink: %s | ERROR lines in the log: %s\n' \
  "$STARTUP_MS" "$(( RSS_KB / 1024 ))" "$(cat "$WORK/mails.txt")" "$ERRORS_LOGGED"
if [[ -f target/gatling/load-summary.txt ]]; then cat target/gatling/load-summary.txt; fi
printf '\nGatling report: %sindex.html (log: %s)\n' "${REPORT:-target/gatling/}" "$WORK/gatling.log"
[[ $GATLING == 0 ]] || { echo "Gatling ended with status $GATLING (see $WORK/gatling.log)"; exit $GATLING; }
