from solution import hamming_weight


def test_thirteen():
    assert hamming_weight(13) == 3


def test_power_of_two():
    assert hamming_weight(64) == 1


def test_all_ones():
    assert hamming_weight(2**32 - 1) == 32


def test_small_numbers():
    assert [hamming_weight(n) for n in range(8)] == [0, 1, 1, 2, 1, 2, 2, 3]
