#!/usr/bin/python3
"""python3-igraph's side of bench/graph/run.sh: the phases of graph_bench.cc
on the same interaction list, with the same semantics.

    igraph_bench.py FILE [--samples K]

load         read the file, weight each interaction by the built-in table
             (data/weights.json), build the directed graph (undirected
             types as two arcs) and the undirected one, parallel edges
             merged with summed weights (simplify(combine_edges="sum"))
pagerank     Graph.pagerank(weights=..., directed=True) (PRPACK)
betweenness  Graph.betweenness(weights=1/weight, directed=True), exact.
             igraph 0.10's Python API cannot restrict the sources, so with
             --samples K it times K single-source Dijkstra runs
             (Graph.distances, ten sources a call) instead: Brandes' first
             half without path counting nor the dependency pass, but with
             the distance rows turned into Python lists. An estimate of K
             sources' share of Brandes, reported as such (on the 10k graph
             it costs about what exact Brandes costs per source)
communities  Graph.community_multilevel(weights=...) (Louvain)
Prints "phase WALL cpu CPU peak_rss_kb KB details" lines like graph_bench
(CPU: time.process_time(), user + system of the process; peak RSS:
getrusage's ru_maxrss so far).
"""

import json
import os
import random
import resource
import sys
import time

import igraph

HERE = os.path.dirname(os.path.abspath(__file__))


def weights_table():
    with open(os.path.join(HERE, "..", "..", "data", "weights.json"), encoding="utf-8") as f:
        return json.load(f)["weights"]


UNDIRECTED = {"meeting", "call", "cooperation"}


class Phase:
    """One timed phase: start() when it begins, report() when it ends."""

    def start(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def report(self, name, details=""):
        print("%s %.3f cpu %.3f peak_rss_kb %d %s" % (
            name, time.perf_counter() - self.wall, time.process_time() - self.cpu,
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, details), flush=True)


def top(scores):
    """The index of the highest score (the first of equals)."""
    return max(range(len(scores)), key=lambda i: (scores[i], -i))


def main():
    path = sys.argv[1]
    samples = int(sys.argv[sys.argv.index("--samples") + 1]) if "--samples" in sys.argv else 0
    table = weights_table()
    phase = Phase()
    phase.start()
    arcs, arc_w, edges, edge_w = [], [], [], []
    with open(path, encoding="utf-8") as f:
        n = int(f.readline().split()[2])
        for line in f:
            u, v, t = line.split()
            u, v, w = int(u), int(v), table[t]
            arcs.append((u, v))
            arc_w.append(w)
            if t in UNDIRECTED:
                arcs.append((v, u))
                arc_w.append(w)
            edges.append((u, v))
            edge_w.append(w)
    d = igraph.Graph(n=n, edges=arcs, directed=True, edge_attrs={"weight": arc_w})
    d.simplify(combine_edges="sum")
    g = igraph.Graph(n=n, edges=edges, directed=False, edge_attrs={"weight": edge_w})
    g.simplify(combine_edges="sum")
    del arcs, arc_w, edges, edge_w
    d.es["length"] = [1.0 / w for w in d.es["weight"]]
    phase.report("load", "vertices %d arcs %d" % (d.vcount(), d.ecount()))

    phase.start()
    pagerank = d.pagerank(weights="weight", directed=True)
    phase.report("pagerank", "top %d" % top(pagerank))

    phase.start()
    if samples and samples < n:
        sources = random.Random(1).sample(range(n), samples)
        # Ten sources a call: one call per source would convert the length
        # attribute to a C vector each time (2x slower on the 10k graph).
        for i in range(0, samples, 10):
            d.distances(source=sources[i:i + 10], weights="length", mode="out")
        phase.report("betweenness",
                     "sources %d (Dijkstra only: an estimate)" % samples)
    else:
        betweenness = d.betweenness(directed=True, weights="length")
        phase.report("betweenness", "sources %d top %d" % (n, top(betweenness)))

    phase.start()
    c = g.community_multilevel(weights="weight")
    phase.report("communities", "modularity %.4f count %d" % (c.modularity, len(c)))


if __name__ == "__main__":
    main()
