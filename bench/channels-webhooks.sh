#!/usr/bin/env bash
# How fast the channel webhooks answer the platforms (Zalo retries after about 2 s, Twilio gives up after
# 15 s) and how long until every reply has reached the platform's API, with the real jar against a local
# WireMock fake of Telegram, Zalo and Twilio. Per-sender limits are off (one bench client).
#
# Usage: bench/channels-webhooks.sh [messages per channel, default 100]
# Needs adapters/target/motcua-assistant.jar (./mvnw -q -DskipTests package) and WireMock standalone in
# the local Maven repository (the test dependency puts it there).
set -euo pipefail
N=${1:-100}
cd "$(dirname "$0")/.."
JAR=adapters/target/motcua-assistant.jar
WIREMOCK=$(ls ~/.m2/repository/org/wiremock/wiremock-standalone/*/wiremock-standalone-*.jar | tail -1)
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -q -DskipTests package" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
WM=$(free_port); APP=$(free_port)
WORK=$(mktemp -d); PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

TOKEN="123456:BENCH"; SID="AC00000000000000000000000000000001"; TWILIO_TOKEN="bench-token"
ZALO_APP="bench-app"; ZALO_KEY="bench-oa-key"; SECRET="bench-webhook-secret-0123"; PUBLIC="https://bench.example"

java -jar "$WIREMOCK" --port "$WM" --disable-banner >"$WORK/wiremock.log" 2>&1 & PIDS+=($!)
until curl -sf "http://127.0.0.1:$WM/__admin/mappings" >/dev/null; do sleep 0.2; done
stub() { curl -sf -X POST "http://127.0.0.1:$WM/__admin/mappings" -d "$1" >/dev/null; }
stub '{"request":{"method":"POST","urlPathPattern":"/bot.*"},"response":{"status":200,"headers":{"Content-Type":"application/json"},"body":"{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1764230000,\"chat\":{\"id\":1,\"type\":\"private\"}}}"}}'
stub '{"request":{"method":"POST","urlPath":"/v3.0/oa/message/cs"},"response":{"status":200,"headers":{"Content-Type":"application/json"},"body":"{\"error\":0,\"data\":{\"message_id\":\"m\"}}"}}'
stub '{"request":{"method":"POST","urlPath":"/2010-04-01/Accounts/'$SID'/Messages.json"},"response":{"status":201,"headers":{"Content-Type":"application/json"},"body":"{\"sid\":\"SM0\",\"status\":\"queued\"}"}}'

java -jar "$JAR" --server.port="$APP" --assistant.data-dir="$WORK/data" --assistant.public-url="$PUBLIC" \
  --assistant.rate-limits.enabled=false \
  --assistant.channels.telegram.token="$TOKEN" --assistant.channels.telegram.api-url="http://127.0.0.1:$WM" \
  --assistant.channels.telegram.mode=webhook --assistant.channels.telegram.webhook-secret="$SECRET" \
  --assistant.channels.zalo.app-id="$ZALO_APP" --assistant.channels.zalo.oa-secret-key="$ZALO_KEY" \
  --assistant.channels.zalo.access-token=bench --assistant.channels.zalo.api-url="http://127.0.0.1:$WM" \
  --assistant.channels.sms.account-sid="$SID" --assistant.channels.sms.auth-token="$TWILIO_TOKEN" \
  --assistant.channels.sms.from-number=+15005550006 --assistant.channels.sms.api-url="http://127.0.0.1:$WM" \
  >"$WORK/app.log" 2>&1 & PIDS+=($!)
# ready = started and the start-up warm-up done (up to assistant.warm-up.max-duration, 60 s by default)
for _ in $(seq 1 1500); do curl -sf "http://127.0.0.1:$APP/actuator/health/readiness" >/dev/null && break; sleep 0.2; done

QUESTIONS=("le phi dang ky ket hon" "làm căn cước cần giấy tờ gì" "đăng ký khai sinh ở đâu" "xin chào" "thời hạn cấp hộ chiếu")
timed() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$@"; }

for i in $(seq 1 "$N"); do
  q=${QUESTIONS[$((i % ${#QUESTIONS[@]}))]}
  body=$(printf '{"update_id":%d,"message":{"message_id":%d,"date":1764230000,"chat":{"id":%d,"type":"private"},"from":{"id":%d,"is_bot":false,"first_name":"B"},"text":"%s"}}' "$i" "$i" "$((7000 + i))" "$((7000 + i))" "$q")
  timed -X POST "http://127.0.0.1:$APP/webhooks/telegram" -H 'Content-Type: application/json' \
    -H "X-Telegram-Bot-Api-Secret-Token: $SECRET" --data-binary "$body" >>"$WORK/telegram.times"
done
for i in $(seq 1 "$N"); do
  q=${QUESTIONS[$((i % ${#QUESTIONS[@]}))]}; ts=$(date +%s%3N)
  body=$(printf '{"app_id":"%s","event_name":"user_send_text","timestamp":"%s","sender":{"id":"zu%d"},"recipient":{"id":"oa"},"message":{"msg_id":"zm%d","text":"%s"}}' "$ZALO_APP" "$ts" "$i" "$i" "$q")
  mac=$(printf '%s' "$ZALO_APP$body$ts$ZALO_KEY" | sha256sum | cut -d' ' -f1)
  timed -X POST "http://127.0.0.1:$APP/webhooks/zalo" -H 'Content-Type: application/json' \
    -H "X-ZEvent-Signature: mac=$mac" --data-binary "$body" >>"$WORK/zalo.times"
done
for i in $(seq 1 "$N"); do
  q=${QUESTIONS[$((i % ${#QUESTIONS[@]}))]}
  args=$(python3 - "$TWILIO_TOKEN" "$PUBLIC/webhooks/sms" "$i" "$q" <<'PY'
import base64, hashlib, hmac, sys, urllib.parse
token, url, i, q = sys.argv[1:]
form = {"MessageSid": "SM%032d" % int(i), "From": "+8490%07d" % int(i), "To": "+15005550006", "Body": q}
data = url + "".join(k + form[k] for k in sorted(form))
sig = base64.b64encode(hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()).decode()
print(sig + "\t" + urllib.parse.urlencode(form))
PY
)
  timed -X POST "http://127.0.0.1:$APP/webhooks/sms" -H "X-Twilio-Signature: ${args%%$'\t'*}" \
    --data-binary "${args#*$'\t'}" -H 'Content-Type: application/x-www-form-urlencoded' >>"$WORK/sms.times"
done
sent_at=$(date +%s%3N)

count() { curl -s -X POST "http://127.0.0.1:$WM/__admin/requests/count" -d "{\"method\":\"POST\",\"urlPathPattern\":\"$1\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])'; }
for _ in $(seq 1 600); do
  t=$(count '/bot.*/(?i)sendmessage'); z=$(count '/v3.0/oa/message/cs'); s=$(count '/2010-04-01/.*/Messages.json')
  [ "$t" -ge "$N" ] && [ "$z" -ge "$N" ] && [ "$s" -ge "$N" ] && break
  sleep 0.1
done
drained=$(( $(date +%s%3N) - sent_at ))

report() {
  sort -k2 -n "$WORK/$1.times" | awk -v ch="$1" '{ c[NR]=$1; t[NR]=$2*1000 } END {
    bad=0; for (i=1;i<=NR;i++) if (c[i] != 200) bad++;
    printf "%-9s %4d webhooks  non-200: %d  p50 %.1f ms  p95 %.1f ms  max %.1f ms\n", ch, NR, bad, t[int(NR*0.5)+0], t[int(NR*0.95)+0], t[NR] }'
}
echo "channel webhooks, $N messages each, sequential (one client), $(nproc) CPUs"
report telegram; report zalo; report sms
echo "replies at the fake APIs: telegram $t, zalo $z, sms $s of $N each; outbox drained ${drained} ms after the last webhook"
