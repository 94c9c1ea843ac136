"""Inputs for the complexity ladder: n random values in decreasing order,
and k = n // 2.

Decreasing, so the k largest values come first: a heap of the k largest
takes each of them in, then compares every later value once and keeps it
out.  Its branches are predictable, so its cost per value barely moves
across the ladder.  (In increasing order every value entered the heap, and
a compiled reference's cost per value tripled between 4,096 and 8,192
values, right in the window where the growth is compared: a compiled
quadratic quickselect's ratio to it read n^0.4, not n^1.)

A quickselect with the first value as pivot still gets one extreme value
per pass, from alternating ends, and needs about n passes: O(n^2)."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    values = sorted((rng.randrange(-(10**9), 10**9) for _ in range(n)), reverse=True)
    return values, max(1, n // 2)
