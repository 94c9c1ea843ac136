"""Inputs for the complexity ladder: n houses with random amounts."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    return ([rng.randrange(0, 10**9) for _ in range(n)],)
