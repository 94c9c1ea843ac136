from solution import trap


def test_first_example():
    assert trap([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]) == 6


def test_one_deep_basin():
    assert trap([4, 2, 0, 3, 2, 5]) == 9


def test_falling_bars_hold_nothing():
    assert trap([3, 2, 1]) == 0


def test_empty():
    assert trap([]) == 0
