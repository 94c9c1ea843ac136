"""Inputs for the complexity ladder: two random words of n letters from
different halves of the alphabet, so no letters ever match and every cell of
the table (every branch of a search) is needed."""

import random


def make_input(n: int, rng: random.Random) -> tuple[str, str]:
    first = "".join(rng.choice("abcdefghijklm") for _ in range(n))
    second = "".join(rng.choice("nopqrstuvwxyz") for _ in range(n))
    return first, second
