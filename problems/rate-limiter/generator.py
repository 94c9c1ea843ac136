"""Inputs for the complexity ladder: one client, one request per time unit, a
limit of n // 2 in a window of n: half the calls are allowed and stay in the
window, so recounting the history is as dear as it gets."""

import random

Ops = list[tuple[str, list[object]]]


def make_input(n: int, rng: random.Random) -> tuple[list[int], Ops]:
    return [max(1, n // 2), n], [("allow", ["client", t]) for t in range(n)]
