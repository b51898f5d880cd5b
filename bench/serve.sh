#!/usr/bin/env bash
# Web load benchmark (issue 7): builds a store of at least 100,000 claims by ingesting generated wire reports through
# the real pipeline (`frontwatch ingest` of a JSON Lines dump from the ingest benchmark's generator), starts
# `frontwatch serve` on a free loopback port, and runs wrk against GET /api/assessment?date=D (D: the last day with
# claims) and a claims query (the busiest place's claims, one page of 50), printing requests/s and p99 for each.
#   bench/serve.sh [--reports 4000] [--duration 30s] [--connections 32] [--threads 2] [--store FILE]
# --store reuses (or keeps) a store instead of a throwaway one: an existing file is served as it is.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
reports=4000 duration=30s connections=32 threads=2 store=""
while [ $# -gt 0 ]; do
  case "$1" in
    --reports) reports="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --store) store="$2"; shift 2 ;;
    *) echo "usage: bench/serve.sh [--reports 4000] [--duration 30s] [--connections 32] [--threads 2] [--store FILE]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "serve.sh: wrk is not installed (./setup installs it)" >&2; exit 1; }
work="$(mktemp -d)"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
[ -n "$store" ] || store="$work/store.db"
export FRONTWATCH_HOME="$work/home"

"$root/frontwatch" --help >/dev/null   # build the CLI first
if [ ! -f "$store" ]; then
  dotnet run -c Release --project "$here/Frontwatch.Bench" -- dump --out "$work/dump.jsonl" --reports "$reports" --kb 5
  "$root/frontwatch" ingest "$work/dump.jsonl" --store "$store" | tail -n 2
fi
claims="$("$root/frontwatch" stats --store "$store" --format json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).claims))')"
echo "store: $store, $claims claims"

"$root/frontwatch" serve --store "$store" --urls http://127.0.0.1:0 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 600); do
  base="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/serve.log" | head -n 1 || true)"
  [ -n "$base" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done
[ -n "$base" ] || { echo "serve.sh: the server did not start" >&2; exit 1; }
head -n 1 "$work/serve.log"

json() { curl -sf "$base$1" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const j=JSON.parse(s);console.log($2)})"; }
date="$(json api/dates 'j.last')"
place="$(json api/places 'j.places.sort((a,b)=>b.claims-a.claims)[0].key')"
assessment="api/assessment?date=$date"
claimsQuery="api/claims?place=$(node -e 'console.log(encodeURIComponent(process.argv[1]))' "$place")&page=1&pageSize=50"
echo "source: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src || echo '+changes'); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# What Chromium sends; the server picks Brotli. Each URL is also measured uncompressed (a client that asks for nothing).
browser="gzip, deflate, br, zstd"
for path in "$assessment" "$claimsQuery"; do
  # The first request renders the response (then cached on the snapshot); wrk measures what follows.
  cold="$(curl -s -o "$work/body" -w '%{http_code} %{time_total}' "$base$path")"
  compressed="$(curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $browser" "$base$path")"
  echo "GET /$path: first request ${cold#* } s (HTTP ${cold%% *}, $(wc -c <"$work/body") bytes, $compressed compressed)"
  for encoding in "$browser" ""; do
    wrk -t"$threads" -c"$connections" -d"$duration" --latency ${encoding:+-H "Accept-Encoding: $encoding"} "$base$path" >"$work/wrk.txt"
    rps="$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")"
    p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
    errors="$(grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" || true)"
    label="uncompressed"; [ -n "$encoding" ] && label="Accept-Encoding: $encoding"
    echo "  wrk -t$threads -c$connections -d$duration, $label: $rps requests/s, p99 $p99${errors:+ ($errors)}"
  done
done
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
