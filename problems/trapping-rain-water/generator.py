"""Inputs for the complexity ladder: n random heights; looking for the
tallest bar on each side of every bar costs n^2."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    return ([rng.randrange(0, 10**6) for _ in range(n)],)
