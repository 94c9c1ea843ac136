"""Inputs for the complexity ladder: n words of 1 to 10 letters, sorted under
a shuffled alphabet, so the total length grows like n."""

import random
import string


def make_input(n: int, rng: random.Random) -> tuple[list[str]]:
    alphabet = list(string.ascii_lowercase)
    rng.shuffle(alphabet)
    rank = {c: i for i, c in enumerate(alphabet)}
    words = ["".join(rng.choices(alphabet, k=rng.randint(1, 10))) for _ in range(n)]
    words.sort(key=lambda word: [rank[c] for c in word])
    return (words,)
