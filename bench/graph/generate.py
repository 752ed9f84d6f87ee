#!/usr/bin/python3
"""Writes a random interaction list for bench/graph/run.sh.

    generate.py ACTORS INTERACTIONS SEED > file.txt

Format (read by graph_bench.cc, igraph_bench.py and networkx_bench.py):
    # actors N
    SOURCE TARGET TYPE          one interaction a line; actors are 0..N-1

The model imitates diplomatic news: a few actors are in most stories
(endpoints drawn with density falling as 1/sqrt(rank)), and actors mostly
deal with their own region (blocks of 100 actors: 70% of interactions stay
inside the block). Types follow a fixed mix; no self-loops. Python's
random.random() is the Mersenne Twister, the same on every platform, so a
seed always gives the same file.
"""

import random
import sys

TYPES = [("meeting", 30), ("call", 15), ("visit", 10), ("participation", 10),
         ("praise", 10), ("criticism", 8), ("invitation", 5), ("cooperation", 7),
         ("sanction", 5)]
BLOCK = 100


def main():
    n, m, seed = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    names = [t for t, share in TYPES for _ in range(share)]
    out = sys.stdout
    out.write("# actors %d\n" % n)
    lines = []
    for _ in range(m):
        u = int(n * rng.random() ** 2)
        while True:
            if rng.random() < 0.7:
                base = (u // BLOCK) * BLOCK
                v = base + int(min(BLOCK, n - base) * rng.random() ** 2)
            else:
                v = int(n * rng.random() ** 2)
            if v != u:
                break
        lines.append("%d %d %s\n" % (u, v, names[int(rng.random() * len(names))]))
        if len(lines) >= 65536:
            out.write("".join(lines))
            lines = []
    out.write("".join(lines))


if __name__ == "__main__":
    main()
