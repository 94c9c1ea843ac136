"""Inputs for the complexity ladder: n operations on a cache of n/4 entries,
half puts and half gets over 2n/4 keys, so hits, misses, updates and
evictions all happen, and the cache stays full (the worst case for a
solution that scans its entries)."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], list[tuple[str, list[int]]]]:
    capacity = max(1, n // 4)
    keys = 2 * capacity
    ops: list[tuple[str, list[int]]] = [("put", [k, k]) for k in range(capacity)]
    while len(ops) < n:
        key = rng.randrange(keys)
        ops.append(("put", [key, rng.randrange(10**9)]) if rng.random() < 0.5 else ("get", [key]))
    return [capacity], ops
