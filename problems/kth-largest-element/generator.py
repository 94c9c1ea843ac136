"""Inputs for the complexity ladder: n random values in increasing order of
arrival (every value enters the heap), and k = n // 2."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    return sorted(rng.randrange(-(10**9), 10**9) for _ in range(n)), max(1, n // 2)
