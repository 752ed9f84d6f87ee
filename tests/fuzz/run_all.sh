#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for a while.
#   tests/fuzz/run_all.sh BUILD SECONDS [TARGET...]
# BUILD is a build folder configured with CC=clang CXX=clang++
# -DACTORGRAPH_FUZZ=ON (tests/run.sh --fuzz N makes build-fuzz and calls
# this). Each target runs SECONDS (-max_total_time) with -rss_limit_mb=2048,
# on a working corpus in BUILD/fuzz/corpus/TARGET seeded from examples/,
# data/ and tests/fuzz/regressions/TARGET. On a finding it prints the
# reproducer path and the command to replay it, goes on with the next target,
# and exits 1 at the end. Environment: FUZZ_JOBS=N runs N targets at once
# (default 1).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ $# -lt 2 ]; then sed -n '2,12p' "$0" >&2; exit 2; fi
build=$(cd "$1" && pwd)
seconds=$2
shift 2
targets=("$@")
[ ${#targets[@]} -eq 0 ] &&
  targets=(fuzz_digest_reader fuzz_actor_dictionary fuzz_events_json fuzz_pipeline)
work="$build/fuzz"
mkdir -p "$work"

# --- Seeds -------------------------------------------------------------
seed_dir() { echo "$work/seeds/$1"; }
chosen() { local t; for t in "${targets[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }
make_seeds() {
  local d
  for t in "${targets[@]}"; do rm -rf "$(seed_dir "$t")"; mkdir -p "$(seed_dir "$t")"; done
  for t in fuzz_digest_reader fuzz_pipeline; do
    d=$(seed_dir "$t"); chosen "$t" || continue
    cp "$root"/examples/*.txt "$root"/tests/data/*.txt "$d"/
  done
  d=$(seed_dir fuzz_actor_dictionary)
  if chosen fuzz_actor_dictionary; then
    # data/actors.json cut into small dictionaries (the whole file is too big
    # to mutate quickly), and the other data files as JSON shapes.
    python3 - "$root/data/actors.json" "$d" <<'PY'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
offices = list(data.get("offices", {}).items())
templates = data.get("institution_templates", [])
actors = data.get("actors", [])
for i in range(0, len(actors), 12):
    n = i // 12
    seed = {"offices": dict(offices[n % len(offices):n % len(offices) + 3]) if offices else {},
            "institution_templates": templates[n % len(templates):n % len(templates) + 1] if templates else [],
            "actors": actors[i:i + 12]}
    with open(f"{sys.argv[2]}/actors-{n:03d}.json", "w", encoding="utf-8") as out:
        json.dump(seed, out, ensure_ascii=False, indent=1)
PY
    cp "$root"/data/weights.json "$d"/
  fi
  d=$(seed_dir fuzz_events_json)
  if chosen fuzz_events_json; then
    cp "$root"/tests/graph/data/*.json "$d"/ 2>/dev/null || true
    # Events extracted from the examples by this build's actorgraph.
    local bin="$build/cli/actorgraph" f
    if [ -x "$bin" ]; then
      for f in "$root"/examples/*.txt; do
        "$bin" extract "$f" -o "$d/$(basename "$f" .txt).events.json" >/dev/null 2>&1 || true
      done
    fi
  fi
  for t in "${targets[@]}"; do
    if [ -d "$root/tests/fuzz/regressions/$t" ]; then
      cp "$root/tests/fuzz/regressions/$t"/* "$(seed_dir "$t")"/ 2>/dev/null || true
    fi
  done
}

# --- Running -----------------------------------------------------------
max_len() {
  case "$1" in
    fuzz_actor_dictionary|fuzz_events_json) echo 16384 ;;
    *) echo 20000 ;;
  esac
}
run_one() {
  local t=$1 bin="$build/tests/fuzz/$1"
  local corpus="$work/corpus/$t" artifacts="$work/artifacts/$t/" log="$work/$t.log"
  if [ ! -x "$bin" ]; then echo "run_all.sh: $bin is missing (build it first)" >&2; return 1; fi
  mkdir -p "$corpus" "$artifacts"
  echo "== $t: ${seconds}s (log: $log)"
  local rc=0
  "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 \
    -max_len="$(max_len "$t")" -print_final_stats=1 \
    -artifact_prefix="$artifacts" "$corpus" "$(seed_dir "$t")" >"$log" 2>&1 || rc=$?
  grep -E '^stat::number_of_executed_units|^#[0-9]+ *DONE' "$log" | tail -2 || true
  if [ $rc -ne 0 ]; then
    local repro
    repro=$(grep -oE 'Test unit written to [^ ]+' "$log" | tail -1 | sed 's/Test unit written to //')
    echo "!! $t: finding (exit $rc)"
    grep -E '^==[0-9]+==ERROR|^SUMMARY|runtime error|^fuzz_' "$log" | head -5 || true
    echo "   reproducer: ${repro:-(none written; see $log)}"
    [ -n "$repro" ] && echo "   replay:     $bin $repro" &&
      echo "   minimise:   $bin -minimize_crash=1 -runs=100000 $repro"
    return 1
  fi
}

make_seeds
jobs=${FUZZ_JOBS:-1}
failed=0
pids=()
for t in "${targets[@]}"; do
  if [ "$jobs" -le 1 ]; then
    run_one "$t" || failed=1
  else
    run_one "$t" & pids+=($!)
    if [ ${#pids[@]} -ge "$jobs" ]; then wait "${pids[0]}" || failed=1; pids=("${pids[@]:1}"); fi
  fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
if [ $failed -ne 0 ]; then
  echo "run_all.sh: findings above; keep each minimised input in tests/fuzz/regressions/TARGET/" >&2
  exit 1
fi
echo "run_all.sh: no findings"
