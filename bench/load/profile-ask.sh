#!/usr/bin/env bash
# Where the ask API spends its CPU: the real jar under wrk load (concurrency 8 by default) with Java Flight
# Recorder's execution sampling on; prints the hottest top frames, and the hottest project frames
# (the first vn.motcua frame of each sample) with their share of samples.
#
# Usage: bench/load/profile-ask.sh [seconds, default 30] [concurrency, default 8] [endpoint: ask|ping]
set -euo pipefail
DURATION=${1:-30}; CONC=${2:-8}; ENDPOINT=${3:-ask}
cd "$(dirname "$0")/../.."
. bench/load/app.sh
wrk -t2 -c"$CONC" -d15s -s "bench/load/$ENDPOINT.lua" "$URL/api/v1/$ENDPOINT" >/dev/null   # warm-up
jcmd "$APP_PID" JFR.start name=load settings=profile filename="$WORK/load.jfr" >/dev/null
wrk -t2 -c"$CONC" -d"${DURATION}"s -s "bench/load/$ENDPOINT.lua" "$URL/api/v1/$ENDPOINT" | grep RESULT
jcmd "$APP_PID" JFR.stop name=load >/dev/null
python3 bench/load/jfr-top.py "$WORK/load.jfr"
