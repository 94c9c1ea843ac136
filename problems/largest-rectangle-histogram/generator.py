"""Inputs for the complexity ladder: n rising heights, so widening a rectangle
from each bar reaches the last bar every time."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    return (sorted(rng.randrange(10**9) for _ in range(n)),)
