"""Inputs for the complexity ladder: a random binary tree of n nodes."""

import random

from judge.testing import TreeNode


def make_input(n: int, rng: random.Random) -> tuple[TreeNode | None]:
    nodes = [TreeNode(rng.randrange(10**6)) for _ in range(n)]
    for i, node in enumerate(nodes[1:], start=1):
        parent = nodes[rng.randrange(i)]
        while True:  # hang it under a random earlier node with a free side
            side = "left" if rng.random() < 0.5 else "right"
            if getattr(parent, side) is None:
                setattr(parent, side, node)
                break
            parent = getattr(parent, side)
    return (nodes[0] if nodes else None,)
