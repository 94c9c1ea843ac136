"""Inputs for the complexity ladder: "aaa...ab" with the words "a" and "aa".
The a's can be cut in Fibonacci-many ways, but the final "b" fits no word:
the answer is False, found only after ruling out every cut."""

import random


def make_input(n: int, rng: random.Random) -> tuple[str, list[str]]:
    return "a" * (n - 1) + "b", ["a", "aa"]
