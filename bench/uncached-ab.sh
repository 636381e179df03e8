#!/bin/bash
# Hand A/B of uncached pages: two CMS processes (A, B) on copies of one giavien-demo data folder, output cache off;
# each page warmed WARM seconds per process, then ROUNDS measured runs of SECS alternating A,B / B,A; CPU per request
# from /proc/PID/stat (utime+stime) over wrk's requests.
# usage: bash bench/uncached-ab.sh W A_BIN B_BIN "A_ENV" "B_ENV" WARM SECS ROUNDS PATH...
# (A_ENV/B_ENV: extra environment for each process, e.g. "Cms__Themes__Path=/x", or "X=1" for none; PATH CAT: the
# first /chuyen-muc/ link of the home page; servers on ports P..P+2, P = $UNCACHED_AB_PORT or 5630, so two runs on one
# machine do not answer each other)
set -euo pipefail
W=$1; A=$2; B=$3; AENV=$4; BENV=$5; WARM=$6; SECS=$7; ROUNDS=$8; shift 8
export ASPNETCORE_ENVIRONMENT=Production Cms__Setup__AdminPassword='Bench-password-123'
mkdir -p "$W"
TCK=$(getconf CLK_TCK)
P0=${UNCACHED_AB_PORT:-5630}; PA=$((P0 + 1)); PB=$((P0 + 2))
start() { # bin data port env
  (cd "$1" && exec env $4 Cms__DataPath=$2 Cms__OutputCache__Enabled=false Cms__Search__RateLimitPermits=1000000000 \
    dotnet GiaVien.Cms.Web.dll --urls "http://127.0.0.1:$3" > "$W/log-$3.txt" 2>&1) &
  echo $! > "$W/pid-$3"
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$3/health/ready" > /dev/null 2>&1 && return 0; sleep 1; done
  echo "not ready: $1" >&2; return 1
}
stop() { kill "$(cat "$W/pid-$1")" 2>/dev/null || true; wait "$(cat "$W/pid-$1")" 2> /dev/null || true; }
cpu() { awk '{print $14+$15}' /proc/$(cat "$W/pid-$1")/stat; }
measure() { # port path secs -> "cpu_us_per_req req_s"
  local c0 c1 out reqs
  c0=$(cpu $1)
  out=$(wrk -t2 -c32 -d${3}s "http://127.0.0.1:$1$2")
  c1=$(cpu $1)
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  python3 -c "print(f'{($c1-$c0)/$TCK*1e6/$reqs:.1f} {$reqs/$3:.0f} ${non2xx:-0}')"
}
if [ ! -d "$W/data" ]; then start "$A" "$W/data" $P0 "$AENV"; stop $P0; fi
rm -rf "$W/data-a" "$W/data-b"; cp -a "$W/data" "$W/data-a"; cp -a "$W/data" "$W/data-b"
start "$A" "$W/data-a" $PA "$AENV"; start "$B" "$W/data-b" $PB "$BENV"
trap 'stop $PA; stop $PB' EXIT
for p in "$@"; do
  if [ "$p" = CAT ]; then p=$(curl -s http://127.0.0.1:$PA/ | grep -o 'href="/chuyen-muc/[a-z0-9-]*"' | head -1 | sed 's/href="//; s/"$//'); fi
  for port in $PA $PB; do wrk -t2 -c32 -d${WARM}s "http://127.0.0.1:$port$p" > /dev/null; done
  for r in $(seq 1 $ROUNDS); do
    if [ $((r % 2)) = 1 ]; then order="$PA $PB"; else order="$PB $PA"; fi
    for port in $order; do
      l=$(cut -d' ' -f1 /proc/loadavg)
      echo "$(date -u +%H:%M:%S) load=$l page=$p round=$r arm=$([ $port = $PA ] && echo A || echo B) $(measure $port $p $SECS)"
    done
  done
done
