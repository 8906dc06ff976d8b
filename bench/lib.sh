# Shared by bench/run and bench/batch-run: a JDK, the runnable jar, a fresh PostgreSQL database,
# the server started on it (and stopped on exit, whatever happens), dev tokens.
# The caller sets ROOT, JAR, PG_HOST, PG_PORT, PG_USER, DB, HTTP_PORT, WORK, PSQL, PROFILE and
# (optionally) JIFEN_BENCH_JAVA_OPTS before sourcing it.

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# ---------------------------------------------------------------- a JDK and the runnable jar
find_jdk() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
            | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1)
        if [ "${major:-0}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
    done
    die "the jar needs a JDK 21 or newer (none in JAVA_HOME or /usr/lib/jvm)"
}
ensure_jdk_and_jar() {
    export JAVA_HOME="$(find_jdk)"
    export PATH="$JAVA_HOME/bin:$PATH"
    if [ ! -f "$JAR" ]; then
        log "no runnable jar at $JAR: building it (mvn -B -q package -DskipTests)"
        MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" mvn -B -q package -DskipTests
        [ -f "$JAR" ] || die "the build made no $JAR"
    fi
}

fresh_database() {
    "${PSQL[@]}" -d postgres -c "SELECT 1" >/dev/null || die "no PostgreSQL at $PG_HOST:$PG_PORT as $PG_USER"
    log "database $DB on $PG_HOST:$PG_PORT: dropping and creating it"
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    PG_VERSION="$("${PSQL[@]}" -d "$DB" -Atc "SHOW server_version")"
}

# ---------------------------------------------------------------- the server, and its clean-up
SERVER_PID=""
cleanup() {
    local rc=$? pids pid alive
    set +e
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        # the launcher and the Liberty JVM it started; nothing else
        pids="$(pgrep -P "$SERVER_PID" java || true) $SERVER_PID"
        log "stopping the server (pids $pids)"
        kill $pids 2>/dev/null || true
        for _ in $(seq 1 60); do
            alive=""; for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive=1; done
            [ -n "$alive" ] || break; sleep 0.5
        done
        kill -9 $pids 2>/dev/null || true
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Starts the jar on the fresh database with dev tokens on and waits until it is ready; extra
# environment for the server as arguments (NAME=value).
start_server() {
    if (echo >"/dev/tcp/127.0.0.1/$HTTP_PORT") 2>/dev/null; then
        die "port $HTTP_PORT is taken; set JIFEN_BENCH_HTTP_PORT"
    fi

    log "starting $JAR on port $HTTP_PORT (log: $WORK/server.log)"
    (
        cd "$WORK"
        export JIFEN_HTTP_PORT="$HTTP_PORT"
        export JIFEN_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB"
        export JIFEN_DB_USER="$PG_USER"
        export JIFEN_DB_PASSWORD="${PGPASSWORD:-bench}"
        export JIFEN_DEV_TOKENS=true
        export JIFEN_DEMO_DATA=false
        export WLP_JAR_EXTRACT_ROOT="$WORK/wlp"
        for setting in "$@"; do export "$setting"; done
        # Liberty's stacks run deeper than JFR's default 64 frames; cut ones make a flame graph of shards
        opts="${JIFEN_BENCH_JAVA_OPTS:-}"
        $PROFILE && opts="-XX:FlightRecorderOptions:stackdepth=512 $opts"
        [ -n "${opts// /}" ] && export JAVA_TOOL_OPTIONS="$opts"
        exec java -jar "$JAR" >"$WORK/server.log" 2>&1
    ) &
    SERVER_PID=$!

    started=$(date +%s)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready" || true)" = "200" ]; do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -40 "$WORK/server.log" >&2; die "the server exited while starting"; }
        grep -q CWWKZ0002E "$WORK/server.log" 2>/dev/null && { tail -40 "$WORK/server.log" >&2; die "the application failed to start"; }
        [ $(( $(date +%s) - started )) -lt 300 ] || die "the server was not ready within 300 s"
        sleep 1
    done
    log "server ready in $(( $(date +%s) - started )) s"
    # The runnable jar's launcher starts Liberty in a child JVM: that one serves, and is profiled.
    SERVER_JVM="$(pgrep -P "$SERVER_PID" java | head -1 || true)"
    SERVER_JVM="${SERVER_JVM:-$SERVER_PID}"
}

mint() { # subject, groups JSON, extra JSON members
    curl -sf -X POST "$BASE/api/v1/dev/tokens" -H 'Content-Type: application/json' \
        -d "{\"subject\":\"$1\",\"groups\":$2,\"ttlSeconds\":86400$3}" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}

# The benchmark's clients redeem for the same customers many times a minute: the burst rule still
# watches (its alerts are part of the measured work) but holds nobody. Needs BASE and ADMIN_TOKEN.
relax_burst_rule() {
    curl -sf -o /dev/null -X PUT "$BASE/api/v1/admin/risk/rules/REDEMPTION_BURST" \
        -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
        -d '{"enabled": true, "severity": "HIGH", "threshold": 20, "windowMinutes": 10, "placesHold": false}' \
        || die "could not set the redemption-burst rule"
}
