"""Inputs for the complexity ladder: n // 2 courses and n // 2 pairs forming a
random acyclic graph, so every course is taken and every pair is used."""

import random


def make_input(n: int, rng: random.Random) -> tuple[int, list[list[int]]]:
    courses = max(2, n // 2)
    order = rng.sample(range(courses), courses)  # a hidden valid order
    pairs = []
    for _ in range(n - courses):
        i, j = sorted(rng.sample(range(courses), 2))
        pairs.append([order[j], order[i]])  # the earlier course comes before
    return courses, pairs
