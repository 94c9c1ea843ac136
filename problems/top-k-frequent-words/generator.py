"""Inputs for the complexity ladder: n words drawn from n // 2 (about 0.43 n of them
distinct, with many tied counts) and k = n // 10, so the reference's O(n log k)
is O(n log n)."""

import random
import string


def make_input(n: int, rng: random.Random) -> tuple[list[str], int]:
    vocabulary = ["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(max(1, n // 2))]
    words = rng.choices(vocabulary, k=n)
    return words, max(1, min(n // 10, len(set(words))))
