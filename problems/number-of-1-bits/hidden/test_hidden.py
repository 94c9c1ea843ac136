from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for n, expected in cases:
        actual = solution.hamming_weight(n)
        assert actual == expected


def test_examples(solution):
    check(solution, [(13, 3), (64, 1), (2**32 - 1, 32)])


def test_zero(solution):
    check(solution, [(0, 0)])


def test_powers_of_two(solution):
    check(solution, [(2**k, 1) for k in range(32)])


def test_top_bit(solution):
    # Bit 31: the sign bit of a 32-bit int, and the one a loop over 31 bits misses.
    check(solution, [(2**31, 1), (2**31 + 1, 2), (2**31 + 2**30, 2), (0xF0000000, 4)])


def test_all_ones(solution):
    check(solution, [(2**32 - 1, 32), (2**31 - 1, 31), (2**16 - 1, 16), (1, 1), (3, 2)])


def test_alternating_bits(solution):
    check(solution, [(0xAAAAAAAA, 16), (0x55555555, 16), (0b101, 2), (0b1010, 2)])


@given(st.integers(0, 2**32 - 1))
def test_matches_reference(solution, reference, n):
    expected = reference.hamming_weight(n)
    actual = solution.hamming_weight(n)
    assert actual == expected
