"""Inputs for the complexity ladder: n random A's and B's with k = n / 4, so
the best windows are about n / 2 long and growing one from every start costs
about n^2 / 2."""

import random


def make_input(n: int, rng: random.Random) -> tuple[str, int]:
    return "".join(rng.choices("AB", k=n)), n // 4
