from solution import level_order

from judge.testing import tree


def test_first_example():
    assert level_order(tree([3, 9, 20, None, None, 15, 7])) == [[3], [9, 20], [15, 7]]


def test_gap_in_a_level():
    assert level_order(tree([1, 2, 3, 4, None, None, 5])) == [[1], [2, 3], [4, 5]]


def test_single_node():
    assert level_order(tree([1])) == [[1]]


def test_empty_tree():
    assert level_order(None) == []
