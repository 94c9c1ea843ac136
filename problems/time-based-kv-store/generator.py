"""Inputs for the complexity ladder: n // 2 values set for one key, then n // 2
gets at random times, so a scan would walk a long history every time."""

import random

Ops = list[tuple[str, list[object]]]


def make_input(n: int, rng: random.Random) -> tuple[list[object], Ops]:
    sets = n // 2
    ops: Ops = [("set", ["key", f"v{t}", 2 * t + 1]) for t in range(sets)]
    ops += [("get", ["key", rng.randrange(2 * sets + 2)]) for _ in range(n - sets)]
    return [], ops
