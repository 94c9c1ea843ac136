from solution import erase_overlap_intervals


def test_first_example():
    assert erase_overlap_intervals([[1, 2], [2, 3], [3, 4], [1, 3]]) == 1


def test_identical_intervals():
    assert erase_overlap_intervals([[1, 2], [1, 2], [1, 2]]) == 2


def test_touching_intervals_stay():
    assert erase_overlap_intervals([[1, 2], [2, 3]]) == 0
