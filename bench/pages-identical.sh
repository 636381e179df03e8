#!/bin/bash
# Whether two builds of the CMS serve the same public pages, byte for byte: both start (output cache off) on copies of one
# giavien-demo data folder, and the district's home, sitemap and search, the homes of gia-hoa, thi-tran-me and mat-tran
# and every article, category, introduction and English page those homes link to are fetched from each and compared,
# with the CSP nonce and the port masked. Prints each page that differs (the first lines of the diff) and a count.
# usage: bash bench/pages-identical.sh REFERENCE_BIN THIS_BIN [WORK_FOLDER]
# (BIN: a folder holding GiaVien.Cms.Web.dll, e.g. src/GiaVien.Cms.Web/bin/Release/net10.0/linux-x64)
set -euo pipefail
REF=$1; THIS=$2; W=${3:-$(mktemp -d /tmp/giavien-pages-XXXXXX)}
export ASPNETCORE_ENVIRONMENT=Production Cms__Setup__AdminPassword='Bench-password-123'
SEARCH="/tim-kiem?q=Gia%20Vi%E1%BB%85n"

start() { # bin data port: runs until /health/ready answers
  (cd "$1" && Cms__DataPath=$2 Cms__OutputCache__Enabled=false Cms__Search__RateLimitPermits=1000000000 \
    exec dotnet GiaVien.Cms.Web.dll --urls "http://127.0.0.1:$3" > "$W/log-$3.txt" 2>&1) &
  echo $! > "$W/pid-$3"
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$3/health/ready" > /dev/null 2>&1 && return 0; sleep 1; done
  echo "the build in $1 did not get ready (see $W/log-$3.txt)" >&2; return 1
}
stop() { kill "$(cat "$W/pid-$1")"; wait "$(cat "$W/pid-$1")" 2> /dev/null || true; }
page() { curl -s "http://127.0.0.1:$1$2" | sed -E "s/nonce=\"[^\"]*\"/nonce=\"\"/g; s/$1/PORT/g"; }

if [ ! -d "$W/data" ]; then start "$REF" "$W/data" 5611; stop 5611; fi
rm -rf "$W/data-ref" "$W/data-this"; cp -a "$W/data" "$W/data-ref"; cp -a "$W/data" "$W/data-this"
start "$REF" "$W/data-ref" 5612; start "$THIS" "$W/data-this" 5613
trap 'stop 5612; stop 5613' EXIT
for port in 5612 5613; do # each search index is built on its first search: wait until it answers
  for _ in $(seq 1 180); do page $port "$SEARCH" | grep -q "đang được chuẩn bị" || break; sleep 1; done
done

paths="/ /so-do-trang $SEARCH"
for tenant in "" /gia-hoa /thi-tran-me /mat-tran; do
  paths="$paths $tenant/ $(page 5612 "$tenant/" | grep -o 'href="[^"]*"' | sed 's/^href="//; s/"$//' \
    | grep -E "^$tenant/(tin-tuc|chuyen-muc|gioi-thieu|en/)" || true)"
done
total=0; same=0
for p in $(echo $paths | tr ' ' '\n' | sort -u); do
  total=$((total + 1))
  if diff <(page 5612 "$p") <(page 5613 "$p") > "$W/diff.txt"; then same=$((same + 1)); else echo "DIFFERS: $p"; head -5 "$W/diff.txt"; fi
done
echo "$same of $total pages byte-identical (nonce and port masked)"
