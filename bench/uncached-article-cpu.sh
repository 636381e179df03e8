#!/bin/bash
# CPU per request of the uncached article (output cache off), two builds side by side: both start on copies of one
# giavien-demo data folder (pages-identical.sh leaves one in its work folder, as WORK/data), the article is checked to be
# the same bytes (nonce and port masked), both are warmed for WARM s at once (wrk -t1 -c4: the JIT's tiers take some
# 40 s of load to settle, longer on a busy machine), then ROUNDS rounds of SECS s each, the two builds measured one after
# the other in alternating order. CPU is utime + stime of /proc/PID/stat over the run, divided by wrk's request count.
# usage: bash bench/uncached-article-cpu.sh REFERENCE_BIN THIS_BIN DATA_FOLDER [WARM=60] [ROUNDS=6] [SECS=8] (ports 5624, 5625)
set -euo pipefail
REF=$1; THIS=$2; DATA=$3; WARM=${4:-60}; ROUNDS=${5:-6}; SECS=${6:-8}; W=$(mktemp -d /tmp/giavien-article-cpu-XXXXXX)
URL=/tin-tuc/ubnd-huyen-gia-vien-tong-ket-cong-tac-nam-2023-trien-khai-nhiem-vu-nam-2024
export ASPNETCORE_ENVIRONMENT=Production Cms__Setup__AdminPassword='Bench-password-123'
cp -a "$DATA" "$W/data-ref"; cp -a "$DATA" "$W/data-this"

start() { # bin data port: runs until /health/ready answers
  (cd "$1" && Cms__DataPath=$2 Cms__OutputCache__Enabled=false exec dotnet GiaVien.Cms.Web.dll --urls "http://127.0.0.1:$3" > "$W/log-$3.txt" 2>&1) &
  echo $! > "$W/pid-$3"
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$3/health/ready" > /dev/null 2>&1 && return 0; sleep 1; done
  echo "the build in $1 did not get ready (see $W/log-$3.txt)" >&2; return 1
}
stop() { kill "$(cat "$W/pid-$1")" 2> /dev/null || true; }
page() { curl -s "http://127.0.0.1:$1$URL" | sed -E "s/nonce=\"[^\"]*\"/nonce=\"\"/g; s/$1/PORT/g"; }
cpu() { awk '{ print $14 + $15 }' "/proc/$(cat "$W/pid-$1")/stat"; }

trap 'stop 5624; stop 5625' EXIT
start "$REF" "$W/data-ref" 5624; start "$THIS" "$W/data-this" 5625
cmp <(page 5624) <(page 5625) > /dev/null && echo "the article is the same bytes from both builds"
wrk -t1 -c4 -d"${WARM}s" "http://127.0.0.1:5624$URL" > /dev/null & warming=$!
wrk -t1 -c4 -d"${WARM}s" "http://127.0.0.1:5625$URL" > /dev/null; wait $warming
ticks=$(getconf CLK_TCK)
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then order="5625 5624"; else order="5624 5625"; fi
  for port in $order; do
    load=$(cut -d' ' -f1 /proc/loadavg); before=$(cpu $port)
    requests=$(wrk -t1 -c4 -d"${SECS}s" "http://127.0.0.1:$port$URL" | awk '/requests in/ { print $1 }')
    after=$(cpu $port)
    echo "round $round $([ $port = 5624 ] && echo reference || echo this) load $load req/s $((requests / SECS)) CPU µs/request $(( (after - before) * 1000000 / ticks / requests ))"
  done
done
stop 5624; stop 5625; sleep 2; rm -rf "$W"
