from solution import search_rotated


def test_first_example():
    assert search_rotated([4, 5, 6, 7, 0, 1, 2], 0) == 4


def test_absent():
    assert search_rotated([4, 5, 6, 7, 0, 1, 2], 3) == -1


def test_single_element():
    assert search_rotated([1], 0) == -1


def test_two_elements():
    assert search_rotated([3, 1], 1) == 1
