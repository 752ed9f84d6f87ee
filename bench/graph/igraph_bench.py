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
             (Graph.distances) instead: a lower bound of K sources' share
             of Brandes, reported as such
communities  Graph.community_multilevel(weights=...) (Louvain)
Prints "phase seconds details" lines like graph_bench.
"""

import json
import os
import random
import sys
import time

import igraph

HERE = os.path.dirname(os.path.abspath(__file__))


def weights_table():
    with open(os.path.join(HERE, "..", "..", "data", "weights.json"), encoding="utf-8") as f:
        return json.load(f)["weights"]


UNDIRECTED = {"meeting", "call", "cooperation"}


def main():
    path = sys.argv[1]
    samples = int(sys.argv[sys.argv.index("--samples") + 1]) if "--samples" in sys.argv else 0
    table = weights_table()
    start = time.perf_counter()
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
    print("load %.3f vertices %d arcs %d" % (time.perf_counter() - start, d.vcount(), d.ecount()),
          flush=True)

    start = time.perf_counter()
    d.pagerank(weights="weight", directed=True)
    print("pagerank %.3f" % (time.perf_counter() - start), flush=True)

    start = time.perf_counter()
    if samples and samples < n:
        sources = random.Random(1).sample(range(n), samples)
        for s in sources:
            d.distances(source=s, weights="length", mode="out")
        print("betweenness %.3f sources %d (single-source Dijkstra only: a lower bound)"
              % (time.perf_counter() - start, samples), flush=True)
    else:
        d.betweenness(directed=True, weights="length")
        print("betweenness %.3f sources %d" % (time.perf_counter() - start, n), flush=True)

    start = time.perf_counter()
    c = g.community_multilevel(weights="weight")
    print("communities %.3f modularity %.4f count %d"
          % (time.perf_counter() - start, c.modularity, len(c)), flush=True)


if __name__ == "__main__":
    main()
