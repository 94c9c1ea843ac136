"""Inputs for the complexity ladder: a square-ish image of n pixels in one
colour, so the fill paints every pixel."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[list[int]], int, int, int]:
    rows = max(1, int(n**0.5))
    cols = max(1, n // rows)
    return [[0] * cols for _ in range(rows)], rng.randrange(rows), rng.randrange(cols), 1
