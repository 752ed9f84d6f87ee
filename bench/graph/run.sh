#!/usr/bin/env bash
# Graph benchmark: actorgraph's graph core against python3-igraph and
# python3-networkx on the same random interaction lists (bench/README.md,
# "Graph", has the figures and what each phase does).
#
#   bench/graph/run.sh            both graphs: 10,000 actors / 100,000
#                                 interactions and 100,000 / 1,000,000
#   bench/graph/run.sh --small    the first only
#
# Builds graph_bench (Release) in build-bench-graph/, writes the graphs
# there (generate.py, fixed seeds), runs each tool in its own process under
# /usr/bin/time (peak RSS, CPU time) and prints a Markdown table. Logs:
# build-bench-graph/*.log. Betweenness: exact on the small graph for
# actorgraph and igraph; sampled sources elsewhere (see the table's
# "sources" column and bench/README.md). Any networkx phase over 10 minutes
# is stopped and reported as skipped.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=build-bench-graph
small_only=0
[ "${1:-}" = "--small" ] && small_only=1

cmake -S . -B "$work" -DCMAKE_BUILD_TYPE=Release -DACTORGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$work" --target graph_bench -j "$(nproc 2>/dev/null || echo 2)" >/dev/null

# name actors interactions seed | actorgraph igraph networkx betweenness sources (0 = exact)
graphs=("g10k 10000 100000 1 | 0 0 100")
[ "$small_only" -eq 1 ] || graphs+=("g100k 100000 1000000 2 | 1000 100 10")

run() {  # run LOG COMMAND...: the command's output and its time/RSS line into LOG
  local log=$1
  shift
  /usr/bin/time -f "time wall %e user %U sys %S peak_rss_kb %M" -o "$log.time" "$@" >"$log"
  cat "$log.time" >>"$log"
}

for spec in "${graphs[@]}"; do
  read -r name actors interactions seed _ ag ig nx <<<"$spec"
  file=$work/$name.txt
  if [ ! -s "$file" ]; then
    echo "== generating $file ($actors actors, $interactions interactions, seed $seed)" >&2
    /usr/bin/python3 bench/graph/generate.py "$actors" "$interactions" "$seed" >"$file.tmp"
    mv "$file.tmp" "$file"
  fi
  samples() { [ "$1" -gt 0 ] && echo "--samples $1" || true; }
  echo "== $name: actorgraph" >&2
  run "$work/$name.actorgraph.log" "$work/bench/graph/graph_bench" "$file" $(samples "$ag")
  echo "== $name: igraph" >&2
  run "$work/$name.igraph.log" /usr/bin/python3 bench/graph/igraph_bench.py "$file" $(samples "$ig")
  echo "== $name: networkx" >&2
  run "$work/$name.networkx.log" /usr/bin/python3 bench/graph/networkx_bench.py "$file" \
    $(samples "$nx") --limit 600
done

/usr/bin/python3 - "$work" "$small_only" <<'PY'
import sys
work, small_only = sys.argv[1], sys.argv[2] == "1"

def parse(path):
    phases, extra = {}, {}
    for line in open(path, encoding="utf-8"):
        f = line.split()
        if not f:
            continue
        if f[0] == "time":
            extra = {"wall": float(f[2]), "user": float(f[4]), "rss": int(f[8]) / 1024}
        elif f[0] in ("load", "pagerank", "betweenness", "communities"):
            if f[1] == "skipped":
                phases[f[0]] = {"skipped": " ".join(f[1:])}
            else:
                info = dict(zip(f[2::2], f[3::2]))
                phases[f[0]] = {"s": float(f[1]), "lower_bound": "lower bound" in line, **info}
    return phases, extra

print("| graph | tool | load s | PageRank s | betweenness s (sources) | per 1,000 sources s "
      "| communities s (modularity) | peak RSS MB | CPU s |")
print("|---|---|---|---|---|---|---|---|---|")
for name in ["g10k"] + ([] if small_only else ["g100k"]):
    for tool in ["actorgraph", "igraph", "networkx"]:
        p, x = parse("%s/%s.%s.log" % (work, name, tool))
        def cell(phase, fmt="%.2f"):
            if phase not in p:
                return "-"
            if "skipped" in p[phase]:
                return "skipped (> 10 min)"
            return fmt % p[phase]["s"]
        b = p.get("betweenness", {})
        if "s" in b:
            sources = int(b["sources"])
            kind = ("Dijkstra only, " if b["lower_bound"] else "") + (
                "" if sources == int(p["load"]["vertices"]) else "sampled ")
            bc = "%.2f (%s%d)" % (b["s"], kind, sources)
            per = "%.2f" % (b["s"] * 1000 / sources)
        else:
            bc, per = cell("betweenness"), "-"
        c = p.get("communities", {})
        cc = "%.2f (%s)" % (c["s"], c["modularity"]) if "s" in c else cell("communities")
        print("| %s | %s | %s | %s | %s | %s | %s | %.0f | %.1f |" % (
            name, tool, cell("load"), cell("pagerank", "%.3f"), bc, per, cc, x["rss"], x["user"]))
PY
