#!/usr/bin/env python3
"""Summary of one load run (src/test/load/run.sh): p50/p95/p99 per step from Gatling's report, errors, the
app's heap (after each collection, from -Xlog:gc) and GC (jstat), CPU (from /proc), and the answer check."""
import glob
import os
import re
import sys

run = sys.argv[1]


def report_rows(html):
    """Gatling 3.14 keeps its statistics in the report's HTML table (simulation.log is binary): one row per request,
    columns 2-4 total/ok/ko, 8 p50, 10 p95, 11 p99, 12 max (gatling.conf's default percentiles 50, 75, 95, 99)."""
    for row in html.split("<tr")[1:]:
        name = re.search(r'class="ellipsed-name">([^<]+)<', row) or re.search(r'<span>([^<]+)</span>', row)
        cols = dict(re.findall(r'col-(\d+)">([^<]*)<', row))
        if name and "2" in cols and "12" in cols:
            yield name.group(1).strip(), cols


reports = sorted(glob.glob(os.path.join(run, "gatling", "*", "index.html")))
if reports:
    print(f"{'step':34} {'count':>7} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7}")
    for name, c in report_rows(open(reports[-1]).read()):
        errors = c["4"] if c["4"] != "-" else "0"
        print(f"{name:34} {c['2']:>7} {errors:>6} {c['8']:>7} {c['10']:>7} {c['11']:>7} {c['12']:>7}")
else:
    print("no Gatling report: see gatling.log")

gc_log = os.path.join(run, "gc.log")
if os.path.exists(gc_log):
    after = [int(m.group(1)) for m in re.finditer(r"->(\d+)M\(\d+M\)", open(gc_log).read())]
    if after:
        quarter = max(1, len(after) // 4)
        print(f"heap after GC: {len(after)} collections, first quarter max {max(after[:quarter])} MB, "
              f"last quarter max {max(after[-quarter:])} MB, peak {max(after)} MB (-Xmx2g)")

heap_gc = os.path.join(run, "heap-gc.txt")
if os.path.exists(heap_gc):
    lines = [line.split() for line in open(heap_gc) if line.strip() and not line.lstrip().startswith("Timestamp")]
    header = open(heap_gc).readline().split()
    if lines and header:
        col = {name: i for i, name in enumerate(header)}
        used = [sum(float(row[col[c]]) for c in ("S0U", "S1U", "EU", "OU")) / 1024 for row in lines]
        first, last = lines[0], lines[-1]
        print(f"heap used (5 s samples): max {max(used):.0f} MB, last {used[-1]:.0f} MB; "
              f"young GCs {int(last[col['YGC']]) - int(first[col['YGC']])}, "
              f"full GCs {int(last[col['FGC']]) - int(first[col['FGC']])}, "
              f"GC time {float(last[col['GCT']]) - float(first[col['GCT']]):.1f} s over "
              f"{float(last[0]) - float(first[0]):.0f} s")

cpu = os.path.join(run, "cpu.csv")
if os.path.exists(cpu):
    values = [int(line.split(",")[1]) for line in open(cpu).readlines()[1:] if "," in line]
    if values:
        print(f"app CPU (% of one core, 200 = both): mean {sum(values) / len(values):.0f}, max {max(values)}")

answers = os.path.join(run, "answers.txt")
if os.path.exists(answers):
    print(open(answers).read().strip().splitlines()[-1])
print(f"load average at the end: {open('/proc/loadavg').read().split()[:3]}")
