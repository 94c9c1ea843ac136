"""Inputs for the complexity ladder: a square-ish grid of n cells, two thirds
land, so most cells belong to a few large, winding islands."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[list[str]]]:
    rows = max(1, int(n**0.5))
    cols = max(1, n // rows)
    return ([["1" if rng.random() < 0.67 else "0" for _ in range(cols)] for _ in range(rows)],)
