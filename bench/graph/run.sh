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
# there (generate.py, fixed seeds), runs the three tools one after the
# other on each graph, each in its own process under GNU time (peak RSS,
# CPU time), and prints a Markdown table: every phase as wall / CPU seconds
# (CPU = user + system of all threads, as each tool measures it). Logs:
# build-bench-graph/*.log (with the load average before each run).
# Betweenness: exact on the small graph for actorgraph and igraph; sampled
# sources elsewhere (the "sources" column; igraph cannot restrict the
# sources, so it times Dijkstra runs only: see igraph_bench.py). Any
# networkx phase over 10 minutes of CPU is stopped and reported as skipped.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=build-bench-graph
small_only=0
[ "${1:-}" = "--small" ] && small_only=1
[ -x /usr/bin/time ] || { echo "run.sh: needs GNU time (/usr/bin/time, Debian package time)" >&2; exit 1; }

cmake -S . -B "$work" -DCMAKE_BUILD_TYPE=Release -DACTORGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$work" --target graph_bench -j "$(nproc 2>/dev/null || echo 2)" >/dev/null

# name actors interactions seed | actorgraph igraph networkx betweenness sources (0 = exact)
graphs=("g10k 10000 100000 1 | 0 0 100")
[ "$small_only" -eq 1 ] || graphs+=("g100k 100000 1000000 2 | 200 200 10")

run() {  # run LOG COMMAND...: the command's output and its time/RSS line into LOG
  local log=$1
  shift
  echo "# $(uptime)" >"$log.load"
  /usr/bin/time -f "time wall %e user %U sys %S peak_rss_kb %M" -o "$log.time" "$@" >"$log"
  cat "$log.load" "$log.time" >>"$log"
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
PHASES = ("load", "pagerank", "betweenness", "communities")


def parse(path):
    phases, whole = {}, {}
    for line in open(path, encoding="utf-8"):
        f = line.split()
        if not f:
            continue
        if f[0] == "time":
            whole = {"wall": float(f[2]), "cpu": float(f[4]) + float(f[6]),
                     "rss": int(f[8]) / 1024}
        elif f[0] in PHASES:
            if f[1] == "skipped":
                phases[f[0]] = {"skipped": True}
            else:
                phases[f[0]] = {"wall": float(f[1]), "estimate": "estimate" in line,
                                **dict(zip(f[2::2], f[3::2]))}
    return phases, whole


def cell(p):
    if p is None:
        return "-"
    if p.get("skipped"):
        return "stopped at 10 min CPU"
    return "%.2f / %.2f" % (p["wall"], float(p["cpu"]))


print("| graph | tool | load | PageRank | betweenness (sources) | betweenness CPU per 1,000 "
      "sources | communities (modularity) | whole run | peak RSS MB |")
print("|---|---|---|---|---|---|---|---|---|")
for name in ["g10k"] + ([] if small_only else ["g100k"]):
    for tool in ["actorgraph", "igraph", "networkx"]:
        p, x = parse("%s/%s.%s.log" % (work, name, tool))
        b, c = p.get("betweenness"), p.get("communities")
        bc, per = cell(b), "-"
        if b and not b.get("skipped"):
            sources = int(b["sources"])
            kind = "all" if sources == int(p["load"]["vertices"]) else "%d sampled" % sources
            if b["estimate"]:
                kind += ", Dijkstra only"
            bc += " (%s)" % kind
            per = "%.1f" % (float(b["cpu"]) * 1000 / sources)
        cc = cell(c) + (" (%s)" % c["modularity"] if c and not c.get("skipped") else "")
        print("| %s | %s | %s | %s | %s | %s | %s | %.1f / %.1f | %.0f |" % (
            name, tool, cell(p.get("load")), cell(p.get("pagerank")), bc, per, cc,
            x["wall"], x["cpu"], x["rss"]))
print()
print("Cells: wall / CPU seconds (CPU = user + system, all threads).")
PY
