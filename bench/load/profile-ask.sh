#!/usr/bin/env bash
# Where the ask API spends its CPU: the real jar under wrk load (concurrency 8 by default) with Java Flight
# Recorder's execution sampling on; prints the hottest top frames, and the hottest project frames
# (the first vn.motcua frame of each sample) with their share of samples.
#
# Usage: bench/load/profile-ask.sh [seconds, default 30] [concurrency, default 8] [endpoint: ask|ping]
set -euo pipefail
DURATION=${1:-30}; CONC=${2:-8}; ENDPOINT=${3:-ask}
cd "$(dirname "$0")/../.."
JAR=${JAR:-adapters/target/motcua-assistant.jar}
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
APP=$(free_port); WORK=$(mktemp -d); APP_PID=
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP" --assistant.data-dir="$WORK/data" \
  --assistant.rate-limits.enabled=false ${APP_ARGS:-} >"$WORK/app.log" 2>&1 & APP_PID=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$APP/actuator/health" >/dev/null && break; sleep 0.5; done
URL="http://127.0.0.1:$APP/api/v1/$ENDPOINT"
wrk -t2 -c"$CONC" -d15s -s "bench/load/$ENDPOINT.lua" "$URL" >/dev/null   # warm-up
jcmd "$APP_PID" JFR.start name=load settings=profile filename="$WORK/load.jfr" >/dev/null
wrk -t2 -c"$CONC" -d"${DURATION}"s -s "bench/load/$ENDPOINT.lua" "$URL" | grep RESULT
jcmd "$APP_PID" JFR.stop name=load >/dev/null
python3 bench/load/jfr-top.py "$WORK/load.jfr"
