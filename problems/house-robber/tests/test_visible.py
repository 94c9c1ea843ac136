from solution import rob


def test_first_example():
    assert rob([1, 2, 3, 1]) == 4


def test_second_example():
    assert rob([2, 7, 9, 3, 1]) == 12


def test_skip_two_houses():
    assert rob([2, 1, 1, 2]) == 4


def test_empty_street():
    assert rob([]) == 0
