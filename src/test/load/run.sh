#!/usr/bin/env bash
# The load test in one command (issue 16): starts the app with -Xmx2g on 127.0.0.1 (H2 in the run's directory, or
# MariaDB when DB_URL is set), seeds the learners and the course, runs the Gatling simulation, samples the app's
# heap, GC and CPU, checks every acknowledged answer in the database, and prints a summary.
#
#   src/test/load/run.sh [learners=30] [seconds=180] [ramp-seconds=120]
#   LOAD_TRAINERS=2 LOAD_SEARCHERS=3 LOAD_PORT=18180 DB_URL=jdbc:mariadb://127.0.0.1:3306/p_load DB_USER=root ...
#   LOAD_JAVA_OPTS="-D…" adds options to the app's JVM (e.g. Hikari's leak detection to name a connection holder).
#   LOAD_SKIP_BUILD=1 reuses the last build (e.g. for two runs at once).
#   LOAD_QUIZ_PERCENT=40 is the share of learners taking the quiz (0: every learner reads lessons).
#   LOAD_HISTOGRAMS=1 splits the heap per user: class histograms of the app idle before the simulation, at the steady
#   state (halfway through the run after the ramp) and once every session has expired after it (session timeout 2
#   minutes for the run),
#   compared by heap_split.py.
#
# Results: target/load/<time>-<learners>/ (summary.txt, gatling/ report, heap-gc.txt, cpu.csv, server.log).
set -euo pipefail
cd "$(dirname "$0")/../../.."
# shellcheck source=src/test/load/app.sh
source src/test/load/app.sh

LEARNERS=${1:-30}
DURATION=${2:-180}
RAMP=${3:-120}
TRAINERS=${LOAD_TRAINERS:-2}
SEARCHERS=${LOAD_SEARCHERS:-3}
PORT=${LOAD_PORT:-18180}
if (( PORT < 18180 || PORT > 18189 )); then echo "LOAD_PORT must be 18180-18189" >&2; exit 2; fi
if (( LEARNERS > 2000 || DURATION > 3600 )); then echo "at most 2,000 learners and 3,600 s" >&2; exit 2; fi
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH

RUN=target/load/$(date -u +%Y%m%d-%H%M%S)-$LEARNERS
mkdir -p "$RUN"
RUN=$(cd "$RUN" && pwd)
echo "[load] building; results in $RUN"
# Built once, here: the Gatling step below only runs the simulation, so it never recompiles the classes the app
# is running from.
if [[ -z "${LOAD_SKIP_BUILD:-}" ]]; then
    ./mvnw -q -Pload test-compile
    ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/app-classpath.txt -Dmdep.includeScope=test
fi
CP=target/test-classes:target/classes:$(cat target/app-classpath.txt)

# LOAD_JAVA_OPTS adds JVM options to the app, e.g. -Dspring.datasource.hikari.leak-detection-threshold=10000.
HISTOGRAMS=${LOAD_HISTOGRAMS:-}
SESSION_OPTS=()
[[ -n "$HISTOGRAMS" ]] && SESSION_OPTS=(-Dserver.servlet.session.timeout=2m)
# shellcheck disable=SC2086
java -Xmx2g ${LOAD_JAVA_OPTS:-} "${SESSION_OPTS[@]}" -Xlog:gc:file="$RUN/gc.log" -Dload.dir="$RUN" -Dload.port="$PORT" \
    -Dload.learners=$((LEARNERS + SEARCHERS)) -Dload.trainers="$TRAINERS" \
    -cp "$CP" org.paralelo.load.LoadServer > "$RUN/server.log" 2>&1 &
APP=$!
SAMPLERS=()
stop_all() {
    for pid in "${SAMPLERS[@]}"; do kill "$pid" 2>/dev/null || true; done
    kill "$APP" 2>/dev/null || true
}
trap stop_all EXIT

echo "[load] seeding $LEARNERS learners, $SEARCHERS searchers, $TRAINERS trainers (app pid $APP)"
wait_for_app load 3600

# Heap and GC every 5 s (jstat: heap pools in KB, collection counts and times), CPU of the app from /proc.
jstat -gc -t "$APP" 5000 > "$RUN/heap-gc.txt" 2>/dev/null &
SAMPLERS+=($!)
(
    echo "epoch_s,cpu_percent_of_one_core"
    previous=$(awk '{print $14 + $15}' "/proc/$APP/stat")
    while sleep 5; do
        now=$(awk '{print $14 + $15}' "/proc/$APP/stat" 2>/dev/null) || break
        echo "$(date +%s),$(( (now - previous) * 100 / (5 * $(getconf CLK_TCK)) ))"
        previous=$now
    done
) > "$RUN/cpu.csv" &
SAMPLERS+=($!)

# A class histogram collects the heap fully first: what it counts is live.
histogram() { jcmd "$APP" GC.class_histogram > "$RUN/histogram-$1.txt" 2>&1 || true; }
if [[ -n "$HISTOGRAMS" ]]; then
    histogram 0-idle
    (sleep $((RAMP + DURATION / 2)) && histogram 1-steady) &
    SAMPLERS+=($!)
fi

echo "[load] simulation: $LEARNERS learners over ${RAMP}s, each for ${DURATION}s"
GATLING=0
./mvnw -q -Pload gatling:test -Dload.dir="$RUN" -Dload.baseUrl="http://127.0.0.1:$PORT" \
    -Dload.users="$LEARNERS" -Dload.trainers="$TRAINERS" -Dload.searchers="$SEARCHERS" \
    -Dload.quizPercent="${LOAD_QUIZ_PERCENT:-40}" \
    -Dload.seconds="$DURATION" -Dload.rampSeconds="$RAMP" > "$RUN/gatling.log" 2>&1 || GATLING=$?

if [[ -n "$HISTOGRAMS" ]]; then
    # Tomcat looks for expired sessions once a minute: 2 minutes of idle time and that minute, with margin.
    echo "[load] waiting for every session to expire"
    sleep 200
    histogram 2-expired
fi
stop_all
wait "$APP" 2>/dev/null || true
trap - EXIT
LEDGER=0
java -cp "$CP" org.paralelo.load.AnswerLedgerCheck "$RUN" > "$RUN/answers.txt" 2>&1 || LEDGER=$?
python3 src/test/load/summary.py "$RUN" | tee "$RUN/summary.txt"
if [[ -n "$HISTOGRAMS" ]]; then
    python3 src/test/load/heap_split.py "$RUN" $((LEARNERS + SEARCHERS + TRAINERS)) | tee "$RUN/heap-split.txt"
fi
echo "[load] gatling exit $GATLING, answer check exit $LEDGER"
