#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs the whole suite.
#   tests/run.sh              Release build in build/, all tests with CTest
#   tests/run.sh --sanitize   the same under AddressSanitizer + UBSan (build-asan/)
#   tests/run.sh --fuzz N     also builds the libFuzzer targets with clang and
#                             runs each for N seconds (build-fuzz/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/deps.sh

sanitize=0
fuzz_seconds=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=1 ;;
    --fuzz) fuzz_seconds=${2:?--fuzz needs seconds}; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "tests/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

deps=(--tests)
[ "$fuzz_seconds" -gt 0 ] && deps+=(--fuzz)
actorgraph_install_deps "${deps[@]}"

jobs=$(nproc 2>/dev/null || echo 2)
build=build
flags=(-DCMAKE_BUILD_TYPE=Release)
if [ "$sanitize" -eq 1 ]; then
  build=build-asan
  flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTORGRAPH_SANITIZE=ON -DACTORGRAPH_BUILD_BENCH=OFF)
fi
cmake -S . -B "$build" "${flags[@]}" >/dev/null
cmake --build "$build" -j "$jobs"
(cd "$build" && ctest --output-on-failure -j "$jobs")

if [ "$fuzz_seconds" -gt 0 ]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DACTORGRAPH_FUZZ=ON -DACTORGRAPH_BUILD_TESTS=OFF -DACTORGRAPH_BUILD_BENCH=OFF >/dev/null
  cmake --build build-fuzz -j "$jobs"
  tests/fuzz/run_all.sh build-fuzz "$fuzz_seconds"
fi
