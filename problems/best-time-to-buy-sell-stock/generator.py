"""Inputs for the complexity ladder: n random prices; trying every buy and
sell day costs n^2 / 2."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    return ([rng.randrange(0, 10**9) for _ in range(n)],)
