from solution import count_inversions


def test_first_example():
    assert count_inversions([2, 4, 1, 3, 5]) == 3


def test_reversed():
    assert count_inversions([5, 4, 3, 2, 1]) == 10


def test_equal_values_are_not_inversions():
    assert count_inversions([1, 1, 1]) == 0


def test_empty():
    assert count_inversions([]) == 0
