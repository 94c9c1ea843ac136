from solution import merge_intervals


def test_first_example():
    assert merge_intervals([[1, 3], [2, 6], [8, 10], [15, 18]]) == [[1, 6], [8, 10], [15, 18]]


def test_touching_intervals_merge():
    assert merge_intervals([[1, 4], [4, 5]]) == [[1, 5]]


def test_one_interval_holds_the_others():
    assert merge_intervals([[4, 7], [1, 10], [2, 3]]) == [[1, 10]]


def test_empty():
    assert merge_intervals([]) == []
