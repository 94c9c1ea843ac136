import random

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import TreeNode, tree


def check(solution, cases):
    for root, expected in cases:
        actual = solution.is_valid_bst(root)
        assert actual == expected


def test_examples(solution):
    check(solution, [
        (tree([2, 1, 3]), True),
        (tree([5, 1, 4, None, None, 3, 6]), False),
        (tree([5, 4, 6, None, None, 3, 7]), False),
        (tree([2, 2]), False),
    ])  # fmt: skip


def test_empty_and_single(solution):
    check(solution, [(None, True), (tree([0]), True), (tree([-7]), True)])


def test_equal_values(solution):
    check(solution, [
        (tree([2, None, 2]), False),
        (tree([1, 1]), False),
        (tree([5, 3, 8, None, 5]), False),  # 5 again, deep in the left subtree
        (tree([5, 3, 8, None, None, 5]), False),  # and in the right one
        (tree([3, 1, 5, 0, 2, 4, 6]), True),
    ])  # fmt: skip


def test_violation_below_an_ancestor(solution):
    # Each node is right about its own children; a deeper value breaks an ancestor's rule.
    check(solution, [
        (tree([10, 5, 15, None, None, 6, 20]), False),
        (tree([8, 3, None, 1, 9]), False),
        (tree([20, 10, 30, 5, 15, 25, 35, None, None, 12, 21]), False),
        (tree([20, 10, 30, 5, 15, 25, 35, None, None, 12, 17]), True),
    ])  # fmt: skip


def test_one_child_chains(solution):
    check(solution, [
        (tree([1, None, 2, None, 3]), True),
        (tree([3, 2, None, 1]), True),
        (tree([1, None, 3, 2]), True),
        (tree([3, 1, None, None, 4]), False),
        (tree([1, None, 2, None, 1]), False),
    ])  # fmt: skip


def test_large_values(solution):
    # The 32-bit limits themselves: a solution that takes them for "no bound
    # yet" and compares strictly rejects a node that holds one.
    low, high = -(2**31), 2**31 - 1
    check(solution, [
        (tree([0, low, high]), True),
        (tree([low, None, high]), True),
        (tree([high]), True),
        (tree([low]), True),
        (tree([high - 1, None, high]), True),
        (tree([high, None, high]), False),
        (tree([low, low]), False),
    ])  # fmt: skip


def chain(values, side):
    root = None
    for value in reversed(values):
        root = TreeNode(value, root, None) if side == "left" else TreeNode(value, None, root)
    return root


def test_deep_skewed_tree(solution):
    # 5,000 nodes in a line: too deep for plain recursion.
    check(solution, [
        (chain(list(range(5_000, 0, -1)), "left"), True),
        (chain(list(range(5_000)), "right"), True),
        (chain(list(range(5_000)) + [2_500], "right"), False),
    ])  # fmt: skip


def balanced(values):
    """A height-balanced search tree of sorted values, built without recursion."""
    if not values:
        return None
    root = TreeNode(None)
    stack = [(root, 0, len(values))]
    while stack:
        node, lo, hi = stack.pop()
        mid = (lo + hi) // 2
        node.val = values[mid]
        if lo < mid:
            node.left = TreeNode(None)
            stack.append((node.left, lo, mid))
        if mid + 1 < hi:
            node.right = TreeNode(None)
            stack.append((node.right, mid + 1, hi))
    return root


def test_large_input(solution):
    # A valid 10,000-node path: re-scanning each subtree costs 10,000 ** 2 / 2 visits.
    values = sorted(random.Random(8).sample(range(10**9), 10_000))
    check(solution, [
        (chain(values, "right"), True),
        (balanced(values), True),
        (balanced(values[:5_000] + [values[5_000]] + values[5_000:]), False),
    ])  # fmt: skip


@st.composite
def search_trees(draw):
    """A search tree built by insertion (equal values go right, so duplicates
    make it invalid), then perhaps one value replaced: valid and invalid trees
    in about equal numbers, every mistake only a value away."""
    values = draw(st.lists(st.integers(0, 9), max_size=10))
    nodes = []
    root = None
    for value in values:
        node = TreeNode(value)
        nodes.append(node)
        if root is None:
            root = node
            continue
        parent = root
        while True:
            side = "left" if value < parent.val else "right"
            if getattr(parent, side) is None:
                setattr(parent, side, node)
                break
            parent = getattr(parent, side)
    if nodes and draw(st.booleans()):
        nodes[draw(st.integers(0, len(nodes) - 1))].val = draw(st.integers(0, 9))
    return root


@given(search_trees())
def test_matches_reference(solution, reference, root):
    expected = reference.is_valid_bst(root)
    actual = solution.is_valid_bst(root)
    assert actual == expected
