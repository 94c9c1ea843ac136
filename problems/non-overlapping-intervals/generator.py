"""Inputs for the complexity ladder: n shuffled random intervals; a dynamic
programme over all earlier intervals costs n^2 / 2 whatever their shape."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[list[int]]]:
    starts = (rng.randrange(0, 4 * n) for _ in range(n))
    return ([[s, s + rng.randrange(1, 20)] for s in starts],)
