#!/usr/bin/env python3
"""Check hand-made gold files against the format of ../shared/spec/interactions.md.

Usage: check_gold.py GOLD.json... [--scorer PATH/score_interactions.py]

For each gold file: it is JSON; every actor has a name, a known kind and a list
of aliases; every interaction has a known type, endpoints that name gold
actors, an ISO date and an item number that exists in the document next to it
(items of a digest are its "● " lines, of a --lines file its non-empty lines,
of a plain article the single item 1). An alias shared by two actors is
reported, because the scorer cannot use it. With --scorer, the gold file is
also turned into system output (id = name, source = a[0], target = b[0]) and
scored against itself, which must give F1 1.0.

Exit status: 0 when every file passes, 1 otherwise.
"""
import argparse
import datetime
import importlib.util
import json
import os
import sys

KINDS = {"person", "organization", "country", "event"}
TYPES = {"meeting", "call", "visit", "participation", "praise", "criticism",
         "invitation", "cooperation", "sanction"}


def as_list(v):
    return v if isinstance(v, list) else [v]


def count_items(doc_path):
    with open(doc_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if any(line.startswith("● ") for line in lines):
        return sum(1 for line in lines if line.startswith("● "))
    if os.path.basename(doc_path).startswith("sentences"):
        return sum(1 for line in lines if line.strip())
    return 1


def check(path, scorer):
    problems = []
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    names = set()
    for a in gold["actors"]:
        if a["kind"] not in KINDS:
            problems.append(f"actor {a['name']}: unknown kind {a['kind']}")
        if a["name"] in names:
            problems.append(f"actor {a['name']}: listed twice")
        names.add(a["name"])
        if not isinstance(a.get("aliases"), list):
            problems.append(f"actor {a['name']}: aliases is not a list")
    if scorer:
        owners = {}
        for a in gold["actors"]:
            for n in [a["name"]] + a["aliases"]:
                owners.setdefault(scorer.norm(n), set()).add(a["name"])
        for key, who in sorted(owners.items()):
            if len(who) > 1:
                problems.append(f"alias '{key}' is shared by {sorted(who)}")
    doc = os.path.join(os.path.dirname(path), gold["document"])
    n_items = count_items(doc)
    for i, g in enumerate(gold["interactions"], 1):
        where = f"interaction {i} (item {g.get('item')})"
        if g["type"] not in TYPES:
            problems.append(f"{where}: unknown type {g['type']}")
        for end in ("a", "b"):
            for n in as_list(g[end]):
                if n not in names:
                    problems.append(f"{where}: {end} names no actor: {n}")
        try:
            datetime.date.fromisoformat(g["date"])
        except (KeyError, ValueError):
            problems.append(f"{where}: bad or missing date")
        if not 1 <= g.get("item", 0) <= n_items:
            problems.append(f"{where}: item outside 1..{n_items}")
        if not isinstance(g.get("optional", False), bool):
            problems.append(f"{where}: optional is not true/false")
    if scorer and not problems:
        system = {
            "actors": [{"id": a["name"], "name": a["name"], "kind": a["kind"],
                        "aliases": a["aliases"]} for a in gold["actors"]],
            "interactions": [{"type": g["type"], "source": as_list(g["a"])[0],
                              "target": as_list(g["b"])[0], "date": g["date"]}
                             for g in gold["interactions"]],
        }
        res = scorer.score(system, gold)
        for k in ("contacts", "all", "pairs", "actors"):
            if res[k]["f1"] != 1.0:
                problems.append(f"self-score {k} F1 {res[k]['f1']}")
        if res["all"]["date_accuracy"] not in (1.0, None):
            problems.append(f"self-score date accuracy {res['all']['date_accuracy']}")
    required = sum(1 for g in gold["interactions"] if not g.get("optional"))
    status = "ok" if not problems else "FAILED"
    print(f"{path}: {status}: {n_items} items, {len(gold['actors'])} actors, "
          f"{len(gold['interactions'])} interactions ({required} required)")
    for p in problems:
        print(f"  {p}")
    return not problems


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score_interactions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--scorer", help="path of score_interactions.py")
    args = ap.parse_args()
    scorer = load_scorer(args.scorer) if args.scorer else None
    ok = all([check(p, scorer) for p in args.gold])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
