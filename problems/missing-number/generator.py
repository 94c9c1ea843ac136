"""Inputs for the complexity ladder: 0..n shuffled without n - 1, so a
solution that checks each candidate in turn only finds it at the very end."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    nums = [v for v in range(n + 1) if v != n - 1]
    rng.shuffle(nums)
    return (nums,)
