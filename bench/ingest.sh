#!/usr/bin/env bash
# Ingest benchmark (issue 5): N generated wire reports (~5 KB each; the extract benchmark's generator) written as a
# JSON Lines news dump, then `frontwatch ingest` into a fresh SQLite store, RUNS times; prints each run's summary
# line and the median. The summary splits the time into extraction (summed over its threads), storage (the writer's
# time in the store) and the writer's wait for extraction, and gives the process's CPU time.
#   bench/ingest.sh [--reports 10000] [--kb 5] [--runs 3] [--jobs N] [--batch N]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
reports=10000 kb=5 runs=3 extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --reports) reports="$2"; shift 2 ;;
    --kb) kb="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --jobs|--batch) extra+=("$1" "$2"); shift 2 ;;
    *) echo "usage: bench/ingest.sh [--reports 10000] [--kb 5] [--runs 3] [--jobs N] [--batch N]" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet run -c Release --project "$here/Frontwatch.Bench" -- dump --out "$work/dump.jsonl" --reports "$reports" --kb "$kb"
"$root/frontwatch" --help >/dev/null   # build the CLI before the clock starts
echo "source: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src || echo '+changes'); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
rates=()
for run in $(seq "$runs"); do
  rm -f "$work"/store.db*
  line="$(FRONTWATCH_HOME="$work/home" "$root/frontwatch" ingest "$work/dump.jsonl" --store "$work/store.db" "${extra[@]}" \
    | tr '\n' ' ' | grep -o '[0-9,]* reports in .*CPU [0-9.]* s')"
  echo "run $run: $line"
  rates+=("$(sed -E 's/.*\(([0-9]+) reports\/s\).*/\1/' <<<"$line")")
done
median="$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
echo "median: $median reports/s over $runs runs (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
