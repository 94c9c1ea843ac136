from solution import coin_change


def test_first_example():
    assert coin_change([1, 2, 5], 11) == 3


def test_impossible():
    assert coin_change([2], 3) == -1


def test_zero_amount():
    assert coin_change([1], 0) == 0


def test_largest_coin_first_is_not_always_best():
    assert coin_change([1, 3, 4], 6) == 2
