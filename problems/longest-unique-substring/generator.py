"""Inputs for the complexity ladder: n distinct characters in random order
(the worst case for solutions that restart at every position: the whole text
is one unique run, so each restart walks to the end, n^2 / 2 steps)."""

import random


def make_input(n: int, rng: random.Random) -> tuple[str]:
    # Code points from U+10000 on: distinct, and none of them a surrogate.
    text = [chr(0x10000 + i) for i in range(n)]
    rng.shuffle(text)
    return ("".join(text),)
