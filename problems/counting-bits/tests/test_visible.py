from solution import count_bits


def test_first_example():
    assert count_bits(3) == [0, 1, 1, 2]


def test_second_example():
    assert count_bits(6) == [0, 1, 1, 2, 1, 2, 2]


def test_zero():
    assert count_bits(0) == [0]


def test_up_to_eight():
    assert count_bits(8) == [0, 1, 1, 2, 1, 2, 2, 3, 1]
