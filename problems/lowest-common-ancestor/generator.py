"""Inputs for the complexity ladder: a path of n nodes down the left side whose
last node has p and q as its two children, so every solution must walk the
whole tree, and one that searches the subtrees again at each level walks it n times."""

import random

from judge.testing import TreeNode


def make_input(n: int, rng: random.Random) -> tuple[TreeNode, int, int]:
    n = max(n, 3)
    values = rng.sample(range(-(10**9), 10**9), n)
    root = TreeNode(values[0])
    node = root
    for value in values[1 : n - 2]:
        node.left = TreeNode(value)
        node = node.left
    p, q = values[n - 2], values[n - 1]
    node.left, node.right = TreeNode(p), TreeNode(q)
    return root, p, q
