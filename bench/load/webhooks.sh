#!/usr/bin/env bash
# Webhook traffic under load: the real jar in Telegram webhook mode and with Twilio SMS, its send calls going
# to a fake Telegram/Twilio API (WebhookLoad.java, which also pushes the signed webhooks from many
# concurrent senders, each message from its own chat or phone number). Checks no webhook failed and every
# sender got its reply at the fake (no lost message). With STORE=redis (the default) the assistant keeps
# its state in a redis-server started here on a free port.
#
# Usage: bench/load/webhooks.sh [messages per channel, default 2000] [concurrent senders, default 32]
# Env: STORE (redis|memory), JAR, JAVA_OPTS, APP_ARGS, DRAIN seconds to wait for every reply (default 300),
#      API_LATENCY_MS: how long the fake API takes to answer a send call (default 0; real ones take ~100 ms).
set -euo pipefail
N=${1:-2000}; CONC=${2:-32}; STORE=${STORE:-redis}
cd "$(dirname "$0")/../.."
JAR=${JAR:-adapters/target/motcua-assistant.jar}
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -q -DskipTests package" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
FAKE=$(free_port); APP=$(free_port); WORK=$(mktemp -d); PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

TOKEN="123456:BENCH"; SID="AC00000000000000000000000000000001"; TWILIO_TOKEN="bench-token"
SECRET="bench-webhook-secret-0123"; PUBLIC="https://bench.example"
STORE_ARGS=()
if [ "$STORE" = redis ]; then
  command -v redis-server >/dev/null || { apt-get update >/dev/null && apt-get install -y redis-server >/dev/null; }
  REDIS=$(free_port)
  redis-server --port "$REDIS" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >"$WORK/redis.log" 2>&1 & PIDS+=($!)
  until redis-cli -p "$REDIS" ping >/dev/null 2>&1; do sleep 0.1; done
  STORE_ARGS=(--assistant.store=redis --spring.data.redis.host=127.0.0.1 --spring.data.redis.port="$REDIS")
fi

java bench/load/WebhookLoad.java "$FAKE" "http://127.0.0.1:$APP" "$N" "$CONC" bench/load/questions.txt \
  "$SECRET" "$TWILIO_TOKEN" "$PUBLIC" "${DRAIN:-300}" "${API_LATENCY_MS:-0}" >"$WORK/load.out" 2>&1 & LOAD=$!
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP" --assistant.data-dir="$WORK/data" --assistant.public-url="$PUBLIC" \
  --assistant.rate-limits.enabled=false "${STORE_ARGS[@]}" \
  --assistant.channels.telegram.token="$TOKEN" --assistant.channels.telegram.api-url="http://127.0.0.1:$FAKE" \
  --assistant.channels.telegram.mode=webhook --assistant.channels.telegram.webhook-secret="$SECRET" \
  --assistant.channels.sms.account-sid="$SID" --assistant.channels.sms.auth-token="$TWILIO_TOKEN" \
  --assistant.channels.sms.from-number=+15005550006 --assistant.channels.sms.api-url="http://127.0.0.1:$FAKE" \
  ${APP_ARGS:-} >"$WORK/app.log" 2>&1 & APP_PID=$!; PIDS+=($APP_PID)
# the app's CPU time (user + system, clock ticks) from when it is up to the end: its cost per message,
# which a loaded machine changes far less than the rates
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat" 2>/dev/null || echo 0; }
until curl -sf "http://127.0.0.1:$APP/actuator/health/readiness" >/dev/null 2>&1 || ! kill -0 "$APP_PID" 2>/dev/null; do sleep 0.5; done
CPU_UP=$(cpu_ticks)
status=0; wait "$LOAD" || status=$?
CPU_RUN=$(( $(cpu_ticks) - CPU_UP ))
echo "store: $STORE, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(git rev-parse --short HEAD)"
cat "$WORK/load.out"
if [ "$STORE" = redis ]; then echo "redis keys after the run: $(redis-cli -p "$REDIS" dbsize)"; fi
echo "app CPU from up to the last reply (and 1 s after): $(awk -v t="$CPU_RUN" -v hz="$(getconf CLK_TCK)" -v n="$N" \
  'BEGIN { printf "%.1f s, %.1f ms a message", t / hz, 1000 * t / hz / (2 * n) }')"
echo "app log: $(grep -c ' ERROR ' "$WORK/app.log" || true) ERROR, $(grep -c ' WARN ' "$WORK/app.log" || true) WARN lines"
grep -E ' (ERROR|WARN) ' "$WORK/app.log" | sed -E 's/^.{0,60}(ERROR|WARN)/\1/' | sort | uniq -c | sort -rn | head -8 || true
exit "$status"
