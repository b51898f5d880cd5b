# Sourced by the bench scripts: sets `args` to the benchmark's --gazetteer options, from
# FRONTWATCH_GAZETTEER (paths separated by ':') when set, else the shared Ukraine dump next to the
# repository when it exists. Needs `here` (the bench folder).
args=()
if [ -n "${FRONTWATCH_GAZETTEER:-}" ]; then
  IFS=':' read -r -a files <<<"$FRONTWATCH_GAZETTEER"
  for f in "${files[@]}"; do [ -n "$f" ] && args+=(--gazetteer "$f"); done
elif [ -f "$here/../../shared/gazetteer/UA-populated-places.tsv" ]; then
  args+=(--gazetteer "$here/../../shared/gazetteer/UA-populated-places.tsv")
fi
