from solution import max_profit


def test_first_example():
    assert max_profit([7, 1, 5, 3, 6, 4]) == 5


def test_prices_only_fall():
    assert max_profit([7, 6, 4, 3, 1]) == 0


def test_lowest_price_comes_last():
    assert max_profit([2, 4, 1]) == 2


def test_no_prices():
    assert max_profit([]) == 0
