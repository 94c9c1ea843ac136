"""Inputs for the complexity ladder: n calls alternating add_num and find_median,
with random numbers so every add lands somewhere in the middle of what is kept."""

import random

Ops = list[tuple[str, list[int]]]


def make_input(n: int, rng: random.Random) -> tuple[list[int], Ops]:
    ops: Ops = []
    for i in range(n):
        ops.append(("add_num", [rng.randrange(-(10**9), 10**9)]) if i % 2 == 0 else ("find_median", []))
    return [], ops
