"""Inputs for the complexity ladder: n random ten-letter products over three
letters, and a search word of n // 20 letters that keeps matching a few of
them for its first letters: filtering every product per letter costs n x n / 20."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[str], str]:
    products = list({"".join(rng.choices("abc", k=10)) for _ in range(n)})
    search_word = "".join(rng.choices("abc", k=max(1, n // 20)))
    return products, search_word
