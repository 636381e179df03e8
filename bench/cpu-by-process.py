#!/usr/bin/env python3
"""CPU time of a process tree by command name: `bench/cpu-by-process.py PID` samples /proc every 2 s until PID exits,
keeps the highest utime+stime seen for each of its descendants, and prints the seconds per command name (chromium,
dotnet, MainThread = Playwright's node driver, java ...). For `dotnet test` runs, whose /usr/bin/time misses the test
host's and Chromium's CPU. Processes that live less than 2 s are missed, and a pid reused inside the tree is counted once.

    dotnet test X.dll --logger "trx;LogFileName=/tmp/x.trx" & python3 bench/cpu-by-process.py $!

With --roles (after the PID), Chromium's processes are told apart by their --type (browser, renderer, gpu-process,
zygote, utility) and .NET's by the dll they run (testhost.dll, GiaVien.Cms.Web.dll ...).
"""
import collections
import os
import sys
import time

root = int(sys.argv[1])
by_role = "--roles" in sys.argv[2:]
tick = os.sysconf("SC_CLK_TCK")
best = {}  # pid -> (command name, CPU seconds)


def stat(pid):
    with open(f"/proc/{pid}/stat") as f:
        text = f.read()
    name = text[text.index("(") + 1:text.rindex(")")]
    fields = text[text.rindex(")") + 2:].split()
    return name, int(fields[1]), (int(fields[11]) + int(fields[12])) / tick


def role(pid, name):
    """The command name, with Chromium's process type or the dll a dotnet process runs (read from its command line)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            args = [a.decode(errors="replace") for a in f.read().split(b"\0")]
    except OSError:
        return name
    if name.startswith("chromium"):
        kind = next((a[len("--type="):] for a in args if a.startswith("--type=")), "browser")
        return f"{name}:{kind}"
    if name == "dotnet":
        dll = next((os.path.basename(a) for a in args if a.endswith(".dll")), "?")
        return f"{name}:{dll}"
    return name


while os.path.exists(f"/proc/{root}"):
    procs = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                procs[int(entry)] = stat(entry)
            except (OSError, ValueError):
                pass  # gone meanwhile
    children = collections.defaultdict(list)
    for pid, (_, parent, _) in procs.items():
        children[parent].append(pid)
    todo = [root]
    while todo:
        pid = todo.pop()
        if pid in procs:
            name, _, cpu = procs[pid]
            if by_role:
                # Read again while it says "browser": a forked renderer shows its --type only once it has exec'd.
                name = best[pid][0] if pid in best and not best[pid][0].endswith(":browser") else role(pid, name)
            best[pid] = (name, max(cpu, best[pid][1] if pid in best else 0))
        todo.extend(children.get(pid, []))
    time.sleep(2)

by_name = collections.Counter()
for name, cpu in best.values():
    by_name[name if by_role else name.split("/")[0][:15]] += cpu
for name, cpu in by_name.most_common():
    print(f"{cpu:8.1f} s  {name}")
print(f"{sum(by_name.values()):8.1f} s  total (sampled every 2 s)")
