# Sourced by run.sh and browsers.sh, not run: what both do with the app they start (LoadServer, pid in $APP, results
# in $RUN).

# wait_for_app TAG SECONDS: until the app has seeded its data and written $RUN/ready; stops the script if the app
# stops first or is not ready in time.
wait_for_app() {
    local tag=$1 seconds=$2
    for _ in $(seq "$seconds"); do
        [[ -f "$RUN/ready" ]] && return 0
        kill -0 "$APP" 2>/dev/null || { echo "[$tag] the app stopped; see $RUN/server.log" >&2; exit 1; }
        sleep 1
    done
    echo "[$tag] the app was not ready within $seconds s" >&2
    exit 1
}
