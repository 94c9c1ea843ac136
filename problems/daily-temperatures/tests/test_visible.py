from solution import daily_temperatures


def test_first_example():
    assert daily_temperatures([73, 74, 75, 71, 69, 72, 76, 73]) == [1, 1, 4, 2, 1, 1, 0, 0]


def test_rising():
    assert daily_temperatures([30, 40, 50, 60]) == [1, 1, 1, 0]


def test_equal_is_not_warmer():
    assert daily_temperatures([30, 30, 31]) == [2, 1, 0]


def test_empty():
    assert daily_temperatures([]) == []
