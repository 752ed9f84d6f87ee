#!/usr/bin/python3
"""Reads actorgraph's exports back with networkx, igraph and the csv module
and compares them with what the C++ test expected (a JSON file).

  roundtrip.py graphml EXPECTED.json MIXED.graphml DIRECTED_ONLY.graphml
  roundtrip.py json    EXPECTED.json GRAPH.json
  roundtrip.py csv     EXPECTED.json NODES.csv EDGES.csv

EXPECTED.json: {"nodes": {id: {attr: value}}, "edges": [{"source", "target",
"directed", attr: value}]}. Prints "<reader>: OK ..." or "<reader>: SKIP ..."
per reader; exits 1 with the differences when something does not match.
"""

import csv
import json
import math
import sys
from collections import Counter

problems = []


def same(want, got, loose_int=False):
    if loose_int and isinstance(want, int) and not isinstance(want, bool) and isinstance(got, float):
        return got == want  # igraph keeps every number as a double
    if isinstance(want, bool) or isinstance(got, bool):
        return want == got and type(want) == type(got)
    if isinstance(want, float):
        return isinstance(got, float) and (got == want or (math.isnan(want) and math.isnan(got))
                                           or abs(got - want) <= 1e-12 * max(1.0, abs(want)))
    if isinstance(want, int):
        return isinstance(got, int) and got == want
    return want == got


def check_nodes(reader, expected, got_nodes, strict_extra=True, loose_int=False):
    """got_nodes: {id: {attr: value}} with absent values left out."""
    if set(expected) != set(got_nodes):
        problems.append(f"{reader}: node ids differ: {sorted(set(expected) ^ set(got_nodes))[:5]}")
        return
    for node, attrs in expected.items():
        got = got_nodes[node]
        for key, want in attrs.items():
            if key not in got or not same(want, got[key], loose_int):
                problems.append(f"{reader}: node {node!r} {key}: want {want!r}, got {got.get(key)!r}")
        if strict_extra:
            extra = set(got) - set(attrs)
            if extra:
                problems.append(f"{reader}: node {node!r} has unexpected {sorted(extra)}")


def normal(value, loose_int):
    if loose_int and isinstance(value, float) and value.is_integer():
        return repr(int(value))
    if loose_int and isinstance(value, int) and not isinstance(value, bool):
        return repr(int(value))
    return repr(value)


def edge_key(source, target, attrs, keys, loose_int):
    return (source, target) + tuple((k, normal(attrs.get(k), loose_int)) for k in keys)


def check_edges(reader, expected, got_edges, ignore=(), loose_int=False):
    """got_edges: list of (source, target, {attr: value})."""
    keys = sorted({k for e in expected for k in e} - {"source", "target"} - set(ignore))
    want = Counter(edge_key(e["source"], e["target"], e, keys, loose_int) for e in expected)
    got = Counter(edge_key(s, t, a, keys, loose_int) for s, t, a in got_edges)
    if want != got:
        missing = list((want - got).elements())[:3]
        extra = list((got - want).elements())[:3]
        problems.append(f"{reader}: edges differ; missing {missing}; unexpected {extra}")


def present(value):
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return value != ""


def graphml(expected, mixed_path, directed_path):
    try:
        import networkx as nx
    except ImportError:
        print("networkx: SKIP (not installed)")
    else:
        g = nx.read_graphml(directed_path, force_multigraph=True)
        nodes = {n: dict(a) for n, a in g.nodes(data=True)}
        check_nodes("networkx", expected["nodes"], nodes)
        check_edges("networkx", expected["edges"],
                    [(s, t, a) for s, t, a in g.edges(data=True)], ignore=("directed",))
        if not g.is_directed() or not g.is_multigraph():
            problems.append("networkx: expected a MultiDiGraph")
        print(f"networkx: OK {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    try:
        import igraph
    except ImportError:
        print("igraph: SKIP (not installed)")
    else:
        g = igraph.Graph.Read_GraphML(mixed_path)
        names = g.vs["id"]
        nodes = {}
        for v in g.vs:
            nodes[names[v.index]] = {k: v[k] for k in g.vs.attributes() if k != "id" and present(v[k])}
        check_nodes("igraph", expected["nodes"], nodes, loose_int=True)
        edges = []
        for e in g.es:
            attrs = {k: e[k] for k in g.es.attributes() if present(e[k])}
            edges.append((names[e.source], names[e.target], attrs))
        # igraph has no mixed graphs: it reads every edge as directed.
        check_edges("igraph", expected["edges"], edges, ignore=("directed", "id"), loose_int=True)
        print(f"igraph: OK {g.vcount()} nodes, {g.ecount()} edges")


def node_link(expected, path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if data.get("directed") is not True or data.get("multigraph") is not True:
        problems.append("json: directed and multigraph must be true")
    try:
        import networkx as nx
    except ImportError:
        print("networkx: SKIP (not installed)")
        return
    g = nx.node_link_graph(data)
    nodes = {n: {k: v for k, v in a.items() if k not in ("aliases", "color")}
             for n, a in g.nodes(data=True)}
    want_nodes = {n: {k: v for k, v in a.items() if k != "aliases"}
                  for n, a in expected["nodes"].items()}
    check_nodes("networkx", want_nodes,
                {n: {k: v for k, v in a.items() if present(v)} for n, a in nodes.items()})
    edges = [(s, t, a) for s, t, a in g.edges(data=True)]
    check_edges("networkx", expected["edges"], edges, ignore=("outlets", "evidence"))
    print(f"networkx: OK {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


def tables(expected, nodes_path, edges_path):
    with open(nodes_path, newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(edges_path, newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    got_ids = [row["Id"] for row in nodes]
    if sorted(got_ids) != sorted(expected["nodes"]):
        problems.append(f"csv: node ids differ: {sorted(set(got_ids) ^ set(expected['nodes']))[:5]}")
    for row in nodes:
        want = expected["nodes"].get(row["Id"], {})
        if row["Label"] != want.get("label"):
            problems.append(f"csv: label of {row['Id']!r}: {row['Label']!r} != {want.get('label')!r}")
    got = Counter((r["Source"], r["Target"], r["Kind"], r["Type"], r["Date"], r["Place"],
                   r["Evidence"]) for r in edges)
    want = Counter((e["source"], e["target"], e["type"],
                    "Directed" if e["directed"] else "Undirected", e.get("date", ""),
                    e.get("place", ""), e.get("evidence", "")) for e in expected["edges"])
    if got != want:
        problems.append(f"csv: edges differ; missing {list((want - got).elements())[:2]}; "
                        f"unexpected {list((got - want).elements())[:2]}")
    print(f"csv: OK {len(nodes)} nodes, {len(edges)} edges")


def main():
    mode, expected_path, *files = sys.argv[1:]
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    {"graphml": graphml, "json": node_link, "csv": tables}[mode](expected, *files)
    if problems:
        print("\n".join(problems[:20]))
        sys.exit(1)


if __name__ == "__main__":
    main()
