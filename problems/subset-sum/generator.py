"""Inputs for the complexity ladder: n values from 1 to 10 and a target one
more than their sum, so no subset reaches it and every solution does all of
its work (a brute force tries every subset)."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    nums = [rng.randint(1, 10) for _ in range(n)]
    return nums, sum(nums) + 1
