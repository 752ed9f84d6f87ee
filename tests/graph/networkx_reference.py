#!/usr/bin/python3
"""Reference values for the graph measures, computed with networkx.

Run with Debian's python3-networkx (2.8, no numpy/scipy needed):

    /usr/bin/python3 tests/graph/networkx_reference.py > tests/graph/networkx_reference.json

It writes the graphs it uses as edge lists into tests/graph/data/ (so the
C++ test, tests/graph/networkx_compare_test.cc, reads exactly the same
graphs) and prints, as JSON, every measure of centrality.h and the
modularity of some partitions. The output is committed; the C++ test
compares against it within 1e-6 and never runs Python.

Edge list format: '#' comments; "v NAME" declares the next vertex (index =
order of the v lines); "e SOURCE TARGET WEIGHT u|d" is one edge, undirected
(u) or directed (d). Parallel edges are separate lines.

How each measure of centrality.h is matched (D is the simple graph with
parallel edges merged, weights summed, and length = 1/weight):
  degree/in/out/strength  multigraph degrees (strength: weight='weight')
  betweenness             betweenness_centrality(D, weight='length')
  betweenness_unweighted  betweenness_centrality(D)
  closeness               harmonic_centrality(D) / (n-1)
  closeness_weighted      harmonic_centrality(D, distance='length') / (n-1)
  eigenvector             eigenvector_centrality(D, weight='weight')
  pagerank                pagerank (the pure-Python power iteration, since
                          scipy is absent) on the multigraph, weight='weight'
  modularity              community.modularity on the undirected projection
                          (all edges, direction dropped, weights summed)
"""

import json
import os
import sys

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

# A small directed multigraph: parallel edges (a->b twice, d->b twice),
# dangling vertices (f and g have no out-edges), a vertex nobody points at
# (h), and a strongly connected core a, b, c, d, e.
DIRECTED_EDGES = [
    ("a", "b", 2.0), ("a", "b", 1.0), ("b", "c", 1.0), ("c", "a", 3.0),
    ("c", "d", 1.0), ("d", "e", 2.0), ("e", "c", 1.0), ("b", "e", 1.0),
    ("e", "f", 1.0), ("a", "g", 1.0), ("h", "a", 1.0), ("d", "b", 2.0),
    ("d", "b", 1.0),
]


def standard_graphs():
    """(name, description, vertices, [(u, v, weight, undirected)])."""
    graphs = []
    karate = nx.karate_club_graph()
    graphs.append(("karate", "Zachary's karate club, networkx karate_club_graph() with its weights",
                   list(karate.nodes()),
                   [(u, v, float(d.get("weight", 1)), True) for u, v, d in karate.edges(data=True)]))
    florentine = nx.florentine_families_graph()
    graphs.append(("florentine", "the Florentine families, networkx florentine_families_graph()",
                   list(florentine.nodes()),
                   [(u, v, 1.0, True) for u, v in florentine.edges()]))
    kite = nx.krackhardt_kite_graph()
    graphs.append(("kite", "the Krackhardt kite, networkx krackhardt_kite_graph()",
                   list(kite.nodes()), [(u, v, 1.0, True) for u, v in kite.edges()]))
    graphs.append(("directed", "a directed multigraph with parallel edges and dangling vertices",
                   sorted({x for e in DIRECTED_EDGES for x in e[:2]}),
                   [(u, v, w, False) for u, v, w in DIRECTED_EDGES]))
    return graphs


def write_edge_list(name, description, vertices, edges):
    path = os.path.join(DATA, name + ".txt")
    lines = ["# " + description + ".",
             "# Written by tests/graph/networkx_reference.py (networkx %s); do not edit." % nx.__version__,
             "# v NAME: next vertex; e SOURCE TARGET WEIGHT u|d: one edge."]
    lines += ["v %s" % v for v in vertices]
    lines += ["e %s %s %s %s" % (u, v, repr(w), "u" if und else "d") for u, v, w, und in edges]
    os.makedirs(DATA, exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, path)
    return os.path.relpath(path, HERE)


def simple_graph(vertices, edges, directed):
    """Parallel edges merged with summed weights; length = 1/weight."""
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(vertices)
    for u, v, w, und in edges:
        arcs = [(u, v)] if not directed or not und else [(u, v), (v, u)]
        for a, b in arcs:
            if g.has_edge(a, b):
                g[a][b]["weight"] += w
            else:
                g.add_edge(a, b, weight=w)
    for a, b, d in g.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    return g


def multigraph(vertices, edges, directed):
    g = nx.MultiDiGraph() if directed else nx.MultiGraph()
    g.add_nodes_from(vertices)
    for u, v, w, und in edges:
        g.add_edge(u, v, weight=w)
    return g


def measures(vertices, edges):
    directed = not all(e[3] for e in edges)
    n = len(vertices)
    d = simple_graph(vertices, edges, directed)
    m = multigraph(vertices, edges, directed)
    order = lambda values: [values[v] for v in vertices]  # noqa: E731
    if directed:
        in_degree = dict(m.in_degree())
        out_degree = dict(m.out_degree())
    else:
        in_degree = out_degree = dict(m.degree())
    harmonic = nx.harmonic_centrality(d)
    harmonic_weighted = nx.harmonic_centrality(d, distance="length")
    return {
        "degree": order(dict(m.degree())),
        "in_degree": order(in_degree),
        "out_degree": order(out_degree),
        "strength": order(dict(m.degree(weight="weight"))),
        "betweenness": order(nx.betweenness_centrality(d, weight="length")),
        "betweenness_unweighted": order(nx.betweenness_centrality(d)),
        "closeness": [harmonic[v] / (n - 1) for v in vertices],
        "closeness_weighted": [harmonic_weighted[v] / (n - 1) for v in vertices],
        "eigenvector": order(nx.eigenvector_centrality(d, weight="weight")),
        "pagerank": order(_pagerank_python(m, weight="weight")),
    }


def undirected_projection(vertices, edges):
    return simple_graph(vertices, [(u, v, w, True) for u, v, w, _ in edges], False)


def partitions(name, vertices, edges):
    """Partitions whose modularity the C++ Modularity() must reproduce."""
    u = undirected_projection(vertices, edges)
    index = {v: i for i, v in enumerate(vertices)}
    result = []

    def add(label, communities):
        labels = [0] * len(vertices)
        for c, members in enumerate(communities):
            for v in members:
                labels[index[v]] = c
        result.append({"name": label, "labels": labels,
                       "modularity": nx.community.modularity(u, communities, weight="weight")})

    louvain = nx.community.louvain_communities(u, weight="weight", seed=42)
    louvain = sorted((sorted(c, key=index.get) for c in louvain), key=lambda c: index[c[0]])
    add("networkx_louvain_seed42", louvain)
    if name == "karate":
        club = {}
        for v, data in nx.karate_club_graph().nodes(data=True):
            club.setdefault(data["club"], []).append(v)
        add("club", [club[k] for k in sorted(club)])
    # Every vertex alone, and all in one community.
    add("singletons", [[v] for v in vertices])
    add("one", [list(vertices)])
    return result


def main():
    out = {"networkx": nx.__version__, "tolerance": 1e-6, "graphs": {}}
    for name, description, vertices, edges in standard_graphs():
        path = write_edge_list(name, description, vertices, edges)
        out["graphs"][name] = {
            "file": path,
            "vertices": [str(v) for v in vertices],
            "measures": measures(vertices, edges),
            "partitions": partitions(name, vertices, edges),
        }
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
