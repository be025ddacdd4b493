# Helpers shared by the scripts that run the packaged platform (load test, crash test, two instances).
# Sourced, never run.

# Installs a Debian package when its command is missing: need COMMAND PACKAGE
need() {
  command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }
}

# The packaged jar (built when missing, or always with BUILD=1), as an absolute path
nouage_jar() {
  local jar
  jar=$(ls target/nouage-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [[ -z "$jar" || "${BUILD:-0}" == 1 ]]; then
    ./mvnw -q -B -DskipTests package >&2
    jar=$(ls target/nouage-*.jar | grep -v original | head -1)
  fi
  echo "$(pwd)/$jar"
}

# Unpacks the jar into DIR and records its class-data-sharing archive (a training start that stops
# once the context is refreshed), as Spring Boot advises for production: start-up then loads classes
# from the archive instead of the nested jar. Redone when the jar is newer. Prints the java options that
# start it: cds_launch JAR DIR [application arguments for the training start]
cds_launch() {
  local jar=$1 dir=$2; shift 2
  local app
  app="$dir/$(basename "$jar")"
  if [[ ! -f "$dir/app.jsa" || "$jar" -nt "$dir/app.jsa" ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -Xmx512m -jar "$app" "$@" \
      > "$dir/training.log" 2>&1 || true
  fi
  if [[ -f "$dir/app.jsa" ]]; then
    echo "-XX:SharedArchiveFile=$dir/app.jsa -jar $app"
  else
    echo "-jar $jar"
  fi
}

# Fails when something already listens on one of the loopback PORTs (another instance would answer
# in place of the one the script starts): ports_free PORT...
ports_free() {
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is already taken on 127.0.0.1: stop what listens there or choose another port" >&2
      return 1
    fi
  done
}

# Waits until the instance at BASE_URL answers healthy, or fails when its PID died: wait_healthy BASE_URL PID
wait_healthy() {
  for _ in $(seq 1 3000); do
    if curl -fs "$1/actuator/health" 2>/dev/null | grep -q UP; then return 0; fi
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# Starts a PostgreSQL of the Debian package (installed if missing) on loopback, its data in PGDATA
# (created when missing), as the postgres user: postgres_start PORT LOG [server options]
postgres_start() {
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")
  if [[ ! -d "$PGDATA" ]]; then
    mkdir -p "$PGDATA" && chown postgres "$PGDATA" "$(dirname "$PGDATA")"
    su postgres -c "$PGBIN/initdb -D '$PGDATA' -A trust -U postgres" >/dev/null
  fi
  chown -R postgres "$PGDATA"
  su postgres -c "$PGBIN/pg_ctl -D '$PGDATA' -o '-p $1 -k /tmp -c listen_addresses=127.0.0.1 ${3:-}' -l '$2' -w start" >/dev/null
}

postgres_stop() {
  [[ -n "${PGBIN:-}" ]] && su postgres -c "$PGBIN/pg_ctl -D '$PGDATA' -m fast stop" >/dev/null 2>&1 || true
}
