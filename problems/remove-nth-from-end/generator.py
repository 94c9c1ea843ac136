"""Inputs for the complexity ladder: n random values, removing the middle node."""

import random

from judge.testing import linked


def make_input(n: int, rng: random.Random) -> tuple[object, int]:
    return linked(rng.randrange(-(10**9), 10**9) for _ in range(n)), max(1, n // 2)
