"""Inputs for the complexity ladder: n distinct sorted values rotated at a
random pivot, and an absent target, so a binary search runs to full depth
and a scan looks at every element."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    values = [2 * i for i in range(n)]
    k = rng.randrange(n)
    return values[k:] + values[:k], 2 * rng.randrange(n) + 1  # odd: never present
