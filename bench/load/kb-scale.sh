#!/usr/bin/env bash
# Knowledge-base size from 100 to 50,000 procedures: for each size, a fresh JVM (the application's
# classes, from the jar) loads generated procedures, builds the index, answers the dev questions one at a
# time in-process, and reports build time, query p50/p99 and heap after a full GC.
#
# Usage: bench/load/kb-scale.sh [sizes, default "100 1000 10000 50000"] [queries per size, default 5000]
# Env: JAR, HEAP (the JVM's -Xmx, default 1g: the target is a 50,000-procedure knowledge base in 1 GB).
set -euo pipefail
SIZES=${1:-"100 1000 10000 50000"}; QUERIES=${2:-5000}
cd "$(dirname "$0")/../.."
JAR=${JAR:-adapters/target/motcua-assistant.jar}
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -q -DskipTests package" >&2; exit 1; }
REFERENCE=${REFERENCE:-../shared/reference}; [ -d "$REFERENCE" ] || REFERENCE=/work/shared/reference
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
CP="$WORK/app/$(basename "$JAR"):$WORK/app/lib/*"
echo "knowledge-base size: $(nproc) CPUs, -Xmx${HEAP:-1g}, $QUERIES queries per size, $(git rev-parse --short HEAD)"
for n in $SIZES; do
  python3 bench/load/make-procedures.py "$n" "$WORK/procedures.jsonl" seeds/procedures "$REFERENCE" >/dev/null
  rm -rf "$WORK/index"
  java -Xmx"${HEAP:-1g}" -cp "$CP" bench/load/KnowledgeScale.java "$WORK/procedures.jsonl" bench/load/questions.txt \
    "$WORK/index" "$QUERIES" | sed "s/\$/ load_avg=$(cut -d' ' -f1 /proc/loadavg)/"
done
