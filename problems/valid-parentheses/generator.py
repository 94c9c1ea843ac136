"""Inputs for the complexity ladder: n brackets nested as deep as they go
(n / 2 opening, then the n / 2 closers in reverse), a valid string, so every
solution reads it all, and one that cuts out an adjacent pair and starts over
finds each pair only in the middle."""

import random

OPEN, CLOSE = "([{", ")]}"


def make_input(n: int, rng: random.Random) -> tuple[str]:
    kinds = [rng.randrange(3) for _ in range(n // 2)]
    return ("".join(OPEN[k] for k in kinds) + "".join(CLOSE[k] for k in reversed(kinds)),)
