# bench/setup-cpu.py LABEL CMS_DLL RECIPE RECIPES_PATH sqlite|pg:PORT:PGDATA   (env: PORT, default 5621; KEEP=1 keeps the data folder)
# One first start of a build on a fresh data folder (a new temporary folder): the wall time and the process's CPU when the
# set-up banner ("is ready") is printed, plus, on PostgreSQL, the cluster's CPU over the same span (the postmaster with its
# reaped children, plus its live backends). On PostgreSQL each run gets a database of its own in that cluster.
import os, subprocess, sys, time, tempfile, re, shutil
label, dll, recipe, recipes, db = sys.argv[1:6]
TICK = os.sysconf("SC_CLK_TCK")
def cpu(pid, children=False):
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    t = int(f[11]) + int(f[12]) + ((int(f[13]) + int(f[14])) if children else 0)
    return t / TICK
def pg_cpu(pgdata):
    pm = int(open(f"{pgdata}/postmaster.pid").readline())
    total = cpu(pm, children=True)
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                f = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
                if int(f[1]) == pm: total += cpu(p)
            except Exception: pass
    return total
data = tempfile.mkdtemp(prefix="setup-cpu-")
env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Production", Cms__DataPath=data, Cms__Setup__AdminPassword="Mat-khau-do-hieu-nang-2024",
           Cms__RecipesPath=recipes, Cms__Setup__Recipe=recipe, ASPNETCORE_URLS="http://127.0.0.1:" + os.environ.get("PORT", "5621"), DOTNET_gcServer="0")
pgdata = None
if db.startswith("pg:"):
    _, port, pgdata = db.split(":", 2)
    name = "imp_" + os.path.basename(data).replace("-", "_").lower()
    subprocess.run(["psql", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-qc", f"create database {name}"], check=True)
    env["Cms__Database__Provider"] = "PostgreSql"
    env["Cms__Database__PostgreSqlConnectionString"] = f"Host=127.0.0.1;Port={port};Username=postgres;Database={name}"
load0 = open("/proc/loadavg").read().split()[0]
pg0 = pg_cpu(pgdata) if pgdata else 0
out = open(f"{data}/stdout.log", "w")
start = time.monotonic()
proc = subprocess.Popen(["dotnet", dll], cwd=os.path.dirname(dll), env=env, stdout=out, stderr=subprocess.STDOUT)
marks, seen = [], 0
try:
    while True:
        time.sleep(0.05)
        text = open(f"{data}/stdout.log", encoding="utf-8", errors="replace").read()
        lines = text.splitlines()
        for line in lines[seen:]:
            m = re.search(r"Recipe (\S+) applied to tenant (\S+)", line)
            if m: marks.append(f"{m.group(2)}:{m.group(1)}@{time.monotonic()-start:.1f}s/{cpu(proc.pid):.1f}cpu")
        seen = len(lines)
        if "is ready" in text:
            wall, c = time.monotonic() - start, cpu(proc.pid)
            break
        if proc.poll() is not None or time.monotonic() - start > 1800:
            print(text[-3000:]); raise SystemExit(f"{label}: failed")
finally:
    pgc = pg_cpu(pgdata) - pg0 if pgdata else 0
    proc.terminate(); proc.wait()
print(f"{label}\t{recipe}\t{db.split(':')[0]}\twall {wall:.1f} s\tcpu {c:.2f} s\tpg {pgc:.2f} s\tload {load0}-{open('/proc/loadavg').read().split()[0]}\t{' '.join(marks)}", flush=True)
if not os.environ.get("KEEP"): shutil.rmtree(data, ignore_errors=True)
else: print("kept", data)
