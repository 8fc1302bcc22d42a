#!/usr/bin/env python3
"""Heap per user from a load run's class histograms (run.sh with LOAD_HISTOGRAMS=1).

idle: the app before the simulation; steady: the users signed in and working; expired: after the simulation, every
session gone. (steady - expired) / users is what a signed-in user's session and page hold; (steady - idle) / users
adds what grew with use and stays (Tomcat's connection buffers, classes loaded on first use, the database's pages in
H2). A user is one with a page open (a Vaadin UI) at the steady state: one whose sign-in failed holds only a bare
session, a few hundred bytes, so dividing by the planned users would understate the cost of each real one."""
import os
import re
import sys

run, planned = sys.argv[1], int(sys.argv[2])
ROW = re.compile(r"^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)")
WATCHED = {
    "org.apache.catalina.session.StandardSession": "HTTP sessions",
    "com.vaadin.flow.component.UI": "Vaadin UIs",
    "com.vaadin.flow.internal.StateNode": "state nodes",
    "org.paralelo.learning.ui.LessonView": "lesson pages",
    "org.paralelo.assessment.ui.QuizPlayerView": "quiz pages",
}


def histogram(name):
    path = os.path.join(run, f"histogram-{name}.txt")
    if not os.path.exists(path):
        sys.exit(f"no {path}: run with LOAD_HISTOGRAMS=1")
    classes = {}
    for line in open(path):
        m = ROW.match(line)
        if m:
            count, size, cls = int(m.group(1)), int(m.group(2)), m.group(3)
            c, s = classes.get(cls, (0, 0))
            classes[cls] = (c + count, s + size)
    return classes


def total(classes):
    return sum(size for _, size in classes.values())


idle, steady, expired = histogram("0-idle"), histogram("1-steady"), histogram("2-expired")
users = steady.get("com.vaadin.flow.component.UI", (0, 0))[0]
if users == 0:
    sys.exit("no Vaadin UI at the steady state: nobody was signed in with a page open")
print(f"live heap: idle {total(idle) / 2**20:.1f} MB, steady {total(steady) / 2**20:.1f} MB, "
      f"expired {total(expired) / 2**20:.1f} MB; {users} users with a page open of {planned} planned")
for cls, label in WATCHED.items():
    print(f"  {label:14} idle {idle.get(cls, (0, 0))[0]:>7,}  steady {steady.get(cls, (0, 0))[0]:>9,}  "
          f"expired {expired.get(cls, (0, 0))[0]:>7,}")
held = total(steady) - total(expired)
grown = total(steady) - total(idle)
print(f"per user, held by the session and its page (steady - expired): {held / users:,.0f} B")
print(f"per user, all growth while working (steady - idle):             {grown / users:,.0f} B")
print("largest shares of (steady - expired), per user:")
diff = sorted(((steady.get(c, (0, 0))[1] - expired.get(c, (0, 0))[1], c) for c in steady), reverse=True)
for size, cls in diff[:25]:
    count = steady[cls][0] - expired.get(cls, (0, 0))[0]
    print(f"  {size / users:>9,.0f} B  {count / users:>8,.1f} objects  {cls}")
