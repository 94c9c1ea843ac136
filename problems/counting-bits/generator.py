"""Inputs for the complexity ladder: n itself (every n is as hard as any other)."""

import random


def make_input(n: int, rng: random.Random) -> tuple[int]:
    return (n,)
