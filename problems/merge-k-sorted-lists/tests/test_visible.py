from solution import merge_k_lists

from judge.testing import linked, linked_values


def test_first_example():
    merged = merge_k_lists([linked([1, 4, 5]), linked([1, 3, 4]), linked([2, 6])])
    assert linked_values(merged) == [1, 1, 2, 3, 4, 4, 5, 6]


def test_no_lists():
    assert merge_k_lists([]) is None


def test_only_empty_lists():
    assert merge_k_lists([None, None]) is None


def test_one_empty_one_not():
    assert linked_values(merge_k_lists([None, linked([0])])) == [0]
