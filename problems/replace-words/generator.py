"""Inputs for the complexity ladder: n // 20 five-letter roots and a sentence of
about n characters of eight-letter words, all over six letters, so trying every
root on every word costs (n / 9) x (n / 20)."""

import random
import string


def make_input(n: int, rng: random.Random) -> tuple[list[str], str]:
    letters = string.ascii_lowercase[:6]
    roots = ["".join(rng.choices(letters, k=5)) for _ in range(max(1, n // 20))]
    words = ["".join(rng.choices(letters, k=8)) for _ in range(max(1, n // 9))]
    return roots, " ".join(words)
