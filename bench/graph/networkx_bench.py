#!/usr/bin/python3
"""python3-networkx's side of bench/graph/run.sh: the phases of
graph_bench.cc on the same interaction list, with the same semantics.

    networkx_bench.py FILE [--samples K] [--limit SECONDS]

load         read the file, weight each interaction by the built-in table,
             build a DiGraph (undirected types as two arcs) and a Graph,
             parallel edges merged with summed weights
pagerank     the pure-Python power iteration (pagerank_alg._pagerank_python:
             Debian's networkx has no scipy for nx.pagerank), weight='weight',
             tol=1e-10 as graph_bench (igraph's PRPACK is that precise)
betweenness  betweenness_centrality(weight='length' = 1/weight); with
             --samples K, k=K sampled sources (networkx's estimator)
communities  community.louvain_communities(weight='weight', seed=1)
Prints "phase WALL cpu CPU peak_rss_kb KB details" lines like graph_bench.
A phase that has used --limit seconds of CPU time (default 600; CPU, not
wall, since the machine may be shared) is stopped and reported as
"skipped"; so are the phases after it that need its result.
"""

import json
import os
import resource
import signal
import sys
import time

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

HERE = os.path.dirname(os.path.abspath(__file__))
UNDIRECTED = {"meeting", "call", "cooperation"}


class TimeUp(Exception):
    pass


def on_alarm(signum, frame):
    raise TimeUp()


def timed(name, limit, fn, details=lambda r: ""):
    signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, limit)  # counts user + system time
    start, cpu = time.perf_counter(), time.process_time()
    try:
        result = fn()
    except TimeUp:
        print("%s skipped (stopped after %d s of CPU)" % (name, limit), flush=True)
        return None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    print("%s %.3f cpu %.3f peak_rss_kb %d %s" % (
        name, time.perf_counter() - start, time.process_time() - cpu,
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, details(result)), flush=True)
    return result


def top(scores):
    """The node with the highest score (the smallest of equals)."""
    return max(scores, key=lambda v: (scores[v], -v))


def load(path, table):
    d, g = nx.DiGraph(), nx.Graph()
    with open(path, encoding="utf-8") as f:
        n = int(f.readline().split()[2])
        d.add_nodes_from(range(n))
        g.add_nodes_from(range(n))
        for line in f:
            u, v, t = line.split()
            u, v, w = int(u), int(v), table[t]
            for a, b in ((u, v), (v, u)) if t in UNDIRECTED else ((u, v),):
                data = d.get_edge_data(a, b)
                if data is None:
                    d.add_edge(a, b, weight=w)
                else:
                    data["weight"] += w
            data = g.get_edge_data(u, v)
            if data is None:
                g.add_edge(u, v, weight=w)
            else:
                data["weight"] += w
    for _, _, data in d.edges(data=True):
        data["length"] = 1.0 / data["weight"]
    return d, g


def main():
    path = sys.argv[1]
    samples = int(sys.argv[sys.argv.index("--samples") + 1]) if "--samples" in sys.argv else 0
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 600
    with open(os.path.join(HERE, "..", "..", "data", "weights.json"), encoding="utf-8") as f:
        table = json.load(f)["weights"]
    graphs = timed("load", limit, lambda: load(path, table),
                   lambda r: "vertices %d arcs %d" % (len(r[0]), r[0].number_of_edges()))
    if graphs is None:
        return
    d, g = graphs
    timed("pagerank", limit,
          lambda: _pagerank_python(d, weight="weight", tol=1e-10, max_iter=1000),
          lambda r: "top %d" % top(r))
    k = samples if samples and samples < len(d) else None
    timed("betweenness", limit,
          lambda: nx.betweenness_centrality(d, k=k, weight="length", seed=1),
          lambda r: "sources %d top %d" % (k or len(d), top(r)))
    timed("communities", limit,
          lambda: nx.community.louvain_communities(g, weight="weight", seed=1),
          lambda r: "modularity %.4f count %d"
          % (nx.community.modularity(g, r, weight="weight"), len(r)))


if __name__ == "__main__":
    main()
