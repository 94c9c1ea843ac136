from solution import lowest_common_ancestor

from judge.testing import tree

EXAMPLE = [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]


def test_children_of_the_root():
    assert lowest_common_ancestor(tree(EXAMPLE), 5, 1) == 3


def test_a_node_is_its_own_ancestor():
    assert lowest_common_ancestor(tree(EXAMPLE), 5, 4) == 5


def test_same_subtree():
    assert lowest_common_ancestor(tree(EXAMPLE), 7, 6) == 5


def test_two_nodes():
    assert lowest_common_ancestor(tree([1, 2]), 2, 1) == 1
