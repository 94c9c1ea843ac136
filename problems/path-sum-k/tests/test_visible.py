from solution import paths_with_sum

from judge.testing import tree


def test_example():
    root = tree([5, 4, 8, 11, None, 13, 4, 7, 2, None, None, 5, 1])
    assert paths_with_sum(root, 22) == [[5, 4, 11, 2], [5, 8, 4, 5]]


def test_single_path():
    root = tree([5, 4, 8, 11, None, 13, 4, 7, 2, None, None, 5, 1])
    assert paths_with_sum(root, 26) == [[5, 8, 13]]


def test_no_path():
    assert paths_with_sum(tree([1, 2, 3]), 5) == []


def test_empty_tree():
    assert paths_with_sum(None, 0) == []


def test_negative_values():
    assert paths_with_sum(tree([-2, None, -3]), -5) == [[-2, -3]]
