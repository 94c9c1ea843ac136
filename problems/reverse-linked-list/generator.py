"""Inputs for the complexity ladder: a list of n random values."""

import random

from judge.testing import linked


def make_input(n: int, rng: random.Random) -> tuple[object]:
    return (linked(rng.randrange(-(10**9), 10**9) for _ in range(n)),)
