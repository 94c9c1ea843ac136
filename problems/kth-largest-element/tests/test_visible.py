from solution import find_kth_largest


def test_first_example():
    assert find_kth_largest([3, 2, 1, 5, 6, 4], 2) == 5


def test_duplicates_each_count():
    assert find_kth_largest([3, 2, 3, 1, 2, 4, 5, 5, 6], 4) == 4


def test_single_element():
    assert find_kth_largest([7], 1) == 7
