"""Inputs for the complexity ladder: n words drawn from n // 2 (about 0.43 n of them
distinct, with many tied counts) and k = 10, so the reference's O(n log k) is O(n)
and sorting every distinct word, O(n log n), is a log factor more."""

import random
import string

K = 10  # a fixed k: the heap of k costs O(log k) per word, a constant, as the statement's aim intends


def make_input(n: int, rng: random.Random) -> tuple[list[str], int]:
    vocabulary = ["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(max(1, n // 2))]
    words = rng.choices(vocabulary, k=n)
    return words, min(K, len(set(words)))
