"""Inputs for the complexity ladder: n shuffled intervals, no two sharing a
point, so nothing merges and a solution that compares each interval with the
groups built so far does n^2 / 2 comparisons."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[list[int]]]:
    intervals = [[3 * i, 3 * i + 1] for i in range(n)]
    rng.shuffle(intervals)
    return (intervals,)
