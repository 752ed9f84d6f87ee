#!/usr/bin/env bash
# The main job on the bundled example digests: installs what is missing,
# builds actorgraph in Release, and builds the weekly diagrams, GraphML,
# GEXF and events of examples/*.txt into out/ (open out/index.html).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/deps.sh
actorgraph_install_deps

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$jobs" --target actorgraph

digests=(examples/digest-*.txt)
echo "== parsed example digests"
build/actorgraph parse --format text "${digests[@]}"
