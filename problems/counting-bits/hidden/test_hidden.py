from hypothesis import given
from hypothesis import strategies as st


def popcounts(n):
    return [bin(i).count("1") for i in range(n + 1)]


def check(solution, n):
    actual = solution.count_bits(n)
    assert actual == popcounts(n)


def test_examples(solution):
    for n in (3, 6, 8):
        check(solution, n)


def test_zero(solution):
    check(solution, 0)


def test_one(solution):
    check(solution, 1)


def test_powers_of_two(solution):
    # A power of two has a single 1 bit, one less than the number before it.
    for n in (4, 16, 64, 1024, 1025):
        check(solution, n)


def test_all_ones(solution):
    for n in (3, 7, 31, 255, 4095):
        check(solution, n)


def test_large_input(solution):
    check(solution, 3 * 10**6)


@given(st.integers(0, 40))
def test_matches_reference(solution, reference, n):
    expected = reference.count_bits(n)
    actual = solution.count_bits(n)
    assert actual == expected
