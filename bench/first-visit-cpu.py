#!/usr/bin/env python3
"""The CPU a node spends on communes' first visits, by build: what a tenant's opening costs, measured by CPU (which
survives a loaded machine better than wall time).

Starts each build in turn on an existing installation (the province bench's communes xa-0001 … or one made with
`tenant create-many`), waits for /health/ready, then asks N communes' home pages once (two at a time) and reads the
process's CPU (user + system, /proc) before and after: each first visit activates the commune's shell (its schema
check, the tenant's EF Core context) and renders its home uncached. The output cache and the district's shared-news
check after the start are off, so nothing else opens tenants meanwhile.

usage: first-visit-cpu.py DATA RECIPES ROUNDS COMMUNES LABEL=CMS_DIR [LABEL=CMS_DIR ...]
"""
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from cms_process import cpu_ms, status as status_on

PORT = 5614


def status(path):
    return status_on(PORT, path, timeout=120)  # a first visit on a loaded machine can take long


def run(label, folder, env, communes):
    process = subprocess.Popen(['dotnet', 'GiaVien.Cms.Web.dll', '--urls', f'http://127.0.0.1:{PORT}'], cwd=folder, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while status('/health/ready') != 200:
        if process.poll() is not None:
            sys.exit(f'{label} exited with {process.returncode} before it was ready')
        time.sleep(0.05)
    time.sleep(2)  # the start's own work settles
    before, started = cpu_ms(f'/proc/{process.pid}/stat'), time.monotonic()
    with ThreadPoolExecutor(2) as pool:
        codes = list(pool.map(status, [f'/xa-{i:04d}/' for i in range(1, communes + 1)]))
    used = cpu_ms(f'/proc/{process.pid}/stat') - before
    print(f'{label}\t{communes} first visits: process CPU {used} ms ({used / communes:.1f} ms each), wall {time.monotonic() - started:.1f} s, '
          f'{codes.count(200)} answered 200\tload {os.getloadavg()[0]:.0f}', flush=True)
    process.terminate()
    process.wait()


def main():
    data, recipes = (os.path.abspath(a) for a in sys.argv[1:3])
    rounds, communes, builds = int(sys.argv[3]), int(sys.argv[4]), [b.split('=', 1) for b in sys.argv[5:]]
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT='Production', Cms__DataPath=data, Cms__RecipesPath=recipes,
               Serilog__MinimumLevel__Default='Warning', Cms__OutputCache__Enabled='false', Cms__District__CatchUpDelay='01:00:00')
    for _ in range(rounds):
        for label, folder in builds:
            run(label, folder, env, communes)


main()
