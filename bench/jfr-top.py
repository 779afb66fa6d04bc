#!/usr/bin/env python3
"""Summary of the CPU samples of a JFR recording (async-profiler is not available here).

    python3 bench/jfr-top.py app-1.jfr [PREFIX ...]

Prints the share of samples (jdk.ExecutionSample, request and job threads) whose stack contains a
method (inclusive), for the methods of the project and for the PREFIXes given (e.g.
org.hibernate. org.camunda.bpm.engine.impl.db.), and the top frames themselves (self time).
"""
import collections
import re
import subprocess
import sys

recording, prefixes = sys.argv[1], sys.argv[2:] or ["fr.reseau.ecoles."]
text = subprocess.run(
    ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", recording],
    capture_output=True, text=True, check=True).stdout
frame = re.compile(r"^\s+([\w$.<>]+)\(")
samples = []
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = [m.group(1) for line in event.splitlines() if (m := frame.match(line))]
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    samples.append((thread.group(1) if thread else "?", frames))
total = len(samples)
print(f"{total} samples")
threads = collections.Counter(re.sub(r"\d+", "N", t) for t, _ in samples)
print("threads:", ", ".join(f"{t} {n * 100 / total:.0f}%" for t, n in threads.most_common(6)))
inclusive = collections.Counter()
self_time = collections.Counter()
for _, frames in samples:
    if frames:
        self_time[frames[0]] += 1
    for method in set(frames):
        if any(method.startswith(p) for p in prefixes):
            inclusive[method] += 1
print("\ninclusive (method anywhere in the stack):")
for method, n in inclusive.most_common(40):
    print(f"{n * 100 / total:6.1f}%  {method}")
print("\nself (top frame):")
for method, n in self_time.most_common(25):
    print(f"{n * 100 / total:6.1f}%  {method}")
