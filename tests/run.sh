#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs the whole suite.
#   tests/run.sh              Release build in build/, all tests with CTest
#   tests/run.sh --sanitize   the suite under AddressSanitizer + UBSan instead
#                             (build-asan/)
#   tests/run.sh --fuzz N     also builds the libFuzzer targets with clang and
#                             runs each for N seconds (build-fuzz/)
#   tests/run.sh --all        what CI runs: the Release suite, the sanitizer
#                             suite, then each fuzz target for 30 s
# Tests that need ../shared skip themselves when it is absent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/deps.sh

release=1
sanitize=0
fuzz_seconds=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=1; release=0 ;;
    --fuzz) fuzz_seconds=${2:?--fuzz needs seconds}; shift ;;
    --all) release=1; sanitize=1; fuzz_seconds=30 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "tests/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
case "$fuzz_seconds" in
  ''|*[!0-9]*) echo "tests/run.sh: --fuzz needs a number of seconds" >&2; exit 2 ;;
esac

deps=(--tests)
if [ "$fuzz_seconds" -gt 0 ]; then deps+=(--fuzz); fi
actorgraph_install_deps "${deps[@]}"

jobs=$(nproc 2>/dev/null || echo 2)
stage() { echo "== tests/run.sh: $* ($(date -u +%H:%M:%S))"; }

# One build folder and its CTest run.
suite() {
  local build=$1; shift
  cmake -S . -B "$build" "$@" >/dev/null
  cmake --build "$build" -j "$jobs"
  (cd "$build" && ctest --output-on-failure -j "$jobs")
}

if [ "$release" -eq 1 ]; then
  stage "Release suite (build/)"
  suite build -DCMAKE_BUILD_TYPE=Release
fi
if [ "$sanitize" -eq 1 ]; then
  # GCC's ASan (leaks included) and UBSan; any report fails its test. LSan
  # must not list the suppressions it used (Graphviz's leaks) on stderr:
  # tests assert that stderr is empty.
  stage "ASan + UBSan suite (build-asan/)"
  LSAN_OPTIONS=${LSAN_OPTIONS:-print_suppressions=0} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    suite build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTORGRAPH_SANITIZE=ON \
      -DACTORGRAPH_BUILD_BENCH=OFF
fi
if [ "$fuzz_seconds" -gt 0 ]; then
  stage "libFuzzer targets, ${fuzz_seconds}s each (build-fuzz/)"
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DACTORGRAPH_FUZZ=ON -DACTORGRAPH_BUILD_TESTS=OFF -DACTORGRAPH_BUILD_BENCH=OFF >/dev/null
  cmake --build build-fuzz -j "$jobs"
  tests/fuzz/run_all.sh build-fuzz "$fuzz_seconds"
fi
stage "done"
