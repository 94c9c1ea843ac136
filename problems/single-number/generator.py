"""Inputs for the complexity ladder: n // 2 shuffled pairs and the single
value last, so a solution that counts each value meets it only at the end."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    values = rng.sample(range(-(10**9), 10**9), n // 2 + 1)
    single, pairs = values[0], values[1:] * 2
    rng.shuffle(pairs)
    return ([*pairs, single],)
