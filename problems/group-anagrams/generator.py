"""Inputs for the complexity ladder: n random strings of 8 letters, almost
all in groups of their own, so comparing each string with every group so
far costs about n^2 / 2."""

import random
import string


def make_input(n: int, rng: random.Random) -> tuple[list[str]]:
    return (["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(n)],)
