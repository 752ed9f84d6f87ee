#!/bin/sh
# Extraction benchmark (see bench/README.md, "Extraction").
#   bench/extract/run.sh [BUILD_DIR] [WORK_DIR]
# Builds generate_archive and extract_bench in BUILD_DIR (default: build),
# writes the 520-week archive to WORK_DIR (default:
# $TMPDIR/actorgraph-bench-extract) and times the extraction (best of 3).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
work=${2:-${TMPDIR:-/tmp}/actorgraph-bench-extract}
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target generate_archive extract_bench -j 2 >/dev/null
rm -rf "$work"
"$build/bench/extract/generate_archive" "$work/archive"
"$build/bench/extract/extract_bench" "$work/archive" --repeat 3
