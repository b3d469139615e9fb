#!/usr/bin/env bash
# Cold start: how soon after launch an instance answers at steady speed, with the start-up warm-up on and
# off (assistant.warm-up.enabled). For each mode the real jar starts afresh (new JVM, new data dir); the
# script times launch -> ready (/actuator/health/readiness answers 200), then loads POST /api/v1/ask with
# wrk in consecutive rounds from that moment, as a load balancer would send traffic, and prints each round:
# seconds since ready at its end, requests per second, p50/p99, and the JIT compiler threads' share of the
# application's CPU (bench/load/warm-up.sh). The warm-up's own questions come from the knowledge base;
# wrk asks the dev questions (questions.txt), so the warm-up is not tuned on what is measured.
#
# The "on" run goes first: once ready its JIT should have settled, so the median of its last ROUNDS_REF
# rounds is the steady throughput both modes are compared with. The "off" run then goes on until two
# rounds in a row reach 90 % of it, or MAX_ROUNDS. Reported per mode: launch to ready, and launch (and
# ready) to the first of those two rounds.
#
# Usage: bench/load/cold-start.sh [rounds of the "on" run, default 12] [seconds per round, default 5] [concurrency, default 32]
# Times after ready are when that round started (a round lasts longer than its load: wrk's start, /proc reads).
# Env: MAX_ROUNDS (rounds at most for "off", default 30), ROUNDS_REF (default 4), JAR, JAVA_OPTS, APP_ARGS.
# It loads two cores fully for a few minutes: on a shared machine, say so before running it.
set -euo pipefail
ROUNDS=${1:-12}; SECONDS_PER_ROUND=${2:-5}; CONC=${3:-32}
MAX_ROUNDS=${MAX_ROUNDS:-30}; ROUNDS_REF=${ROUNDS_REF:-4}
cd "$(dirname "$0")/../.."
JAR=${JAR:-adapters/target/motcua-assistant.jar}
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
. bench/load/warm-up.sh   # process_cpu_ms, compiler_cpu_ms
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
WORK=$(mktemp -d); APP_PID=
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

# cold MODE ROUNDS TARGET: one fresh start; TARGET (req/s, 0 = none) ends the run early after two rounds at or above it
cold() {
  local mode=$1 rounds=$2 target=$3 started=() port url launched ready r c0 j0 result rps p50 p99 jit above=0 reached=
  port=$(free_port); url="http://127.0.0.1:$port"
  launched=$(now_ms)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --assistant.data-dir="$WORK/data-$mode" \
    --assistant.rate-limits.enabled=false --assistant.warm-up.enabled=$([ "$mode" = on ] && echo true || echo false) \
    ${APP_ARGS:-} >"$WORK/app-$mode.log" 2>&1 & APP_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/actuator/health/readiness")" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app-$mode.log"; exit 1; }
    sleep 0.1
  done
  ready=$(now_ms)
  echo "warm-up $mode: launch to ready $(( (ready - launched) / 1000 )).$(( (ready - launched) % 1000 / 100 )) s; $(grep -o 'Started MotcuaAssistant in [0-9.]* seconds' "$WORK/app-$mode.log")$(grep -o 'Warm-up done in .* passes ([^)]*)' "$WORK/app-$mode.log" | sed 's/^/; /')"
  printf '%6s %8s %9s %8s %8s %6s\n' round "t ready" "ask/s" "p50 ms" "p99 ms" "jit %"
  : >"$WORK/$mode.rounds"
  for r in $(seq 1 "$rounds"); do
    started[r]=$(( ($(now_ms) - ready) / 1000 ))  # rounds take longer than their load (wrk start, /proc reads)
    c0=$(process_cpu_ms "$APP_PID"); j0=$(compiler_cpu_ms "$APP_PID")
    result=$(wrk -t2 -c"$CONC" -d"$SECONDS_PER_ROUND"s --timeout 10s -s bench/load/ask.lua "$url/api/v1/ask" | grep '^RESULT')
    rps=$(awk '{ for (i=2;i<=NF;i++) { split($i,kv,"="); v[kv[1]]=kv[2] } printf "%.0f", v["requests"]/v["seconds"] }' <<<"$result")
    p50=$(grep -o 'p50=[0-9]*' <<<"$result" | cut -d= -f2); p99=$(grep -o 'p99=[0-9]*' <<<"$result" | cut -d= -f2)
    jit=$(awk -v j=$(( $(compiler_cpu_ms "$APP_PID") - j0 )) -v c=$(( $(process_cpu_ms "$APP_PID") - c0 )) 'BEGIN { printf "%.0f", (c > 0 ? 100 * j / c : 0) }')
    printf '%6d %8.0f %9s %8.1f %8.1f %6s\n' "$r" "$(( ($(now_ms) - ready) / 1000 ))" "$rps" "$(awk -v x="$p50" 'BEGIN{print x/1000}')" "$(awk -v x="$p99" 'BEGIN{print x/1000}')" "$jit"
    echo "$r $rps" >>"$WORK/$mode.rounds"
    if [ "$target" -gt 0 ]; then
      if [ "$rps" -ge "$target" ]; then above=$((above + 1)); else above=0; fi
      [ "$above" -ge 2 ] && { reached=$((r - 1)); break; }  # the first of the two
    fi
  done
  grep -E 'ERROR|Exception' "$WORK/app-$mode.log" | head -3 || true
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
  if [ -n "$reached" ]; then
    local after=${started[reached]}
    echo "warm-up $mode: 90 % of steady from round $reached: $after s after ready, $(( after + (ready - launched) / 1000 )) s after launch"
  elif [ "$target" -gt 0 ]; then
    echo "warm-up $mode: not at 90 % of steady within $rounds rounds"
  fi
  if [ "$mode" = on ]; then
    for r in "${!started[@]}"; do ON_STARTED[r]=${started[r]}; done  # keeping the round numbers
    ON_READY_MS=$((ready - launched))
  fi
}

echo "cold start: $(nproc) CPUs, concurrency $CONC, ${SECONDS_PER_ROUND} s rounds, $(git rev-parse --short HEAD 2>/dev/null), load average $(cut -d' ' -f1-3 /proc/loadavg)"
cold on "$ROUNDS" 0
steady=$(tail -n "$ROUNDS_REF" "$WORK/on.rounds" | awk '{ print $2 }' | sort -n | awk '{ a[NR]=$1 } END { print (NR % 2 ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)) }')
target=$(( steady * 9 / 10 ))
on_first=$(awk -v t="$target" 'prev >= t && $2 >= t { print $1 - 1; exit } { prev = $2 }' "$WORK/on.rounds")
echo "steady: median of the last $ROUNDS_REF rounds of the \"on\" run, $steady ask/s; 90 % = $target ask/s; \"on\" reached it two rounds in a row from round ${on_first:-none} (started ${ON_STARTED[${on_first:-0}]:-?} s after ready, $(( ${ON_STARTED[${on_first:-0}]:-0} + ON_READY_MS / 1000 )) s after launch)"
echo
cold off "$MAX_ROUNDS" "$target"
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
