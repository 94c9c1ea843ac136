"""Inputs for the complexity ladder: n shuffled meetings each lasting n / 2,
so about n / 2 rooms are in use at once and a linear search over the rooms
costs about n^2 / 4."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[list[int]]]:
    meetings = [[i, i + n // 2] for i in range(n)]
    rng.shuffle(meetings)
    return (meetings,)
