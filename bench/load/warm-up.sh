# Sourced by the load benches: load an endpoint until the JIT has settled, so that the measured rounds see
# the steady state of a long-running instance rather than its first minutes.
#
# Why not a fixed warm-up: under concurrency 32 on 2 cores the JIT's compiler threads compete with 32
# busy request threads, and the ask path (web stack + question analysis + search + reply) keeps them busy
# for about two minutes of full load; with the 20-30 s warm-up used before, the measured rounds still spent
# 10-17 % of the process's CPU compiling and ran partly unoptimized code.
#
# warm_up PID URL ENDPOINT CONCURRENCY: 5 s rounds of wrk until, for one round, the compiler threads used
# under WARM_SETTLED percent (default 2) of the process's CPU, after at least WARMUP seconds (default 20)
# and at most WARMUP_MAX seconds (default 300; then it says so). Prints one line on stderr.
TICKS=${TICKS:-$(getconf CLK_TCK)}
process_cpu_ms() { awk -v t="$TICKS" '{ printf "%.0f", ($14 + $15) * 1000 / t }' "/proc/$1/stat"; }
compiler_cpu_ms() { # user + system time of the JIT's compiler threads ("C1 CompilerThre", "C2 CompilerThre")
  local ticks=0 task
  for task in /proc/"$1"/task/*; do
    grep -q CompilerThre "$task/comm" 2>/dev/null && ticks=$(( ticks + $(awk '{ print $14 + $15 }' "$task/stat") ))
  done
  echo $(( ticks * 1000 / TICKS ))
}
warm_up() {
  local pid=$1 url=$2 endpoint=$3 conc=$4 start=$SECONDS share=100 c0 j0 c1 j1
  while :; do
    c0=$(process_cpu_ms "$pid"); j0=$(compiler_cpu_ms "$pid")
    wrk -t"$(( conc < 2 ? 1 : 2 ))" -c"$conc" -d5s --timeout 10s -s "bench/load/$endpoint.lua" "$url/api/v1/$endpoint" >/dev/null
    c1=$(process_cpu_ms "$pid"); j1=$(compiler_cpu_ms "$pid")
    share=$(awk -v j=$((j1 - j0)) -v c=$((c1 - c0)) 'BEGIN { printf "%.1f", (c > 0 ? 100 * j / c : 100) }')
    (( SECONDS - start < ${WARMUP:-20} )) && continue
    awk -v s="$share" -v m="${WARM_SETTLED:-2}" 'BEGIN { exit !(s < m) }' && break
    (( SECONDS - start >= ${WARMUP_MAX:-300} )) && { echo "warm-up $endpoint: JIT not settled after $((SECONDS - start)) s (compiler ${share}% of CPU)" >&2; return; }
  done
  echo "warm-up $endpoint at concurrency $conc: $((SECONDS - start)) s, compiler ${share}% of CPU in the last round" >&2
}
