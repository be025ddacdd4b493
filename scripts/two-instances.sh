#!/usr/bin/env bash
# Several instances: starts a local PostgreSQL, two instances of the packaged platform sharing it
# (A and B), and nginx on loopback in front of them (round robin, configuration generated in a
# temporary folder, nginx run in the foreground from it, never the system service). Then:
#   (a) a user signs in through nginx and stays signed in over many requests answered by both instances;
#   (b) writers add agenda items through nginx while instance B is killed with `kill -9`; every
#       write acknowledged to a client (201 and its id) must be there afterwards;
#   (c) meetings planned so that their agendas freeze during the run: each member's convocation is
#       e-mailed exactly once (counted by a local SMTP sink that logs every message received), even
#       after B, restarted as an operator would, republishes the events it left unfinished;
#   (d) A kept serving: no error after the kill except the requests that were in flight on B.
# Prints a PASS/FAIL table.
#
# Usage: scripts/two-instances.sh [--writers 4] [--kill-after 25] [--load-seconds 45] [--build]
# Needs: java 17+, curl, nginx, postgresql, python3 (Debian packages, installed with apt-get if missing).
set -euo pipefail

WRITERS=4
KILL_AFTER=25
LOAD_SECONDS=45
BUILD=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --writers) WRITERS="$2"; shift 2 ;;
    --kill-after) KILL_AFTER="$2"; shift 2 ;;
    --load-seconds) LOAD_SECONDS="$2"; shift 2 ;;
    --build) BUILD=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/.."
WORK="${NOUAGE_INSTANCES_DIR:-/tmp/nouage-two-instances}"
rm -rf "$WORK" && mkdir -p "$WORK"
PG_PORT=55433
LB_PORT=18280
PORT_A=18281
PORT_B=18282
SMTP_PORT=18225
LB="http://127.0.0.1:$LB_PORT"
SIREN=248500662
DIRECTOR="dg-$SIREN@demo.nouage.fr"
PASSWORD=two-instances-password-2026

source scripts/lib.sh
need curl curl
ports_free $PG_PORT $LB_PORT $PORT_A $PORT_B $SMTP_PORT
need nginx nginx
need python3 python3
JAR=$(nouage_jar)

PIDS_TO_STOP=()
NGINX=""
cleanup() {
  # nginx's master is asked to stop (TERM), so that its worker stops with it and frees the port
  [[ -n "$NGINX" ]] && kill -TERM "$NGINX" 2>/dev/null || true
  for p in "${PIDS_TO_STOP[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  postgres_stop
}
trap cleanup EXIT

# 1. PostgreSQL, fresh, on loopback
PGDATA="$WORK/pgdata"
postgres_start $PG_PORT "$WORK/pg.log"
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -At -c "$1"; }

# 2. An SMTP sink: accepts every e-mail and logs one line per recipient: address, meeting id, subject
cat > "$WORK/smtp-sink.py" <<'PY'
import asyncio, email, email.policy, re, sys

PORT, LOG = int(sys.argv[1]), sys.argv[2]

async def handle(reader, writer):
    def send(line):
        writer.write((line + "\r\n").encode())
    send("220 sink ESMTP")
    recipients = []
    while True:
        raw = await reader.readline()
        if not raw:
            break
        line = raw.decode("latin-1").strip()
        verb = line.upper()
        if verb.startswith("EHLO"):
            writer.write(b"250-sink\r\n250-8BITMIME\r\n250 SIZE 209715200\r\n")
        elif verb.startswith("MAIL FROM") or verb.startswith("RSET"):
            recipients = []
            send("250 OK")
        elif verb.startswith("RCPT TO"):
            recipients.append(line.split(":", 1)[1].strip().strip("<>").lower())
            send("250 OK")
        elif verb == "DATA":
            send("354 End data with <CR><LF>.<CR><LF>")
            await writer.drain()
            data = bytearray()
            while True:
                part = await reader.readline()
                if not part or part in (b".\r\n", b".\n"):
                    break
                data += part[1:] if part.startswith(b"..") else part
            message = email.message_from_bytes(bytes(data), policy=email.policy.default)
            text = ""
            for p in message.walk():
                if p.get_content_type() == "text/plain":
                    try:
                        text += p.get_content()
                    except Exception:
                        pass
            found = re.search(r"/territoires/\d+/reunions/(\d+)", text)
            subject = str(message.get("Subject", "")).replace("\t", " ").replace("\n", " ")
            with open(LOG, "a") as log:
                for r in recipients:
                    log.write(f"{r}\t{found.group(1) if found else '-'}\t{subject}\n")
            send("250 OK")
        elif verb.startswith("QUIT"):
            send("221 Bye")
            await writer.drain()
            break
        else:
            send("250 OK")
        await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()

asyncio.run(main())
PY
: > "$WORK/mail.log"
python3 "$WORK/smtp-sink.py" "$SMTP_PORT" "$WORK/mail.log" > "$WORK/smtp.log" 2>&1 &
PIDS_TO_STOP+=($!)

# 3. Two instances sharing the database; the second starts once the first has migrated it
start_instance() { # name port
  java -Xmx384m -jar "$JAR" --server.port="$2" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --spring.datasource.username=postgres \
    --spring.datasource.password= --nouage.demo.enabled=true --nouage.demo.password=$PASSWORD \
    --nouage.meeting.freeze-check=PT2S \
    --nouage.notification.retry-interval=PT15S --spring.mail.host=127.0.0.1 --spring.mail.port=$SMTP_PORT \
    --nouage.notification.base-url="$LB" --logging.level.root=WARN --logging.level.fr.nouage=INFO \
    >> "$WORK/instance-$1.log" 2>&1 &
  echo $!
}
echo "Starting instance A, then B, on PostgreSQL 127.0.0.1:$PG_PORT…"
A=$(start_instance A $PORT_A); PIDS_TO_STOP+=("$A")
wait_healthy "http://127.0.0.1:$PORT_A" "$A" || { echo "FAIL: instance A did not start (see $WORK/instance-A.log)"; exit 1; }
B=$(start_instance B $PORT_B); PIDS_TO_STOP+=("$B")
wait_healthy "http://127.0.0.1:$PORT_B" "$B" || { echo "FAIL: instance B did not start (see $WORK/instance-B.log)"; exit 1; }
# every member chose the weekly digest: the e-mails of the run are the convocations
psql_ "insert into notification_preference (account_id, frequency, updated_at) select id, 'WEEKLY', now() from account" >/dev/null

# 4. nginx in front, round robin, from a configuration of its own
mkdir -p "$WORK/nginx/tmp" && chmod -R 777 "$WORK/nginx"
cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 512; }
http {
  access_log $WORK/nginx/access.log;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  # which instance answered, in the X-Instance header of every response: the last address nginx
  # tried (after a failed one, \$upstream_addr lists both)
  map \$upstream_addr \$instance {
    "~:$PORT_A\$" A;
    "~:$PORT_B\$" B;
    default "\$upstream_addr";
  }
  upstream nouage {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=5s;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    client_max_body_size 300m;
    location / {
      proxy_pass http://nouage;
      add_header X-Instance \$instance always;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
NGINX
nginx -t -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" >/dev/null 2>&1 || { echo "FAIL: nginx configuration"; exit 1; }
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX=$!
for _ in $(seq 1 50); do curl -fs "$LB/actuator/health" >/dev/null 2>&1 && break; sleep 0.1; done

# (a) one signed-in user, many requests, both instances
COOKIES="$WORK/cookies.txt"
CSRF=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$LB/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -fs -o /dev/null -c "$COOKIES" -b "$COOKIES" -X POST "$LB/login" --data-urlencode "email=$DIRECTOR" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF"
SESSION_OK=0; SESSION_TOTAL=40; SEEN_A=0; SEEN_B=0
for _ in $(seq 1 $SESSION_TOTAL); do
  read -r code instance < <(curl -s -o /dev/null -b "$COOKIES" -w '%{http_code} %header{x-instance}\n' "$LB/territoires/$SIREN")
  [[ "$code" == 200 ]] && SESSION_OK=$((SESSION_OK + 1))
  [[ "$instance" == A ]] && SEEN_A=$((SEEN_A + 1))
  [[ "$instance" == B ]] && SEEN_B=$((SEEN_B + 1))
done
echo "(a) signed in once: $SESSION_OK/$SESSION_TOTAL pages served signed in (A $SEEN_A, B $SEEN_B)"

# Credentials and meetings for the writers, far ahead so that their agendas do not freeze
TOKEN=$(curl -fs -X POST "$LB/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$DIRECTOR\",\"password\":\"$PASSWORD\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
FACILITATOR_TOKEN=$(curl -fs -X POST "$LB/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"email\":\"facilitateur@demo.nouage.fr\",\"password\":\"$PASSWORD\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
meeting() { # token territory startsAt → id
  local answer
  answer=$(curl -s -X POST "$LB/api/v1/territories/$2/meetings" -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' -d "{\"startsAt\":\"$3\"}")
  echo "$answer" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 | grep . || { echo "meeting refused: $answer" >&2; exit 1; }
}
WRITER_MEETINGS=()
for w in $(seq 1 "$WRITERS"); do
  WRITER_MEETINGS+=("$(meeting "$TOKEN" $SIREN "$(date -d "+$((400 + w)) days" +%Y-%m-%d)T09:00")")
done

# (c) meetings whose agenda (48 hours ahead by default) freezes during the load, before, around and
# after the kill; one per demo territory, since the meetings of one collective may not overlap
T0=$(date +%s)
FREEZE_OFFSETS=(10 $((KILL_AFTER - 2)) $((KILL_AFTER + 1)) $((KILL_AFTER + 10)))
TERRITORIES=(248500662 248500530 244400503 244400552)
CONVENED=()
for i in 0 1 2 3; do
  STARTS=$(TZ=Europe/Paris date -d "@$((T0 + 48 * 3600 + FREEZE_OFFSETS[i]))" +%Y-%m-%dT%H:%M:%S)
  CONVENED+=("$(meeting "$FACILITATOR_TOKEN" "${TERRITORIES[$i]}" "$STARTS")")
done
echo "(c) meetings ${CONVENED[*]} freeze about ${FREEZE_OFFSETS[*]} s after the start of the load"

# (b) writers: one line per request: start ms, end ms, status, instance, id
writer() {
  local w=$1 meeting=$2 n=0 out start end
  while [[ ! -f "$WORK/stop" ]]; do
    n=$((n + 1))
    start=$(date +%s%3N)
    out=$(curl -s -m 30 -w '\n%{http_code} %header{x-instance}' -X POST "$LB/api/v1/meetings/$meeting/items" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"title\":\"lb-$w-$n\",\"kind\":\"DECISION\",\"sensitive\":false}" 2>/dev/null || true)
    end=$(date +%s%3N)
    read -r code instance <<< "${out##*$'\n'}"
    id=$(printf '%s' "${out%$'\n'*}" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)
    echo "$start $end ${code:-000} ${instance:--} ${id:--}" >> "$WORK/writes-$w.txt"
  done
}
echo "(b) $WRITERS writers through nginx for ${LOAD_SECONDS}s, kill -9 of B after ${KILL_AFTER}s…"
WRITER_PIDS=()
for w in $(seq 1 "$WRITERS"); do writer "$w" "${WRITER_MEETINGS[$((w - 1))]}" & WRITER_PIDS+=($!); done
sleep_until() { local left=$(( $1 - $(date +%s) )); [[ $left -gt 0 ]] && sleep "$left"; return 0; }
sleep_until $((T0 + KILL_AFTER))
KILL_MS=$(date +%s%3N)
kill -9 "$B"
# the process takes a few milliseconds to die: requests sent meanwhile are in flight on it
while kill -0 "$B" 2>/dev/null; do sleep 0.005; done
DEAD_MS=$(date +%s%3N)
sleep_until $((T0 + LOAD_SECONDS))
touch "$WORK/stop"
for p in "${WRITER_PIDS[@]}"; do wait "$p" || true; done
cat "$WORK"/writes-*.txt > "$WORK/writes.txt"

ACKED=$(awk '$3 == 201 && $5 != "-"' "$WORK/writes.txt" | wc -l)
TOTAL=$(wc -l < "$WORK/writes.txt")
# in flight: sent before B was gone and answered after the kill signal
IN_FLIGHT=$(awk -v k="$KILL_MS" -v d="$DEAD_MS" '$1 <= d && $2 >= k' "$WORK/writes.txt" | wc -l)
IN_FLIGHT_ERRORS=$(awk -v k="$KILL_MS" -v d="$DEAD_MS" '$1 <= d && $2 >= k && $3 != 201' "$WORK/writes.txt" | wc -l)
AFTER_KILL=$(awk -v d="$DEAD_MS" '$1 > d' "$WORK/writes.txt" | wc -l)
AFTER_KILL_ERRORS=$(awk -v d="$DEAD_MS" '$1 > d && $3 != 201' "$WORK/writes.txt" | wc -l)
AFTER_KILL_BY_A=$(awk -v d="$DEAD_MS" '$1 > d && $3 == 201 && $4 == "A"' "$WORK/writes.txt" | wc -l)
BY_A=$(awk '$3 == 201 && $4 == "A"' "$WORK/writes.txt" | wc -l)
BY_B=$(awk '$3 == 201 && $4 == "B"' "$WORK/writes.txt" | wc -l)
MISSING=0
while read -r id; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$LB/api/v1/items/$id/positions")
  [[ "$status" == 200 ]] || { MISSING=$((MISSING + 1)); echo "item $id: $status" >> "$WORK/missing.txt"; }
done < <(awk '$3 == 201 && $5 != "-" {print $5}' "$WORK/writes.txt")
echo "(b) $ACKED writes acknowledged ($BY_A by A, $BY_B by B), $MISSING missing"

# (c) wait for the agendas to freeze and the convocations to go, restart B as an operator would
# (it republishes the events it left incomplete), then count the e-mails per member and meeting
IDS=$(IFS=,; echo "${CONVENED[*]}")
wait_sent() {
  for _ in $(seq 1 90); do
    left=$(psql_ "select (select count(*) from meeting where id in ($IDS) and frozen_at is null)
      + (select count(*) from convocation where meeting_id in ($IDS) and sent_at is null)")
    [[ "$left" == 0 ]] && return 0
    sleep 2
  done
  return 1
}
wait_sent || true
SENT_BEFORE_RESTART=$(psql_ "select count(*) from convocation where meeting_id in ($IDS) and sent_at is not null")
B=$(start_instance B $PORT_B); PIDS_TO_STOP+=("$B")
RESTARTED=FAIL
wait_healthy "http://127.0.0.1:$PORT_B" "$B" && RESTARTED=PASS
sleep 20
wait_sent || true
FROZEN=$(psql_ "select count(*) from meeting where id in ($IDS) and frozen_at is not null")
ROWS=$(psql_ "select count(*) from convocation where meeting_id in ($IDS)")
SENT=$(psql_ "select count(*) from convocation where meeting_id in ($IDS) and sent_at is not null")
EXPECTED=$(psql_ "select count(*) from (select distinct m.id, a.id from meeting m
  join role_assignment r on r.territory_siren = m.territory_siren join account a on a.id = r.account_id
  where m.id in ($IDS) and a.enabled and r.role in ('DIRECTOR', 'FACILITATOR')) members")
CONVOCATION_MAILS=$(awk -F'\t' -v ids=",$IDS," 'index(ids, "," $2 ",") && $3 ~ /^Convocation/' "$WORK/mail.log" | wc -l)
DISTINCT=$(awk -F'\t' -v ids=",$IDS," 'index(ids, "," $2 ",") && $3 ~ /^Convocation/ {print $1 "\t" $2}' "$WORK/mail.log" | sort -u | wc -l)
DUPLICATES=$(awk -F'\t' -v ids=",$IDS," 'index(ids, "," $2 ",") && $3 ~ /^Convocation/ {print $1 "\t" $2}' "$WORK/mail.log" | sort | uniq -d | wc -l)
frozen_by() { { grep -o 'Agendas frozen: meetings \[[0-9, ]*\]' "$WORK/instance-$1.log" || true; } | grep -o '[0-9]\+' | paste -sd, - || true; }
FROZEN_A=$(frozen_by A)
FROZEN_B=$(frozen_by B)
FROZEN_BY="by A: ${FROZEN_A:-none}; by B: ${FROZEN_B:-none}"

# (d) A alone still serves pages and the API through nginx
SURVIVOR_PAGE=$(curl -s -o /dev/null -b "$COOKIES" -w '%{http_code}' "$LB/territoires/$SIREN")

pass() { [[ "$1" == 1 ]] && echo PASS || echo FAIL; }
printf '\nNouage on two instances behind nginx — %s, PostgreSQL %s, %s cores, %s\n' "$(basename "$JAR")" \
  "$("$PGBIN/postgres" --version | awk '{print $3}')" "$(nproc)" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-4s %-62s %-34s %s\n' "" "check" "measured" "result"
R_A=$([[ $SESSION_OK == "$SESSION_TOTAL" && $SEEN_A -gt 0 && $SEEN_B -gt 0 ]] && echo 1 || echo 0)
printf '%-4s %-62s %-34s %s\n' "(a)" "signed in once, pages answered by both instances" "$SESSION_OK/$SESSION_TOTAL (A $SEEN_A, B $SEEN_B)" "$(pass "$R_A")"
R_B=$([[ $MISSING == 0 && $ACKED -gt 0 ]] && echo 1 || echo 0)
printf '%-4s %-62s %-34s %s\n' "(b)" "acknowledged writes present after kill -9 of B" "$((ACKED - MISSING))/$ACKED (A $BY_A, B $BY_B)" "$(pass "$R_B")"
R_C=$([[ $FROZEN == "${#CONVENED[@]}" && $ROWS == "$EXPECTED" && $SENT == "$ROWS" && $CONVOCATION_MAILS == "$ROWS" && $DUPLICATES == 0 ]] && echo 1 || echo 0)
printf '%-4s %-62s %-34s %s\n' "(c)" "agendas frozen during the run" "$FROZEN/${#CONVENED[@]} ($FROZEN_BY)" ""
printf '%-4s %-62s %-34s %s\n' "" "convocations recorded / members of the four collectives" "$ROWS / $EXPECTED" ""
printf '%-4s %-62s %-34s %s\n' "" "convocations sent before B restarted / after" "$SENT_BEFORE_RESTART / $SENT" ""
printf '%-4s %-62s %-34s %s\n' "" "convocation e-mails received by the SMTP sink (distinct)" "$CONVOCATION_MAILS ($DISTINCT)" ""
printf '%-4s %-62s %-34s %s\n' "" "each convocation e-mailed exactly once (duplicates)" "$DUPLICATES" "$(pass "$R_C")"
R_D=$([[ $AFTER_KILL_ERRORS == 0 && $AFTER_KILL_BY_A -gt 0 && $SURVIVOR_PAGE == 200 ]] && echo 1 || echo 0)
printf '%-4s %-62s %-34s %s\n' "(d)" "requests sent once B was gone / answered by A / errors" "$AFTER_KILL / $AFTER_KILL_BY_A / $AFTER_KILL_ERRORS" "$(pass "$R_D")"
printf '%-4s %-62s %-34s %s\n' "" "requests in flight at the kill ($((DEAD_MS - KILL_MS)) ms to die) / failed" "$IN_FLIGHT / $IN_FLIGHT_ERRORS (of $TOTAL requests)" ""
printf '%-4s %-62s %-34s %s\n' "" "B restarted on the shared database" "$RESTARTED" ""
ALL=$([[ $R_A == 1 && $R_B == 1 && $R_C == 1 && $R_D == 1 && $RESTARTED == PASS ]] && echo 1 || echo 0)
printf '%-4s %-62s %-34s %s\n' "" "VERDICT" "" "$(pass "$ALL")"
[[ $ALL == 1 ]]
