#!/usr/bin/env bash
# The main job on the bundled example digests: installs what is missing,
# builds actorgraph in Release, then
#   - builds the weekly site into out/ (per week: diagram.svg/png, GraphML,
#     GEXF, DOT, events.json; all/ for the whole corpus; out/index.html),
#   - answers "who met Aliyev" across the example weeks.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/deps.sh
actorgraph_install_deps

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$jobs" --target actorgraph

digests=(examples/digest-*.txt)
bin=build/cli/actorgraph
echo "== actorgraph build ${digests[*]} -o out"
"$bin" build "${digests[@]}" -o out -j "$jobs"
echo
echo "== actorgraph who-met Aliyev --type meeting,call,visit"
"$bin" who-met Aliyev --type meeting,call,visit "${digests[@]}"
echo
echo "Open out/index.html; load out/all/graph.graphml into Gephi; out/all/graph.gexf plays the weeks."
