#!/usr/bin/env bash
# Runs the extract benchmark (ClaimExtractor.Extract end to end, and wink-nlp under node over the
# same text) in Release. Gazetteer files: FRONTWATCH_GAZETTEER (paths separated by ':') when set,
# else the shared Ukraine dump next to the repository when it exists. The peer needs
#   (cd bench/peer && npm ci)
# once; without it the benchmark says so and reports our figures alone. Arguments go to the benchmark:
#   bench/extract.sh --stages --runs 7
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=gazetteer-args.sh
. "$here/gazetteer-args.sh"
if [ ! -d "$here/peer/node_modules/wink-nlp" ]; then
  echo "extract.sh: bench/peer/node_modules is missing; run 'npm ci' in bench/peer for the wink-nlp peer" >&2
fi
exec dotnet run -c Release --project "$here/Frontwatch.Bench" -- extract "${args[@]}" "$@"
