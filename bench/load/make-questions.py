#!/usr/bin/env python3
"""Writes questions.txt: every dev question (shared/eval/questions-dev.tsv) as written, then without
diacritics (NFD, marks dropped, đ -> d) when that differs, one per line, after a '#' origin header."""
import csv, sys, unicodedata

def unaccented(text):
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Mn"))

source = sys.argv[1] if len(sys.argv) > 1 else "../../../shared/eval/questions-dev.tsv"
rows = list(csv.DictReader(open(source, encoding="utf-8"), delimiter="\t"))
lines = ["# The dev questions of shared/eval/questions-dev.tsv, each also without diacritics;",
         "# regenerate with bench/load/make-questions.py PATH-TO-questions-dev.tsv"]
for row in rows:
    text = unicodedata.normalize("NFC", row["text"].strip())
    lines.append(text)
    if unaccented(text) != text:
        lines.append(unaccented(text))
with open("questions.txt", "w", encoding="utf-8") as out:
    out.write("\n".join(lines) + "\n")
print(f"{len(rows)} questions, {len(lines) - 2} lines")
