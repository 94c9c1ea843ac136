"""Inputs for the complexity ladder: n random values, whose longest
increasing subsequence grows like 2 * sqrt(n)."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    return ([rng.randrange(-(10**9), 10**9) for _ in range(n)],)
