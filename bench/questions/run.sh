#!/usr/bin/env bash
# The question form under load: 64 connections for 60 s from one address, all posting one filled form.
# Expected: the first SubmissionsPerAddress posts pass the limit (one stored, the others found already stored: 302),
# every later one is 429; no 5xx; exactly one row in CitizenQuestions.
# Usage: bash bench/questions/run.sh [base-url]   (the product running, e.g. dotnet run --project src/GiaVien.Cms.Web)
set -euo pipefail
base="${1:-http://127.0.0.1:5000}"
jar="$(mktemp)"
page="$(curl -s -c "$jar" "$base/hoi-dap/gui-cau-hoi")"
af="$(grep -o 'name="__af" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')"
token="$(grep -o 'name="token" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//')"
words=(không một hai ba bốn năm sáu bảy tám chín)
read -r a _ b _ < <(grep -o 'phép tính: [^ ]* cộng [^ ]*' <<<"$page" | sed 's/phép tính: //')
index() { for i in "${!words[@]}"; do if [[ "${words[$i]}" == "$1" ]]; then echo "$i"; return; fi; done; }
answer=$(( $(index "$a") + $(index "$b") ))
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$1"; }
export BODY="__af=$(enc "$af")&token=$(enc "$token")&answer=$answer&name=$(enc 'Trần Văn Bình')&address=$(enc 'Xóm 3, xã Gia Hòa')&email=binh.tran%40example.vn&field=$(enc 'Khác')&title=$(enc 'Câu hỏi thử tải')&question=$(enc 'Nội dung câu hỏi gửi thử dưới tải.')&consent=yes"
export COOKIE="$(awk '$6 ~ /\.af\./ {print $6"="$7}' "$jar")"
wrk -t2 -c64 -d60s --latency -s "$(dirname "$0")/post-question.lua" "$base/hoi-dap/gui-cau-hoi"
rm -f "$jar"
