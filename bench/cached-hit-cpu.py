"""CPU per cached hit of two CMS builds served side by side, in alternating short bursts.

`cachedpages` starts one process per arm and page, one after the other: on a machine that other jobs load, a burst
of theirs falls on one arm only, and the per-round ratios move two-fold. Here both builds run at once on copies of the
same data, warmed up together, and each measured burst of one is followed by one of the other (the order alternates),
so drift in the machine's load falls on both alike. What is compared is the server's own CPU time (user + system from
/proc) per request answered, the median over the bursts.

    python3 bench/cached-hit-cpu.py DATA_FOLDER THIS_BUILD_FOLDER REFERENCE_BUILD_FOLDER [--bursts 10] [--seconds 3]
        [--warmup-seconds 20] [--accept-encoding "gzip, deflate, br, zstd"] [--cookie "_ga=GA1.1.1.1"]
        [--page NAME=PATH ...] [--setting NAME=VALUE ...] [--script NAME=WRK_LUA_FILE ...] [--port 5461]

DATA_FOLDER is a data folder the demo was set up in (by any of the two builds); each build gets a copy of it.
--page measures these pages instead of the three cached ones; --setting is an environment variable both builds get
(e.g. Cms__OutputCache__Enabled=false for uncached pages); --script NAME=FILE has a wrk Lua script make page NAME's
requests (e.g. bench/search-distinct.lua: a distinct search each request), its path being then only what is waited for.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cms_process import cpu_ms, status  # noqa: E402

PAGES = [
    ('article', '/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024'),
    ('home', '/'),
    ('category', '/chuyen-muc/kinh-te'),
]
BROWSER_AGENT = 'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'


def start(build, data, port, work, settings):
    environment = dict(os.environ, ASPNETCORE_ENVIRONMENT='Production', Cms__DataPath=data, **settings)
    log = open(os.path.join(work, f'server-{port}.log'), 'w')
    return subprocess.Popen(['dotnet', os.path.join(build, 'GiaVien.Cms.Web.dll'), '--urls', f'http://127.0.0.1:{port}'],
                            cwd=build, env=environment, stdout=log, stderr=subprocess.STDOUT)


def wait_ok(server, port, path, deadline_seconds=300):
    deadline = time.time() + deadline_seconds
    while status(port, path, timeout=30) != 200:
        if server.poll() is not None or time.time() > deadline:
            raise SystemExit(f'port {port} did not answer {path} with 200 (see its log)')
        time.sleep(1)


def load(port, path, seconds, headers, script=None):
    """Requests answered by one wrk run (-t2 -c32, the issue's 32 connections)."""
    arguments = ['wrk', '-t2', '-c32', f'-d{seconds}s'] + (['-s', script] if script else [])
    for header in headers:
        arguments += ['-H', header]
    output = subprocess.run(arguments + [f'http://127.0.0.1:{port}{path}'], capture_output=True, text=True, check=True).stdout
    return int(re.search(r'(\d+) requests in', output).group(1))


def burst(server, port, path, seconds, headers, script):
    """The server's CPU µs per request over one run of load."""
    stat = f'/proc/{server.pid}/stat'
    before = cpu_ms(stat)
    requests = load(port, path, seconds, headers, script)
    return (cpu_ms(stat) - before) * 1000 / max(requests, 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('data')
    parser.add_argument('this_build')
    parser.add_argument('reference')
    parser.add_argument('--bursts', type=int, default=10)
    parser.add_argument('--seconds', type=int, default=3)
    parser.add_argument('--warmup-seconds', type=int, default=20)
    parser.add_argument('--accept-encoding')
    parser.add_argument('--cookie', help='a Cookie header every request carries (a visitor with an analytics cookie)')
    parser.add_argument('--page', action='append', help='NAME=PATH, instead of the three cached pages (repeatable)')
    parser.add_argument('--setting', action='append', default=[], help='NAME=VALUE in both builds\' environment (repeatable)')
    parser.add_argument('--script', action='append', default=[], help='NAME=FILE: a wrk Lua script making page NAME\'s requests (repeatable)')
    parser.add_argument('--port', type=int, default=5461, help='this build\'s port; the reference\'s is the next')
    options = parser.parse_args()
    pages = [tuple(page.split('=', 1)) for page in options.page] if options.page else PAGES
    settings = dict(setting.split('=', 1) for setting in options.setting)
    scripts = {name: os.path.abspath(file) for name, file in (script.split('=', 1) for script in options.script)}
    headers = [BROWSER_AGENT] + ([f'Accept-Encoding: {options.accept_encoding}'] if options.accept_encoding else [])
    headers += [f'Cookie: {options.cookie}'] if options.cookie else []

    work = tempfile.mkdtemp(prefix='giavien-cached-hit-cpu-')
    servers = {}
    try:
        builds = [('this build', os.path.abspath(options.this_build)), ('reference', os.path.abspath(options.reference))]
        for index, (name, build) in enumerate(builds):
            data = os.path.join(work, f'data-{index}')
            shutil.copytree(options.data, data)
            port = options.port + index
            servers[name] = (start(build, data, port, work, settings), port)
        print(f'load average at the start: {os.getloadavg()[0]:.1f}', flush=True)
        print('| page | this build µs CPU/request | reference | this / reference | bursts this < reference |')
        print('| --- | --- | --- | --- | --- |')
        for page, path in pages:
            script = scripts.get(page)
            for server, port in servers.values():
                wait_ok(server, port, path)
                load(port, path, options.warmup_seconds, headers, script)
            samples = {name: [] for name in servers}
            for index in range(options.bursts):
                order = list(servers) if index % 2 == 0 else list(reversed(servers))
                pair = {name: burst(servers[name][0], servers[name][1], path, options.seconds, headers, script) for name in order}
                for name, value in pair.items():
                    samples[name].append(value)
            this, reference = statistics.median(samples['this build']), statistics.median(samples['reference'])
            cheaper = sum(a < b for a, b in zip(samples['this build'], samples['reference']))
            print(f'| {page} | {this:.1f} | {reference:.1f} | {this / reference:.2f} | {cheaper} of {options.bursts} |', flush=True)
        print(f'load average at the end: {os.getloadavg()[0]:.1f}')
    finally:
        for server, _ in servers.values():
            server.terminate()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
