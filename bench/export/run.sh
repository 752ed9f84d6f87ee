#!/usr/bin/env bash
# The export benchmark (figures in bench/README.md, "Export"):
#   1. `actorgraph build` on a 520-week archive with every weekly diagram
#      (SVG and PNG): wall time, CPU time and peak memory (GNU time);
#   2. writing GraphML for 1,000,000 interactions: actorgraph against igraph
#      and networkx writing the same graph (same attributes).
#
#   bench/export/run.sh [BUILD_DIR] [WORK_DIR]
#
# Environment: ARCHIVE=DIR builds the files in DIR (digests or events JSON,
# e.g. the extraction benchmark's archive) instead of generating 520 weeks
# of events JSON with generate_archive.py; INTERACTIONS (default 1000000);
# WRITERS (default "igraph networkx"); JOBS (default: all cores); PARTS
# (default "build graphml": which of the two to run).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
work=${2:-${TMPDIR:-/tmp}/actorgraph-bench-export}
interactions=${INTERACTIONS:-1000000}
writers=${WRITERS:-igraph networkx}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
parts=" ${PARTS:-build graphml} "
mkdir -p "$work"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$jobs" --target actorgraph export_bench >/dev/null

if [[ $parts == *" build "* ]]; then
  echo "== build: 520-week archive, every weekly diagram ($jobs jobs, $(nproc) cores)"
  if [ -n "${ARCHIVE:-}" ]; then
    inputs=("$ARCHIVE"/*)
  else
    rm -rf "$work/archive"
    /usr/bin/python3 "$root/bench/export/generate_archive.py" "$work/archive" 520 1
    inputs=("$work/archive"/*.json)
  fi
  echo "inputs: ${#inputs[@]} files, $(du -sh "${inputs[0]%/*}" | cut -f1)"
  rm -rf "$work/site"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "wall %e s, user %U s, system %S s, peak RSS %M KB" \
    "$build/cli/actorgraph" build "${inputs[@]}" -o "$work/site" -j "$jobs" -q
  echo "load after (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "weeks: $(find "$work/site" -mindepth 1 -maxdepth 1 -type d ! -name all | wc -l)," \
       "PNG: $(find "$work/site" -name diagram.png | wc -l), SVG: $(find "$work/site" -name diagram.svg | wc -l)," \
       "size: $(du -sh "$work/site" | cut -f1)"
fi

[[ $parts == *" graphml "* ]] || exit 0
echo "== GraphML: $interactions interactions"
mkdir -p "$work/graphml"
/usr/bin/time -f "export_bench: wall %e s, peak RSS %M KB" \
  "$build/bench/export/export_bench" "$interactions" "$work/graphml"
# shellcheck disable=SC2086
/usr/bin/time -f "python writers: wall %e s, peak RSS %M KB" \
  /usr/bin/python3 "$root/bench/export/graphml_writers.py" "$work/graphml" $writers
