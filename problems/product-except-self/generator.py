"""Inputs for the complexity ladder: n values of -1 and 1, so every product
stays a small integer and the cost is the number of multiplications."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    return ([rng.choice((-1, 1)) for _ in range(n)],)
