#!/usr/bin/env bash
# Two builds of the assistant side by side (before and after a change): both jars run at once, each on its
# own port and data dir, and wrk loads them in alternating short rounds (ask of A, ask of B, ping of A,
# ping of B, ...) so that both see the same machine noise. Reports per build: requests per second,
# p50/p99, errors, and the application's own CPU time per request (user + system time of its process,
# divided by the requests served), for ask and ping, and B's figures over A's.
#
# Usage: bench/load/ask-ab.sh JAR_A JAR_B [seconds per round, default 5] [rounds, default 4] [concurrency, default 32]
# Env: warm-up as in bench/load/warm-up.sh (each jar and endpoint until the JIT has settled; WARMUP,
#      WARMUP_MAX seconds), APP_ARGS (extra application arguments for both),
#      APP_ARGS_A / APP_ARGS_B (for one of them: the same jar twice compares two settings).
set -euo pipefail
JAR_A=$1; JAR_B=$2; SECONDS_PER_ROUND=${3:-5}; ROUNDS=${4:-4}; CONC=${5:-32}
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
WORK=$(mktemp -d); declare -A PID URL
cleanup() { # both apps, whatever the first one's exit status
  for b in A B; do [ -z "${PID[$b]:-}" ] || kill "${PID[$b]}" 2>/dev/null || true; done
  for b in A B; do [ -z "${PID[$b]:-}" ] || wait "${PID[$b]}" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
for b in A B; do
  jar=JAR_$b; own=APP_ARGS_$b; port=$(free_port); URL[$b]="http://127.0.0.1:$port"
  # shellcheck disable=SC2086
  java -jar "${!jar}" --server.port="$port" --assistant.data-dir="$WORK/data-$b" \
    --assistant.rate-limits.enabled=false ${APP_ARGS:-} ${!own:-} >"$WORK/app-$b.log" 2>&1 & PID[$b]=$!
done
for b in A B; do
  # ready = started and the start-up warm-up done (assistant.warm-up.*)
  for _ in $(seq 1 600); do curl -sf "${URL[$b]}/actuator/health/readiness" >/dev/null && break; sleep 0.5; done
  curl -sf "${URL[$b]}/actuator/health/readiness" >/dev/null || { tail -40 "$WORK/app-$b.log"; exit 1; }
done
TICKS=$(getconf CLK_TCK)
. bench/load/warm-up.sh
cpu_ms() { awk -v t="$TICKS" '{ printf "%.0f", ($14 + $15) * 1000 / t }' "/proc/$1/stat"; }
run() { # build endpoint seconds -> RESULT line with cpums
  local before result
  before=$(cpu_ms "${PID[$1]}")
  result=$(wrk -t2 -c"$CONC" -d"$3"s --timeout 10s -s "bench/load/$2.lua" "${URL[$1]}/api/v1/$2" | grep '^RESULT')
  echo "$result cpums=$(( $(cpu_ms "${PID[$1]}") - before ))"
}
for b in A B; do for e in ask ping; do warm_up "${PID[$b]}" "${URL[$b]}" "$e" "$CONC"; done; done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq 1 "$ROUNDS"); do
  for e in ask ping; do for b in A B; do run "$b" "$e" "$SECONDS_PER_ROUND" >>"$WORK/$b.$e"; done; done
done
summary() { awk '{ for (i=2;i<=NF;i++) { split($i,kv,"="); v[kv[1]]=kv[2] }
    n+=v["requests"]; s+=v["seconds"]; e+=v["non200"]+v["sockerr"]; cpu+=v["cpums"];
    if (v["p50"]>p50) p50=v["p50"]; if (v["p99"]>p99) p99=v["p99"] }
    END { printf "%.1f %.2f %.2f %d %.0f", n/s, p50/1000, p99/1000, e, cpu*1000/n }' "$1"; }
echo "A = $JAR_A ${APP_ARGS_A:-}, B = $JAR_B ${APP_ARGS_B:-}; concurrency $CONC, $ROUNDS x $SECONDS_PER_ROUND s per build and endpoint, alternating; $(nproc) CPUs"
echo "load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%5s %4s | %9s %8s %8s %5s %8s\n' build what "req/s" "p50 ms" "p99 ms" err "cpu µs"
for e in ask ping; do for b in A B; do
  read -r rps p50 p99 err cpu <<<"$(summary "$WORK/$b.$e")"
  printf '%5s %4s | %9s %8s %8s %5s %8s\n' "$b" "$e" "$rps" "$p50" "$p99" "$err" "$cpu"
  eval "${b}_${e}_rps=$rps ${b}_${e}_cpu=$cpu"
done; done
awk -v aa="$A_ask_rps" -v ap="$A_ping_rps" -v ba="$B_ask_rps" -v bp="$B_ping_rps" \
    -v ac="$A_ask_cpu" -v apc="$A_ping_cpu" -v bc="$B_ask_cpu" -v bpc="$B_ping_cpu" 'BEGIN {
  printf "ask/ping throughput: A %.2f, B %.2f; ping CPU over ask CPU per request: A %.2f, B %.2f\n", aa/ap, ba/bp, apc/ac, bpc/bc
  printf "B over A: ask req/s %.2f, ask CPU per request %.2f; ping req/s %.2f, ping CPU per request %.2f\n", ba/aa, bc/ac, bp/ap, bpc/apc }'
for b in A B; do grep -E 'ERROR|Exception' "$WORK/app-$b.log" | head -3 || true; done
