from solution import single_number


def test_first_example():
    assert single_number([2, 2, 1]) == 1


def test_second_example():
    assert single_number([4, 1, 2, 1, 2]) == 4


def test_one_element():
    assert single_number([-7]) == -7


def test_pairs_apart():
    assert single_number([5, 3, 9, 3, 5]) == 9
