"""Inputs for the complexity ladder: no pair sums to the target, so every
solution must look at every element (the worst case).

The values repeat: 1,024 distinct ones, whatever n is.  A hash map of the
values seen stays small enough for the fastest cache, so the reference's
cost per element is the same at every size; with n distinct values its map
outgrew the caches inside the window where growth is compared, and
JavaScript's quadratic every_pair read anywhere from n^0.6 to n^0.9 against it."""

import random

DISTINCT = 1024


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    nums = [rng.randrange(0, DISTINCT) * 2 for _ in range(n)]  # all even
    return nums, 1  # an odd target: no pair
