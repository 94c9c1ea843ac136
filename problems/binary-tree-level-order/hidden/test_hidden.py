import random

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import TreeNode, tree


def check(solution, cases):
    for root, expected in cases:
        actual = solution.level_order(root)
        assert actual == expected


def test_examples(solution):
    check(solution, [
        (tree([3, 9, 20, None, None, 15, 7]), [[3], [9, 20], [15, 7]]),
        (tree([1, 2, 3, 4, None, None, 5]), [[1], [2, 3], [4, 5]]),
        (tree([1]), [[1]]),
    ])  # fmt: skip


def test_empty_tree(solution):
    check(solution, [(None, [])])


def test_single_node(solution):
    check(solution, [(tree([0]), [[0]]), (tree([-4]), [[-4]])])


def test_gaps_in_levels(solution):
    check(solution, [
        (tree([1, None, 2, None, 3]), [[1], [2], [3]]),
        (tree([1, 2, None, 3, None, 4]), [[1], [2], [3], [4]]),
        (tree([1, 2, 3, None, 4, 5, None, 6, None, None, 7]), [[1], [2, 3], [4, 5], [6, 7]]),
        (tree([1, 2, 3, 4, 5, None, None, 8, 9]), [[1], [2, 3], [4, 5], [8, 9]]),
    ])  # fmt: skip


def test_duplicate_and_negative_values(solution):
    check(solution, [
        (tree([0, 0, 0, 0, None, None, 0]), [[0], [0, 0], [0, 0]]),
        (tree([-1, -2, -3, -4, -5]), [[-1], [-2, -3], [-4, -5]]),
        (tree([2**31 - 1, -(2**31), 7]), [[2**31 - 1], [-(2**31), 7]]),  # the extremes of LeetCode's int val
    ])  # fmt: skip


def path(n, sides):
    """n nodes 0..n-1 in a line, node i+1 the sides[i % len(sides)] child of node i."""
    nodes = [TreeNode(i) for i in range(n)]
    for i, (parent, child) in enumerate(zip(nodes, nodes[1:])):
        setattr(parent, sides[i % len(sides)], child)
    return nodes[0]


def test_deep_skewed_tree(solution):
    # 5,000 levels of one node: too deep for plain recursion.
    expected = [[i] for i in range(5_000)]
    check(solution, [(path(5_000, ["left"]), expected), (path(5_000, ["right", "left"]), expected)])


def test_large_input(solution, reference):
    # 10,000 levels: walking the tree once per level costs 10,000 ** 2 / 2 visits.
    rng = random.Random(4)
    bushy = [TreeNode(rng.randrange(100)) for _ in range(10_000)]
    for i, node in enumerate(bushy[1:], start=1):  # child i of node (i - 1) // 2: complete
        setattr(bushy[(i - 1) // 2], "left" if i % 2 else "right", node)
    check(solution, [
        (path(10_000, ["left", "right", "right"]), [[i] for i in range(10_000)]),
        (bushy[0], reference.level_order(bushy[0])),
    ])  # fmt: skip


# Level order, None for a gap; few values make equal values common.
trees = st.lists(st.sampled_from([None, 0, 1, 2, -1, 5]), max_size=25).map(tree)


@given(trees)
def test_matches_reference(solution, reference, root):
    expected = reference.level_order(root)
    actual = solution.level_order(root)
    assert actual == expected
