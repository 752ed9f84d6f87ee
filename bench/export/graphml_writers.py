#!/usr/bin/python3
"""Times networkx and igraph writing the graph export_bench wrote as CSV,
with the same node and edge attributes as actorgraph's GraphML.

    graphml_writers.py DIR [networkx|igraph]...

Reads DIR/nodes.csv and DIR/edges.csv (untimed), writes DIR/networkx.graphml
and DIR/igraph.graphml, and prints "<writer> <seconds> s <bytes> bytes".
"""

import csv
import os
import sys
import time

NODE_STR = ["label", "kind", "country", "role", "name_ja", "aliases"]
EDGE_STR = ["type", "date", "week", "place", "outlets", "evidence", "cameo", "plover", "document"]


def load(directory):
    with open(os.path.join(directory, "nodes.csv"), newline="", encoding="utf-8") as f:
        nodes = [{"id": r["Id"], "label": r["Label"], "kind": r["Kind"], "country": r["Country"],
                  "role": r["Role"], "name_ja": r["NameJa"], "aliases": r["Aliases"]}
                 for r in csv.DictReader(f)]
    with open(os.path.join(directory, "edges.csv"), newline="", encoding="utf-8") as f:
        edges = [{"source": r["Source"], "target": r["Target"], "weight": float(r["Weight"]),
                  "type": r["Kind"], "date": r["Date"], "week": r["Week"], "place": r["Place"],
                  "outlets": r["Outlets"], "evidence": r["Evidence"], "cameo": r["Cameo"],
                  "plover": r["Plover"], "document": r["Document"],
                  "item": int(r["Item"] or 0), "count": int(r["Count"])}
                 for r in csv.DictReader(f)]
    return nodes, edges


def report(name, seconds, path):
    print("%s %.3f s %d bytes" % (name, seconds, os.path.getsize(path)), flush=True)


def with_networkx(directory, nodes, edges):
    import networkx as nx
    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n["id"], **{k: n[k] for k in NODE_STR})
    for e in edges:
        g.add_edge(e["source"], e["target"], **{k: v for k, v in e.items()
                                                 if k not in ("source", "target")})
    path = os.path.join(directory, "networkx.graphml")
    start = time.perf_counter()
    nx.write_graphml(g, path)
    report("networkx-graphml", time.perf_counter() - start, path)


def with_igraph(directory, nodes, edges):
    import igraph
    index = {n["id"]: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[e["source"]], index[e["target"]]) for e in edges],
                     directed=True)
    g.vs["name"] = [n["id"] for n in nodes]
    for k in NODE_STR:
        g.vs[k] = [n[k] for n in nodes]
    for k in ["weight", "item", "count"] + EDGE_STR:
        g.es[k] = [e[k] for e in edges]
    path = os.path.join(directory, "igraph.graphml")
    start = time.perf_counter()
    g.write_graphml(path)
    report("igraph-graphml", time.perf_counter() - start, path)


def main():
    directory = sys.argv[1]
    which = sys.argv[2:] or ["networkx", "igraph"]
    nodes, edges = load(directory)
    for name in which:
        try:
            {"networkx": with_networkx, "igraph": with_igraph}[name](directory, nodes, edges)
        except ImportError:
            print("%s SKIP (not installed)" % name)


if __name__ == "__main__":
    main()
