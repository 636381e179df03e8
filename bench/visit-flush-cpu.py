#!/usr/bin/env python3
"""The CPU one visit flush costs in a running server, with tiered compilation as configured: what the visits bench's
"flush every second" arm adds per second, without the load that hides it.

Each arm starts the CMS on a giavien-demo installation (its district counts views), waits until the article answers,
then sends a trickle of views with a browser's user agent (RATE a second on one keep-alive connection, so every flush
has rows to write) and reads the process's CPU (user + system, /proc) in consecutive windows of WINDOW seconds. Arms
differ only by the flush interval (and any NAME=VALUE environment given): "flush every second" against "flush every
hour" (no flush in the windows) gives the CPU of a flush per call, window by window, so a flush whose code is
promoted from tier 0 after its first calls shows as a cost that falls with the windows.

usage: visit-flush-cpu.py DATA CMS_DIR [--rate 20] [--window 30] [--windows 4] [--rounds 2] [NAME=VALUE ...]
"""
import argparse
import http.client
import os
import subprocess
import threading
import time

from cms_process import cpu_ms, status as status_on

PORT = 5617
ARTICLE = '/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024'
BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'


def trickle(rate, stop):
    """Browser views of the cached article, RATE a second, until stop is set."""
    connection = http.client.HTTPConnection('127.0.0.1', PORT, timeout=30)
    while not stop.wait(1 / rate):
        connection.request('GET', ARTICLE, headers={'User-Agent': BROWSER})
        connection.getresponse().read()
    connection.close()


def run(args, flush, extra_env):
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT='Production', Cms__DataPath=args.data, Cms__Visits__FlushInterval=flush, **extra_env)
    process = subprocess.Popen(['dotnet', 'GiaVien.Cms.Web.dll', '--urls', f'http://127.0.0.1:{PORT}'], cwd=args.cms, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stop = threading.Event()
    try:
        while status_on(PORT, ARTICLE, timeout=60) != 200:
            time.sleep(0.2)
        sender = threading.Thread(target=trickle, args=(args.rate, stop))
        sender.start()
        stat = f'/proc/{process.pid}/stat'
        windows = []
        before = cpu_ms(stat)
        for _ in range(args.windows):
            time.sleep(args.window)
            now = cpu_ms(stat)
            windows.append(now - before)
            before = now
        return windows
    finally:
        stop.set()
        process.terminate()
        process.wait(60)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('data')
    parser.add_argument('cms')
    parser.add_argument('--rate', type=float, default=20)
    parser.add_argument('--window', type=int, default=30)
    parser.add_argument('--windows', type=int, default=4)
    parser.add_argument('--rounds', type=int, default=2)
    parser.add_argument('env', nargs='*', help='NAME=VALUE for the server, both arms')
    args = parser.parse_intermixed_args()
    extra_env = dict(e.split('=', 1) for e in args.env)
    print(f'load {os.getloadavg()[0]:.1f}; {args.rate:g} views/s; windows of {args.window} s; {" ".join(args.env) or "default runtime settings"}')
    for round_number in range(1, args.rounds + 1):
        # Alternating which arm goes first, so neither always meets the same neighbours.
        arms = [('00:00:01', 'every second'), ('01:00:00', 'every hour')]
        results = {name: run(args, flush, extra_env) for flush, name in (arms if round_number % 2 else arms[::-1])}
        per_flush = [(second - hour) / args.window for second, hour in zip(results['every second'], results['every hour'])]
        print(f'round {round_number}: CPU ms per window, flush every second {results["every second"]}, every hour {results["every hour"]}; '
              f'difference per flush (ms): {", ".join(f"{ms:.2f}" for ms in per_flush)}; load {os.getloadavg()[0]:.1f}')


if __name__ == '__main__':
    main()
