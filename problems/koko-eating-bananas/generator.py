"""Inputs for the complexity ladder: n piles of up to 100 n bananas and
h = n hours, so the answer is the largest pile: trying every speed from 1
upwards costs about 100 n * n."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    return [rng.randrange(1, 100 * n) for _ in range(n)], n
