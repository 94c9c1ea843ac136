"""Inputs for the complexity ladder: a path of n nodes, zigzagging left and
right, so there are n levels: a solution that walks the whole tree once per
level is quadratic."""

import random

from judge.testing import TreeNode


def make_input(n: int, rng: random.Random) -> tuple[TreeNode | None]:
    nodes = [TreeNode(rng.randrange(-(10**9), 10**9)) for _ in range(n)]
    for parent, child in zip(nodes, nodes[1:]):
        setattr(parent, rng.choice(("left", "right")), child)
    return (nodes[0] if nodes else None,)
