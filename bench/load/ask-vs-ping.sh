#!/usr/bin/env bash
# The ask API against the trivial ping endpoint of the same application, in the same run: the real jar on
# loopback, loaded by wrk from a second process with the dev questions (with and without diacritics).
# For each concurrency, ping and ask alternate in short rounds so both see the same machine noise; the
# report gives each one's throughput, p50/p99, errors, and the ask/ping throughput ratio, with the load
# average; and the application's own CPU time per request (user + system time of its process over the
# round, divided by the requests served), which a machine shared with other work disturbs far less than
# throughput: "cpu ratio" is ping's CPU per request over ask's, what the throughput ratio tends to when
# the application alone is CPU-bound. Per-client rate limits are off (one bench client).
#
# Usage: bench/load/ask-vs-ping.sh [seconds per round, default 5] [rounds, default 2] [concurrencies, default "1 8 32 64"]
# Env: JAR (default adapters/target/motcua-assistant.jar), JAVA_OPTS (extra JVM options for the app),
#      APP_ARGS (extra application arguments); warm-up (bench/load/warm-up.sh): at each concurrency, ping and
#      ask are loaded until the JIT has settled, WARMUP seconds at least (default 20), WARMUP_MAX at most.
set -euo pipefail
SECONDS_PER_ROUND=${1:-5}; ROUNDS=${2:-2}; CONCURRENCIES=${3:-"1 8 32 64"}
cd "$(dirname "$0")/../.."
. bench/load/app.sh
. bench/load/warm-up.sh

TICKS=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$TICKS" '{ printf "%.0f", ($14 + $15) * 1000 / t }' "/proc/$APP_PID/stat"; }  # process user + system

run() { # endpoint concurrency seconds -> RESULT line, with the application's CPU milliseconds over the run
  local lua=bench/load/$1.lua path=/api/v1/$1 threads=$(( $2 < 2 ? 1 : 2 )) before jit result
  before=$(cpu_ms); jit=$(compiler_cpu_ms "$APP_PID")
  result=$(wrk -t"$threads" -c"$2" -d"$3"s --timeout 10s -s "$lua" "$URL$path" | grep '^RESULT')
  echo "$result cpums=$(( $(cpu_ms) - before )) jitms=$(( $(compiler_cpu_ms "$APP_PID") - jit ))"
}


echo "ask vs ping: $(nproc) CPUs, ${ROUNDS} x ${SECONDS_PER_ROUND} s per endpoint and concurrency, $(git rev-parse --short HEAD)"
printf '%5s | %9s %8s %8s %5s %7s | %9s %8s %8s %5s %7s | %6s %6s | %s\n' conc "ping/s" "p50 ms" "p99 ms" err "cpu µs" \
  "ask/s" "p50 ms" "p99 ms" err "cpu µs" ratio "cpu r." "load avg"
for c in $CONCURRENCIES; do
  : >"$WORK/ping.$c"; : >"$WORK/ask.$c"
  warm_up "$APP_PID" "$URL" ask "$c"; warm_up "$APP_PID" "$URL" ping "$c"
  for _ in $(seq 1 "$ROUNDS"); do
    run ping "$c" "$SECONDS_PER_ROUND" >>"$WORK/ping.$c"
    run ask "$c" "$SECONDS_PER_ROUND" >>"$WORK/ask.$c"
  done
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  # throughput over all rounds; latency percentiles: the worst round's (wrk keeps no histogram across
  # runs), and after the row the median round's p99 ("p99 mid")
  summary() { awk '{ for (i=2;i<=NF;i++) { split($i,kv,"="); v[kv[1]]=kv[2] }
      n+=v["requests"]; s+=v["seconds"]; e+=v["non200"]+v["sockerr"]; cpu+=v["cpums"];
      if (v["p50"]>p50) p50=v["p50"]; if (v["p99"]>p99) p99=v["p99"] }
      END { printf "%.1f %.2f %.2f %d %.0f", n/s, p50/1000, p99/1000, e, cpu*1000/n }' "$1"; }
  median_p99() { grep -o 'p99=[0-9]*' "$1" | cut -d= -f2 | sort -n \
      | awk '{ a[NR]=$1 } END { printf "%.2f", ((NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) / 1000 }'; }
  read -r prps pp50 pp99 perr pcpu <<<"$(summary "$WORK/ping.$c")"
  read -r arps ap50 ap99 aerr acpu <<<"$(summary "$WORK/ask.$c")"
  ratio=$(awk -v a="$arps" -v p="$prps" 'BEGIN { printf "%.2f", a/p }')
  cratio=$(awk -v a="$acpu" -v p="$pcpu" 'BEGIN { printf "%.2f", p/a }')
  printf '%5s | %9s %8s %8s %5s %7s | %9s %8s %8s %5s %7s | %6s %6s | %s\n' "$c" "$prps" "$pp50" "$pp99" "$perr" "$pcpu" \
    "$arps" "$ap50" "$ap99" "$aerr" "$acpu" "$ratio" "$cratio" "$load"
  jit_share=$(cat "$WORK/ping.$c" "$WORK/ask.$c" | grep -o 'cpums=[0-9]* jitms=[0-9]*' | tr '=' ' ' \
      | awk '{ c += $2; j += $4 } END { printf "%.1f", (c > 0 ? 100 * j / c : 0) }')
  echo "      p99 of the median round: ping $(median_p99 "$WORK/ping.$c") ms, ask $(median_p99 "$WORK/ask.$c") ms; JIT compiler ${jit_share}% of the CPU in the rounds"
done
grep -E 'ERROR|Exception' "$WORK/app.log" | head -5 || true
