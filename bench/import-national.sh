#!/usr/bin/env bash
# Times `import --replace` of N national records (default 2,642, the size of the full crawl).
# The records are the 61 reference records cycled under fresh codes 9.xxxxxx (their raw_text is
# renumbered too, so the misfiled-record check still passes); the real crawl is not in the repository.
# Usage: bench/import-national.sh [N] [records-folder]   (build the jar first: ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-2642}"
records="${2:-knowledge/src/test/resources/national-records}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$records" "$n" > "$work/records.jsonl" <<'PY'
import json, pathlib, sys
files = sorted(p for p in pathlib.Path(sys.argv[1]).rglob("*.json"))
records = [json.loads(p.read_text(encoding="utf-8")) for p in files]
for i in range(int(sys.argv[2])):
    r = dict(records[i % len(records)])
    code = "9.%06d" % i
    r["raw_text"] = r["raw_text"].replace("Mã thủ tục" + r["ma_thu_tuc"], "Mã thủ tục" + code)
    r["ma_thu_tuc"] = code
    print(json.dumps(r, ensure_ascii=False))
PY
echo "records: $n ($(du -h "$work/records.jsonl" | cut -f1)), cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
/usr/bin/time -f "cpu: user %U s, system %S s, max rss %M KB" java -jar adapters/target/motcua-assistant.jar import --data-dir "$work/data" --replace "$work/records.jsonl" | head -2
end=$(date +%s.%N)
echo "wall clock including JVM start: $(echo "$end - $start" | bc) s"
