#!/usr/bin/env bash
# Runs the places benchmark (mention pass, recogniser, grep -F baseline) in Release.
# Gazetteer files: FRONTWATCH_GAZETTEER (paths separated by ':') when set, else the shared
# Ukraine dump next to the repository when it exists. Arguments go to the benchmark:
#   bench/places.sh --mb 40 --runs 7
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
args=()
if [ -n "${FRONTWATCH_GAZETTEER:-}" ]; then
  IFS=':' read -r -a files <<<"$FRONTWATCH_GAZETTEER"
  for f in "${files[@]}"; do [ -n "$f" ] && args+=(--gazetteer "$f"); done
elif [ -f "$here/../../shared/gazetteer/UA-populated-places.tsv" ]; then
  args+=(--gazetteer "$here/../../shared/gazetteer/UA-populated-places.tsv")
fi
exec dotnet run -c Release --project "$here/Frontwatch.Bench" -- places "${args[@]}" "$@"
