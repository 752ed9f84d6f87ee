#!/usr/bin/python3
"""Writes a synthetic archive of weekly events JSON files for bench/export.

    generate_archive.py OUT_DIR [WEEKS] [SEED]

One file per week, OUT_DIR/week-NNNN.json, each a digest with its period
(seven days from Saturday 2016-01-02 on), 30 to 70 interactions with date,
place, outlets, an evidence sentence, CAMEO and PLOVER codes, and the actors
they involve (a pool of 1,500: persons, organizations, countries, events;
a few actors are in most stories, popularity falling as 1/sqrt(rank)).
random.Random is the Mersenne Twister: a seed always gives the same files.
"""

import datetime
import json
import os
import random
import sys

TYPES = [("meeting", 30, "040", "CONSULT"), ("call", 15, "041", "CONSULT"),
         ("visit", 10, "042", "CONSULT"), ("participation", 10, "043", "CONSULT"),
         ("praise", 10, "051", "SUPPORT"), ("criticism", 8, "111", "ACCUSE"),
         ("invitation", 5, "036", "REQUEST"), ("cooperation", 7, "057", "AGREE"),
         ("sanction", 5, "163", "SANCTION")]
KINDS = [("person", 60), ("organization", 25), ("country", 10), ("event", 5)]
PLACES = ["Baku", "Ankara", "Rome", "Brussels", "Tbilisi", "Yerevan", "Astana", "Geneva", ""]
OUTLETS = ["TREND", "REPORT", "APA", "AZERTAC", "CALIBER", "NEWS.AZ"]
WORDS = ("the minister said both sides discussed regional security energy transit trade "
         "cooperation and agreed to continue talks on issues of mutual interest during "
         "the visit in the capital").split()
KATAKANA = [chr(c) for c in range(0x30A2, 0x30F3)]


def make_actors(rng, n):
    kinds = [k for k, share in KINDS for _ in range(share)]
    actors = []
    countries = []
    for i in range(n):
        kind = kinds[int(rng.random() * len(kinds))]
        name = "%s %d" % (kind.capitalize(), i)
        actor = {"id": "%s-%d" % (kind, i), "name": name, "kind": kind,
                 "name_ja": "".join(rng.choice(KATAKANA) for _ in range(4))}
        if kind == "country":
            countries.append(actor["id"])
        actors.append(actor)
    for a in actors:
        if a["kind"] in ("person", "organization") and countries:
            a["country"] = rng.choice(countries)
        if a["kind"] == "person":
            a["role"] = "Minister of Example Affairs"
    return actors


def main():
    out_dir = sys.argv[1]
    weeks = int(sys.argv[2]) if len(sys.argv) > 2 else 520
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    os.makedirs(out_dir, exist_ok=True)
    actors = make_actors(rng, 1500)
    types = [t for t in TYPES for _ in range(t[1])]
    start = datetime.date(2016, 1, 2)
    for w in range(weeks):
        first = start + datetime.timedelta(days=7 * w)
        last = first + datetime.timedelta(days=6)
        doc = "digest-%s.txt" % first.isoformat()
        interactions, used = [], {}
        for item in range(int(30 + 41 * rng.random())):
            u = int(len(actors) * rng.random() ** 2)
            v = int(len(actors) * rng.random() ** 2)
            if u == v:
                continue
            name, _, cameo, plover = types[int(rng.random() * len(types))]
            day = first + datetime.timedelta(days=int(7 * rng.random()))
            sentence = " ".join(rng.choice(WORDS) for _ in range(18)).capitalize() + "."
            interactions.append({
                "type": name, "source": actors[u]["id"], "target": actors[v]["id"],
                "date": day.isoformat(), "place": rng.choice(PLACES), "document": doc,
                "item": item + 1, "outlets": rng.sample(OUTLETS, 1 + int(2 * rng.random())),
                "cameo": cameo, "plover": plover,
                "evidence": [{"sentence": sentence, "rule": name + ".bench", "line": 10 + item}]})
            used[u] = used[v] = True
        data = {"documents": [{"file": doc, "period": [first.isoformat(), last.isoformat()]}],
                "actors": [actors[i] for i in sorted(used)],
                "interactions": interactions}
        with open(os.path.join(out_dir, "week-%04d.json" % (w + 1)), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
