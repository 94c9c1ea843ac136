import random

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import TreeNode, tree

EXAMPLE = [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, 5, 1]


def test_examples(solution):
    assert solution.paths_with_sum(tree(EXAMPLE), 22) == [[5, 4, 11, 2], [5, 8, 4, 5]]
    assert solution.paths_with_sum(tree(EXAMPLE), 26) == [[5, 8, 13]]
    assert solution.paths_with_sum(tree(EXAMPLE), 18) == [[5, 8, 4, 1]]


def test_empty_tree(solution):
    assert solution.paths_with_sum(None, 0) == []
    assert solution.paths_with_sum(None, 7) == []


def test_single_node(solution):
    assert solution.paths_with_sum(tree([5]), 5) == [[5]]
    assert solution.paths_with_sum(tree([5]), 0) == []
    assert solution.paths_with_sum(tree([0]), 0) == [[0]]
    assert solution.paths_with_sum(tree([-3]), -3) == [[-3]]


def test_negative_values(solution):
    # The running sum goes above k and comes back down: no early stop is safe.
    assert solution.paths_with_sum(tree([2, 5, 1, -4, None, None, 0]), 3) == [[2, 5, -4], [2, 1, 0]]
    assert solution.paths_with_sum(tree([-1, -2, -3]), -3) == [[-1, -2]]
    assert solution.paths_with_sum(tree([10, -20, 5, 8]), -2) == [[10, -20, 8]]


def test_partial_path_sums_to_k(solution):
    # 1 + 2 == 3, but node 2 has a child: that path does not end at a leaf.
    assert solution.paths_with_sum(tree([1, 2, 3, 4]), 3) == []
    assert solution.paths_with_sum(tree([1, None, 2, None, 3]), 3) == []
    assert solution.paths_with_sum(tree([1, None, 2, None, 3]), 6) == [[1, 2, 3]]


def test_several_paths_in_order(solution):
    # Paths 1-2-4 and 1-3-3 sum to 7; 1-2-5 and 1-3-4 sum to 8: left one first.
    root = tree([1, 2, 3, 4, 5, 3, 4])
    assert solution.paths_with_sum(root, 7) == [[1, 2, 4], [1, 3, 3]]
    assert solution.paths_with_sum(root, 8) == [[1, 2, 5], [1, 3, 4]]
    zeros = tree([0] * 7)  # four equal paths
    assert solution.paths_with_sum(zeros, 0) == [[0, 0, 0]] * 4


def test_skewed_tree(solution):
    # 500 nodes of value 1 in a zigzag line: only the whole line is a root-to-leaf path.
    root = node = TreeNode(1)
    for depth in range(1, 500):
        child = TreeNode(1)
        if depth % 2:
            node.left = child
        else:
            node.right = child
        node = child
    assert solution.paths_with_sum(root, 500) == [[1] * 500]
    assert solution.paths_with_sum(root, 499) == []


def test_large_input(solution, reference):
    # A complete tree of 4095 nodes, values -1..1: many of its 2048 paths sum to 0.
    rng = random.Random(7)
    root = tree([rng.randint(-1, 1) for _ in range(4095)])
    for k in (0, 3, -12):
        assert solution.paths_with_sum(root, k) == reference.paths_with_sum(root, k)


# Level order, None for a gap. Sampling None 1 time in 8 keeps trees bushy; small
# values make equal sums common. Shrinks toward None (fewer nodes), then 0.
trees = st.lists(st.sampled_from([None, 0, 1, -1, 2, -2, 3, -3]), max_size=31).map(tree)


def leaf_sums(root):
    """The sum of every root-to-leaf path."""
    sums = []
    stack = [(root, root.val)] if root else []
    while stack:
        node, total = stack.pop()
        if node.left is None and node.right is None:
            sums.append(total)
        stack += [(child, total + child.val) for child in (node.left, node.right) if child]
    return sums


@st.composite
def tree_and_k(draw):
    root = draw(trees)
    # Mostly a k that some path reaches: a random k would mostly give [].
    sums = leaf_sums(root)
    k = draw(st.sampled_from(sums) if sums else st.integers(-6, 6))
    return root, k


@given(tree_and_k())
def test_matches_reference(solution, reference, case):
    root, k = case
    assert solution.paths_with_sum(root, k) == reference.paths_with_sum(root, k)
