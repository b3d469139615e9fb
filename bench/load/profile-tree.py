#!/usr/bin/env python3
"""Reads async-profiler's collapsed stacks (one "frame;frame;... count" line per stack).
  profile-tree.py FILE --threads [--per N]   CPU share per thread kind (and samples per request)
  profile-tree.py FILE FRAME [DEPTH]         what is under the first frame containing FRAME, DEPTH frames deep"""
import collections, re, sys

def stacks(path):
    for line in open(path):
        stack, _, count = line.rstrip().rpartition(" ")
        yield stack.split(";"), int(count)

path, what = sys.argv[1], sys.argv[2]
total = sum(n for _, n in stacks(path)) or 1
if what == "--threads":
    kinds = collections.Counter()
    for frames, n in stacks(path):
        kinds[re.sub(r"\d+", "N", frames[0])] += n
    per = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    print(f"{path}: {total} samples" + (f", {total / per:.3f} per request" if per else ""))
    for kind, n in kinds.most_common(6):
        print(f"  {100 * n / total:5.1f}%  {kind}")
else:
    depth = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    below, under = collections.Counter(), 0
    for frames, n in stacks(path):
        at = next((i for i, f in enumerate(frames) if what in f), None)
        if at is None:
            continue
        under += n
        below[" > ".join(f.split("/")[-1][:70] for f in frames[at + 1:at + 1 + depth]) or "<self>"] += n
    print(f"{path}: {100 * under / total:.1f}% of samples under {what}")
    for key, n in below.most_common(25):
        print(f"  {100 * n / total:5.1f}%  {key}")
