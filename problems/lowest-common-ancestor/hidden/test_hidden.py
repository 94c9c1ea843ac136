import random

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import TreeNode, tree


def check(solution, reference, root, pairs):
    for p, q in pairs:
        actual = solution.lowest_common_ancestor(root, p, q)
        assert actual == reference.lowest_common_ancestor(root, p, q)


EXAMPLE = [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]


def test_examples(solution, reference):
    check(solution, reference, tree(EXAMPLE), [(5, 1), (5, 4), (7, 6), (6, 4), (0, 8), (7, 8)])


def test_one_is_ancestor_of_the_other(solution, reference):
    check(solution, reference, tree(EXAMPLE), [(2, 7), (4, 2), (1, 8), (5, 7), (6, 5)])
    check(solution, reference, tree([1, 2, None, 3, None, 4]), [(2, 4), (4, 3), (3, 2)])


def test_root_is_the_answer(solution, reference):
    check(solution, reference, tree(EXAMPLE), [(3, 4), (8, 3), (6, 8), (7, 0)])


def test_two_nodes(solution, reference):
    check(solution, reference, tree([1, 2]), [(1, 2), (2, 1)])
    check(solution, reference, tree([1, None, 2]), [(2, 1)])
    check(solution, reference, tree([2, 1, 3]), [(1, 3), (3, 2)])


def test_not_a_search_tree(solution, reference):
    # Values decrease to the right and jump about: ordering tells nothing.
    check(solution, reference, tree([10, 20, 5, 30, 1, 2, 0]), [(30, 1), (20, 0), (2, 0), (1, 2), (5, 0)])


def test_negative_and_large_values(solution, reference):
    big = 10**9
    check(solution, reference, tree([0, -big, big, -1, 1, None, -2]), [(-1, 1), (1, -2), (-big, -1), (big, -2)])


def chain(n):
    """n nodes down the left side, values 0..n-1."""
    root = None
    for value in reversed(range(n)):
        root = TreeNode(value, root)
    return root


def test_deep_skewed_tree(solution, reference):
    # 5,000 nodes in a line: too deep for plain recursion.
    root = chain(5_000)
    check(solution, reference, root, [(4_999, 4_998), (0, 4_999), (2_500, 3_000)])


def test_large_input(solution, reference):
    # A path of 10,000 nodes whose last node has two children: searching the
    # subtrees again at every level costs 10,000 ** 2 / 2 node visits.
    root = chain(10_000)
    node = root
    while node.left is not None:
        node = node.left
    node.left, node.right = TreeNode(-1), TreeNode(-2)
    check(solution, reference, root, [(-1, -2)])


# Level order with distinct values 0..k-1, in shuffled order; a gap now and then.
# p and q are two different values of the tree.
@st.composite
def trees_and_pairs(draw):
    size = draw(st.integers(2, 15))
    values = draw(st.permutations(range(size)))
    layout = []
    gaps = draw(st.lists(st.booleans(), min_size=size, max_size=size))
    for value, gap in zip(values, gaps):
        layout += [None, value] if gap and layout else [value]
    root = tree(layout)
    present = sorted(collect(root))
    p = draw(st.sampled_from(present))
    q = draw(st.sampled_from([v for v in present if v != p]))
    return root, p, q


def collect(root):
    stack, found = [root], []
    while stack:
        node = stack.pop()
        if node is not None:
            found.append(node.val)
            stack += [node.left, node.right]
    return found


@given(trees_and_pairs())
def test_matches_reference(solution, reference, case):
    root, p, q = case
    check(solution, reference, root, [(p, q)])
