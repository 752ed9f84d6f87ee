#!/usr/bin/env bash
# Scores the extractor on the evaluation sets in bench/quality/sets/ (see
# bench/README.md, "Extraction quality"): each set's digest and its
# one-sentence-a-line news text, against their gold files, with the shared
# scorer ../shared/tools/score_interactions.py.
#
#   bench/quality/run.sh [BUILD_DIR]      # default: build
#
# Prints one line per input: contacts F1, all-types F1 (precision, recall),
# date accuracy, actors F1; then the micro-average over all the sets.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
bin=$build/cli/actorgraph
scorer=$root/../shared/tools/score_interactions.py
[ -x "$bin" ] || { echo "run.sh: $bin not found: build first (tests/run.sh or cmake --build build)" >&2; exit 3; }
[ -f "$scorer" ] || { echo "run.sh: $scorer not found: the shared scorer is needed" >&2; exit 3; }
py=$(command -v python3)
work=$(mktemp -d "${TMPDIR:-/tmp}/actorgraph-quality.XXXXXX")
trap 'rm -rf "$work"' EXIT
for dir in "$here"/sets/*/; do
  n=$(basename "$dir")
  ref=$("$py" -c "import json,sys; print(json.load(open(sys.argv[1]))['refdate'])" "$dir/meta.json")
  "$bin" extract "$dir/digest.txt" -o "$work/$n.digest.json" 2>/dev/null
  "$bin" extract "$dir/sentences.txt" --lines --date "$ref" -o "$work/$n.sentences.json" 2>/dev/null
  for part in digest sentences; do
    "$py" "$scorer" --json "$work/$n.$part.json" "$dir/$part.gold.json" | sed '$d' > "$work/$n.$part.score"
  done
done
"$py" - "$work" <<'PY'
import glob, json, os, sys
work = sys.argv[1]
tot = {"contacts": [0, 0, 0], "all": [0, 0, 0]}
print(f"{'set':<16}{'contacts F1':>12}{'all F1':>8}{'P':>7}{'R':>7}{'date':>7}{'actors':>8}")
for path in sorted(glob.glob(os.path.join(work, "*.score"))):
    r = json.load(open(path))
    name = os.path.basename(path)[:-len(".score")]
    c, a = r["contacts"], r["all"]
    print(f"{name:<16}{c['f1']:>12.3f}{a['f1']:>8.3f}{a['precision']:>7.3f}{a['recall']:>7.3f}"
          f"{a['date_accuracy']:>7.3f}{r['actors']['f1']:>8.3f}")
    for k in tot:
        # matched system interactions = precision * system count
        tot[k][0] += round(r[k]["precision"] * r[k]["system"])
        tot[k][1] += r[k]["system"]
        tot[k][2] += r[k]["matched_gold"] if "matched_gold" in r[k] else round(r[k]["recall"] * r[k]["gold"])
        tot[k].append(r[k]["gold"])
for k, (tp_sys, n_sys, tp_gold, *golds) in tot.items():
    p = tp_sys / n_sys if n_sys else 0.0
    rc = tp_gold / sum(golds) if golds else 0.0
    f = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(f"micro-average {k}: P {p:.3f} R {rc:.3f} F1 {f:.3f}")
PY
