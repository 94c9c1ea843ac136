"""Inputs for the complexity ladder: a star around node 1, listed as
[1, 2], [1, 3], ..., with the extra edge [2, 3] last. Naive union-find
(no union by size, no path compression) hangs each new root under the last
and walks an ever longer chain from node 1: O(n^2)."""

import random


def make_input(n: int, rng: random.Random) -> tuple[list[list[int]]]:
    n = max(3, n)
    return ([[1, k] for k in range(2, n + 1)] + [[2, 3]],)
