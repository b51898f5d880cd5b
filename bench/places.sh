#!/usr/bin/env bash
# Runs the places benchmark (mention pass, recogniser, grep -F baseline) in Release.
# Gazetteer files: FRONTWATCH_GAZETTEER (paths separated by ':') when set, else the shared
# Ukraine dump next to the repository when it exists. Arguments go to the benchmark:
#   bench/places.sh --mb 40 --runs 7
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=gazetteer-args.sh
. "$here/gazetteer-args.sh"
exec dotnet run -c Release --project "$here/Frontwatch.Bench" -- places "${args[@]}" "$@"
