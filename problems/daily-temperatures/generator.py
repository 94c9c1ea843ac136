"""Inputs for the complexity ladder: n - 1 days that never get warmer, then
the warmest day, so looking ahead from each day reaches the end every time."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    cooling = sorted((rng.randint(-100, 99) for _ in range(max(0, n - 1))), reverse=True)
    return (cooling + [100],)
