from solution import single_number


def test_first_example():
    assert single_number([7, 3, 7]) == 3


def test_second_example():
    assert single_number([5, 8, 6, 8, 6]) == 5


def test_one_element():
    assert single_number([-7]) == -7


def test_pairs_apart():
    assert single_number([5, 3, 9, 3, 5]) == 9
