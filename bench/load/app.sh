# Sourced by the load benches (from the project's root): a free port, and the jar started on it with a
# fresh data dir and per-client limits off, ready (warm-up done), stopped on exit. Sets JAR, WORK, APP, APP_PID, URL.
JAR=${JAR:-adapters/target/motcua-assistant.jar}
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -q -DskipTests package" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
APP=$(free_port); WORK=$(mktemp -d); APP_PID=; URL="http://127.0.0.1:$APP"
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP" --assistant.data-dir="$WORK/data" \
  --assistant.rate-limits.enabled=false ${APP_ARGS:-} >"$WORK/app.log" 2>&1 & APP_PID=$!
# ready = started and the start-up warm-up done (up to assistant.warm-up.max-duration, 60 s by default)
for _ in $(seq 1 600); do curl -sf "$URL/actuator/health/readiness" >/dev/null && break; sleep 0.5; done
curl -sf "$URL/actuator/health/readiness" >/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
