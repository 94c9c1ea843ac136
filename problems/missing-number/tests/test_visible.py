from solution import missing_number


def test_first_example():
    assert missing_number([3, 0, 1]) == 2


def test_last_is_missing():
    assert missing_number([0, 1]) == 2


def test_longer_example():
    assert missing_number([9, 6, 4, 2, 3, 5, 7, 0, 1]) == 8


def test_zero_is_missing():
    assert missing_number([1]) == 0
