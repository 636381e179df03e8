#!/usr/bin/env python3
"""Restart to /health by CPU, which survives a loaded machine better than wall time.

Starts each build on an existing installation (data folder) in turn, then the bare app, polling every 5 ms. At the
first /health 200 it reads the process's and its main thread's CPU (user + system, /proc; the main thread is the
critical path to listening), then the wall time to /health/ready and the process CPU then, and one district home.

usage: restart-cpu.py DATA RECIPES BASELINE_DIR ROUNDS LABEL=CMS_DIR [LABEL=CMS_DIR ...]
RESTART_CPU_PORT in the environment changes the port (5612), so two runs on one machine do not answer each other.
"""
import os
import subprocess
import sys
import tempfile
import time

from cms_process import cpu_ms, status as status_on

PORT = int(os.environ.get('RESTART_CPU_PORT', '5612'))


def status(path):
    return status_on(PORT, path)


def wait_ok(path, process):
    while status(path) != 200:
        if process.poll() is not None:
            sys.exit(f'{" ".join(process.args)} exited with {process.returncode} before {path} answered')
        time.sleep(0.005)


def run(label, command, cwd, env, cms):
    if status('/health' if cms else '/') is not None:
        sys.exit(f'port {PORT} already answers before {label} starts: another server (set RESTART_CPU_PORT)')
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_ok('/health' if cms else '/', process)
    health = (time.monotonic() - started) * 1000
    main, whole = cpu_ms(f'/proc/{process.pid}/task/{process.pid}/stat'), cpu_ms(f'/proc/{process.pid}/stat')
    line = f'{label}\t/health {health:.0f} ms\tmain thread CPU {main} ms\tprocess CPU {whole} ms'
    if cms:
        wait_ok('/health/ready', process)
        ready = (time.monotonic() - started) * 1000
        ready_cpu = cpu_ms(f'/proc/{process.pid}/stat')
        status('/')
        home = (time.monotonic() - started) * 1000
        line += f'\t/health/ready {ready:.0f} ms (process CPU {ready_cpu} ms)\tfirst home {home:.0f} ms'
    print(f'{line}\tload {os.getloadavg()[0]:.0f}', flush=True)
    process.terminate()
    process.wait()


def main():
    # Absolute: the bare app is started from another folder.
    data, recipes, baseline = (os.path.abspath(a) for a in sys.argv[1:4])
    rounds, builds = int(sys.argv[4]), [b.split('=', 1) for b in sys.argv[5:]]
    urls = ['--urls', f'http://127.0.0.1:{PORT}']
    cms_env = dict(os.environ, ASPNETCORE_ENVIRONMENT='Production', Cms__DataPath=data, Cms__RecipesPath=recipes,
                   Serilog__MinimumLevel__Default='Warning', Cms__OutputCache__Enabled='false')
    for _ in range(rounds):
        for label, folder in builds:
            run(label, ['dotnet', 'GiaVien.Cms.Web.dll', *urls], folder, cms_env, cms=True)
        # Started outside its folder, as the C# benches do, so it reads no appsettings.json.
        run('bare', ['dotnet', os.path.join(baseline, 'GiaVien.Cms.Bench.Baseline.dll'), *urls], tempfile.gettempdir(),
            dict(os.environ, ASPNETCORE_ENVIRONMENT='Production'), cms=False)


main()
