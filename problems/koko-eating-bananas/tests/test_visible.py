from solution import min_eating_speed


def test_first_example():
    assert min_eating_speed([3, 6, 7, 11], 8) == 4


def test_one_hour_per_pile():
    assert min_eating_speed([30, 11, 23, 4, 20], 5) == 30


def test_one_spare_hour():
    assert min_eating_speed([30, 11, 23, 4, 20], 6) == 23
