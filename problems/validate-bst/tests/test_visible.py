from solution import is_valid_bst

from judge.testing import tree


def test_small_valid_tree():
    assert is_valid_bst(tree([2, 1, 3])) is True


def test_right_child_too_small():
    assert is_valid_bst(tree([5, 1, 4, None, None, 3, 6])) is False


def test_grandchild_breaks_the_root_rule():
    assert is_valid_bst(tree([5, 4, 6, None, None, 3, 7])) is False


def test_equal_values_are_not_allowed():
    assert is_valid_bst(tree([2, 2])) is False


def test_empty_tree():
    assert is_valid_bst(None) is True
