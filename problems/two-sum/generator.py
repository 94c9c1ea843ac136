"""Inputs for the complexity ladder: no pair sums to the target, so every
solution must look at every element (the worst case)."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    nums = [rng.randrange(0, 10**9) * 2 for _ in range(n)]  # all even
    return nums, 1  # an odd target: no pair
