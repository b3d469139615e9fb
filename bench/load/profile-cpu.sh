#!/usr/bin/env bash
# Where the CPU goes under load, every thread included (JIT compiler, GC, Tomcat's poller, the kernel's
# share of socket writes): async-profiler (fetched once from Maven Central into ~/.m2) attached to the real
# jar while wrk loads ask, then ping, at the same concurrency. Prints the share of CPU per thread kind, the
# requests each endpoint served and the profile samples per request, then what is under the ask's
# controller. Collapsed stacks are kept for further digging with `profile-tree.py FILE FRAME [depth]`.
#
# Usage: bench/load/profile-cpu.sh [seconds, default 15] [concurrency, default 32] [output dir, default target/profile]
# Env: JAR; warm-up as in bench/load/warm-up.sh (until the JIT has settled; WARMUP, WARMUP_MAX seconds).
set -euo pipefail
DURATION=${1:-15}; CONC=${2:-32}; OUT=$(realpath -m "${3:-target/profile}")
cd "$(dirname "$0")/../.."
VERSION=3.0
PROFILER=$HOME/.m2/repository/tools/profiler/async-profiler/$VERSION/async-profiler-$VERSION.jar
[ -f "$PROFILER" ] || ./mvnw -q dependency:get -Dartifact="tools.profiler:async-profiler:$VERSION" >/dev/null
LIB_DIR=$HOME/.cache/motcua-bench/async-profiler-$VERSION
[ -f "$LIB_DIR/linux-x64/libasyncProfiler.so" ] || { mkdir -p "$LIB_DIR" && (cd "$LIB_DIR" && unzip -oq "$PROFILER" 'linux-*'); }
LIB=$LIB_DIR/linux-$( [ "$(uname -m)" = aarch64 ] && echo arm64 || echo x64)/libasyncProfiler.so
mkdir -p "$OUT"
. bench/load/app.sh
profiler() { java bench/load/Attach.java "$APP_PID" "$LIB" "$1" >/dev/null; }
. bench/load/warm-up.sh
warm_up "$APP_PID" "$URL" ask "$CONC"; warm_up "$APP_PID" "$URL" ping "$CONC"
for endpoint in ask ping; do
  profiler "start,event=cpu,interval=499us,threads"
  wrk -t2 -c"$CONC" -d"${DURATION}"s -s "bench/load/$endpoint.lua" "$URL/api/v1/$endpoint" | grep '^RESULT' \
    | sed "s/^/$endpoint /" | tee "$OUT/$endpoint.result"
  profiler "stop,collapsed,threads,file=$OUT/$endpoint.collapsed"
done
for endpoint in ask ping; do
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' "$OUT/$endpoint.result")
  python3 bench/load/profile-tree.py "$OUT/$endpoint.collapsed" --threads --per "$requests"
done
python3 bench/load/profile-tree.py "$OUT/ask.collapsed" AskController.ask 2
echo "collapsed stacks in $OUT"
