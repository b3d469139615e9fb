#!/usr/bin/env python3
"""Writes N seed-format procedures as JSON Lines for the knowledge-base size bench: the project's seed
procedures first, then variants. A variant takes its name and field from a seed procedure or a national
record (shared/reference/national-records), a qualifier and a province (shared/reference/admin-units),
and its body (documents, steps, fees...) from a seed procedure; ids and national codes are made up
(gen.N, 9.NNNNNN). Aliases are dropped and the three examples are built from the variant's name, as an
imported national record would have none of its own.

Usage: make-procedures.py N OUT.jsonl [SEEDS_DIR] [REFERENCE_DIR]"""
import csv, glob, json, os, sys

n = int(sys.argv[1]); out = sys.argv[2]
seeds_dir = sys.argv[3] if len(sys.argv) > 3 else "seeds/procedures"
reference = sys.argv[4] if len(sys.argv) > 4 else "../shared/reference"

seeds = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(seeds_dir, "*.json")))]
national = []
for f in sorted(glob.glob(os.path.join(reference, "national-records", "*.json"))):
    r = json.load(open(f, encoding="utf-8"))
    name = r["ten_thu_tuc"].removeprefix("Thủ tục ").strip()
    national.append((name[0].upper() + name[1:], r.get("linh_vuc") or "Khác"))
provinces = [row["name"] for row in csv.DictReader(open(os.path.join(reference, "admin-units", "provinces.csv"), encoding="utf-8"))]
names = [(s["name"], s["field"]) for s in seeds] + national
qualifiers = ["", "Cấp lại", "Điều chỉnh", "Gia hạn", "Cấp đổi", "Hủy bỏ", "Xác nhận", "Đính chính", "Bổ sung",
              "Thay đổi", "Chuyển đổi", "Thu hồi", "Công nhận", "Đăng ký lại", "Phê duyệt"]

with open(out, "w", encoding="utf-8") as f:
    for s in seeds[:n]:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
    for i in range(max(0, n - len(seeds))):
        body = dict(seeds[i % len(seeds)])
        base, field = names[i % len(names)]
        rest = i // len(names)
        province = provinces[rest % len(provinces)]
        qualifier = qualifiers[(rest // len(provinces)) % len(qualifiers)]
        name = (qualifier + " " + base[0].lower() + base[1:] if qualifier else base) + " tại " + province
        body.update(id=f"gen.{i}", nationalCode=f"9.{i:06d}", name=name, field=field, aliases=[], related=[],
                    examples=[f"{name} cần giấy tờ gì", f"{name} nộp ở đâu", f"lệ phí {name} bao nhiêu"])
        f.write(json.dumps(body, ensure_ascii=False) + "\n")
print(f"{n} procedures in {out}")
