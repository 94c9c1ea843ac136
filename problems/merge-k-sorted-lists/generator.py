"""Inputs for the complexity ladder: n nodes in n // 4 sorted lists of 4,
so k grows with n and O(N k) methods are quadratic."""

import random

from judge.testing import ListNode, linked


def make_input(n: int, rng: random.Random) -> tuple[list[ListNode | None]]:
    k = max(1, n // 4)
    return ([linked(sorted(rng.randrange(-(10**9), 10**9) for _ in range(4))) for _ in range(k)],)
