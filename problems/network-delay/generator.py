"""Inputs for the complexity ladder: n links among n // 2 nodes, a random tree
from node 1 (so every node is reached) plus random links, weights 0..100.
As many nodes as that make an O(V^2) method's cost plain at small sizes."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[list[int]], int, int]:
    nodes = max(2, n // 2)
    times = [[rng.randint(1, v - 1), v, rng.randint(0, 100)] for v in range(2, nodes + 1)]
    while len(times) < n:
        times.append([rng.randint(1, nodes), rng.randint(1, nodes), rng.randint(0, 100)])
    rng.shuffle(times)
    return times, nodes, 1
