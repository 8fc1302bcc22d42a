#!/usr/bin/env bash
# Real browsers against the app in its own JVM (issue 16; docs/benchmarks.md, "Real browsers against the app in its
# own JVM"): starts the app (LoadServer, -Xmx2g, sessions expiring after 2 minutes) on 127.0.0.1 with H2 in the
# run's directory, or MariaDB when DB_URL is set, then a client JVM (BrowserHeapSplit) that drives one headless
# Chromium per learner — signed in through the login page, on a lesson, then (fresh learners, fresh browsers) on the
# quiz with an attempt started through its button — and splits the app's heap per learner with its class histograms:
# all, held by the browsers' connections, held by the session and its UI, left once both are gone.
#
#   src/test/load/browsers.sh [learners=12] [settle-seconds=5]
#   LOAD_PORT=18180 DB_URL=jdbc:mariadb://127.0.0.1:3306/p_load DB_USER=root ...
#   LOAD_JAVA_OPTS="-D…" adds options to the app's JVM; LOAD_SKIP_BUILD=1 reuses the last build.
#   LOAD_PROXY=1 puts HAProxy (mode http, keep-alive to the app) on LOAD_PORT+5 (mod 10) between the browsers and the
#   app, as in production, so the app only holds the proxy's connections; histograms and TCP counts stay at the app.
#
# Results: target/load/<time>-browsers-<learners>/ (summary.txt, histogram-*.txt, client.log, server.log, gc.log).
# About 14 minutes for 12 learners, most of it waiting for sessions to expire.
set -euo pipefail
cd "$(dirname "$0")/../../.."
# shellcheck source=src/test/load/app.sh
source src/test/load/app.sh

LEARNERS=${1:-12}
SETTLE=${2:-5}
PORT=${LOAD_PORT:-18180}
if (( PORT < 18180 || PORT > 18189 )); then echo "LOAD_PORT must be 18180-18189" >&2; exit 2; fi
if (( LEARNERS < 1 || LEARNERS > 40 || SETTLE > 60 )); then echo "1-40 learners, at most 60 s to settle" >&2; exit 2; fi
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH

RUN=target/load/$(date -u +%Y%m%d-%H%M%S)-browsers-$LEARNERS
mkdir -p "$RUN"
RUN=$(cd "$RUN" && pwd)
echo "[browsers] building; results in $RUN"
if [[ -z "${LOAD_SKIP_BUILD:-}" ]]; then
    ./mvnw -q test-compile
    ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/app-classpath.txt -Dmdep.includeScope=test
fi
CP=target/test-classes:target/classes:$(cat target/app-classpath.txt)

# The port the browsers use: the app's, or with LOAD_PROXY=1 the proxy's, five further on within 18180-18189.
WEB=$PORT
if [[ -n "${LOAD_PROXY:-}" ]]; then
    WEB=$((18180 + (PORT - 18180 + 5) % 10))
    if [[ -n "$(ss -Hltn "( sport = :$WEB )")" ]]; then echo "the proxy's port $WEB is taken" >&2; exit 2; fi
    # ClusterTest's settings, one server. Keep-alive on both sides and "http-reuse safe" are HAProxy 2.6's defaults,
    # written out: idle connections to the app are shared between browsers, and half of them are closed every 5 s
    # (pool-purge-delay), so the app holds fewer connections than the browsers hold to the proxy.
    cat > "$RUN/haproxy.cfg" <<EOF
global
    maxconn 256
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    option http-keep-alive
    http-reuse safe
frontend web
    bind 127.0.0.1:$WEB
    default_backend app
backend app
    server app 127.0.0.1:$PORT
EOF
fi

# Two warm-up learners per page, then the lesson's and the quiz's own; no trainers.
# shellcheck disable=SC2086
java -Xmx2g ${LOAD_JAVA_OPTS:-} -Dserver.servlet.session.timeout=2m -Xlog:gc:file="$RUN/gc.log" \
    -Dload.dir="$RUN" -Dload.port="$PORT" -Dload.learners=$((2 * LEARNERS + 4)) -Dload.trainers=0 \
    -cp "$CP" org.paralelo.load.LoadServer > "$RUN/server.log" 2>&1 &
APP=$!
CLIENT=
PROXY=
stop_all() {
    # The client quits its browsers in a shutdown hook on TERM.
    [[ -n "$CLIENT" ]] && { kill "$CLIENT" 2>/dev/null || true; wait "$CLIENT" 2>/dev/null || true; }
    [[ -n "$PROXY" ]] && { kill "$PROXY" 2>/dev/null || true; wait "$PROXY" 2>/dev/null || true; }
    kill "$APP" 2>/dev/null || true
}
trap stop_all EXIT

echo "[browsers] seeding $((2 * LEARNERS + 4)) learners (app pid $APP)"
wait_for_app browsers 1800
if [[ -n "${LOAD_PROXY:-}" ]]; then
    # -db: in the foreground, so $PROXY is HAProxy itself and the trap stops it.
    haproxy -db -f "$RUN/haproxy.cfg" > "$RUN/haproxy.log" 2>&1 &
    PROXY=$!
    for _ in $(seq 30); do [[ -n "$(ss -Hltn "( sport = :$WEB )")" ]] && break; sleep 1; done
    [[ -n "$(ss -Hltn "( sport = :$WEB )")" ]] || { echo "HAProxy did not start; see $RUN/haproxy.log" >&2; exit 1; }
    echo "[browsers] through HAProxy on 127.0.0.1:$WEB (pid $PROXY)"
fi

echo "[browsers] $LEARNERS learners per page, each in their own Chromium" \
    "(load average: $(cut -d' ' -f1-3 /proc/loadavg))"
# Bounded: the client gives up after 40 minutes.
timeout 40m java -Xmx1g -cp "$CP" org.paralelo.load.BrowserHeapSplit "$RUN" "$PORT" "$LEARNERS" "$SETTLE" "$WEB" \
    > "$RUN/client.log" 2>&1 &
CLIENT=$!
STATUS=0
wait "$CLIENT" || STATUS=$?
CLIENT=
echo "[browsers] load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RUN/summary.txt"
stop_all
wait "$APP" 2>/dev/null || true
trap - EXIT
cat "$RUN/summary.txt"
echo "[browsers] client exit $STATUS; log in $RUN/client.log"
exit "$STATUS"
