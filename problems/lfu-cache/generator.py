"""Inputs for the complexity ladder: a cache of n // 4 keys under n calls, mostly
puts of new keys, so nearly every put must find and evict a victim."""

import random

Ops = list[tuple[str, list[int]]]


def make_input(n: int, rng: random.Random) -> tuple[list[int], Ops]:
    ops: Ops = []
    for i in range(n):
        key = rng.randrange(n)
        ops.append(("get", [key]) if i % 4 == 3 else ("put", [key, i]))
    return [max(1, n // 4)], ops
