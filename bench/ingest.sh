#!/usr/bin/env bash
# Ingest benchmark (issue 5): N generated wire reports (the extract benchmark's generator, ~4 KB each)
# written as a JSON Lines dump, then `frontwatch ingest` into a fresh SQLite store, timed whole.
# The ingest summary splits the time into extraction, storage and the rest.
#   bench/ingest.sh [MB]        # default 40 MB ≈ 10,000 reports
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
mb="${1:-40}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet run -c Release --project "$here/Frontwatch.Bench" -- extract --mb "$mb" --runs 1 --no-peer --keep "$work" >/dev/null
# The generator keeps one JSON string per line; the dump reader wants objects with a text field.
python3 - "$work/reports.jsonl" "$work/dump.jsonl" <<'PY'
import json, sys
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as out:
    for i, line in enumerate(src):
        out.write(json.dumps({"title": f"report {i}", "text": json.loads(line), "published": "2025-03-04", "outlet": "Bench Wire"}) + "\n")
PY
n=$(wc -l <"$work/dump.jsonl")
echo "ingest benchmark: $n reports, $(du -m "$work/dump.jsonl" | cut -f1) MB"
FRONTWATCH_HOME="$work/home" "$root/frontwatch" ingest "$work/dump.jsonl" --store "$work/store.db" | tail -2
