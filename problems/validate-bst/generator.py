"""Inputs for the complexity ladder: a valid search tree shaped like a path
(each node the right child of the one before), so every solution must look at
every node, and one that re-scans each subtree for its extremes is quadratic."""

import random

from judge.testing import TreeNode


def make_input(n: int, rng: random.Random) -> tuple[TreeNode | None]:
    values = sorted(rng.sample(range(-(10**12), 10**12), n), reverse=True)
    root = None
    for value in values:  # built bottom-up: the largest value ends deepest
        root = TreeNode(value, None, root)
    return (root,)
