from solution import missing_number


def test_first_example():
    assert missing_number([2, 0, 3]) == 1


def test_last_is_missing():
    assert missing_number([0, 1]) == 2


def test_longer_example():
    assert missing_number([5, 2, 7, 0, 1, 6, 3]) == 4


def test_zero_is_missing():
    assert missing_number([1]) == 0
