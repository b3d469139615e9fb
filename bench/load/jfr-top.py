#!/usr/bin/env python3
"""Summarises a Java Flight Recorder file: the hottest top frames of the execution samples, the project
frames (vn.motcua...) on the sampled stacks with their share of samples, and where threads waited longest
to enter a monitor. Usage: jfr-top.py FILE.jfr"""
import collections, re, subprocess, sys

def stacks(event):
    text = subprocess.run(["jfr", "print", "--events", event, "--stack-depth", "64", sys.argv[1]],
                          capture_output=True, text=True, check=True).stdout
    out, stack, duration = [], None, 0.0
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(event.split(".")[-1]) or line.startswith(event):
            stack, duration = [], 0.0
        elif line.startswith("duration = ") and stack is not None:
            m = re.match(r"duration = ([\d.]+) (ms|s|us)", line)
            if m: duration = float(m.group(1)) * {"ms": 1, "s": 1000, "us": 0.001}[m.group(2)]
        elif stack is not None and re.match(r"^[\w$.<>/]+\(.*line:", line):
            stack.append(re.sub(r"\s+line:.*", "", line))
        elif line == "]" and stack is not None:
            out.append((stack, duration)); stack = None
    return out

samples = [s for s, _ in stacks("jdk.ExecutionSample")]
total = len(samples) or 1
print(f"{len(samples)} execution samples")
print("hottest top frames:")
for f, c in collections.Counter(s[0] for s in samples if s).most_common(12):
    print(f"  {100 * c / total:5.1f}%  {f}")
inclusive = collections.Counter()
for s in samples:
    for frame in dict.fromkeys(f for f in s if f.startswith("vn.motcua")):
        inclusive[frame] += 1
print("project frames on the stack (inclusive):")
for f, c in inclusive.most_common(20):
    print(f"  {100 * c / total:5.1f}%  {f}")
waits = collections.Counter()
for s, ms in stacks("jdk.JavaMonitorEnter"):
    where = next((f for f in s if f.startswith("vn.motcua")), s[0] if s else "?")
    waits[(s[0] if s else "?") + "  <-  " + where] += ms
if waits:
    print("longest monitor waits (total ms, monitor holder's frame <- first project frame):")
    for f, ms in waits.most_common(8):
        print(f"  {ms:9.0f}  {f}")
