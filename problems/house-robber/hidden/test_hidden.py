import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, nums, expected):
    actual = solution.rob(nums)
    assert actual == expected


def test_examples(solution):
    check(solution, [1, 2, 3, 1], 4)
    check(solution, [2, 7, 9, 3, 1], 12)
    check(solution, [2, 1, 1, 2], 4)


def test_empty_street(solution):
    check(solution, [], 0)


def test_one_or_two_houses(solution):
    check(solution, [5], 5)
    check(solution, [0], 0)
    check(solution, [3, 8], 8)
    check(solution, [8, 3], 8)


def test_skip_two_in_a_row(solution):
    # Neither all even nor all odd positions: the best plan switches parity.
    check(solution, [2, 1, 1, 2], 4)
    check(solution, [5, 1, 1, 5, 1, 1, 5], 15)
    check(solution, [1, 3, 1, 1, 3, 1], 6)


def test_biggest_house_is_a_trap(solution):
    # The richest house blocks two neighbours worth more together.
    check(solution, [2, 3, 2], 4)
    check(solution, [4, 5, 4, 1], 8)
    check(solution, [1, 9, 10, 9, 1], 18)


def test_zeros(solution):
    check(solution, [0, 0, 0], 0)
    check(solution, [0, 5, 0, 0, 5], 10)


def test_large_values(solution):
    big = 10**9
    check(solution, [big, big, big], 2 * big)
    check(solution, [big] * 1001, 501 * big)


def test_large_input(solution, reference):
    n = 100_000
    rng = random.Random(37)
    noisy = [rng.randrange(0, 10**9) for _ in range(n)]
    check(solution, [1] * n, n // 2)
    check(solution, [i % 3 for i in range(n)], reference.rob([i % 3 for i in range(n)]))
    check(solution, noisy, reference.rob(noisy))


@given(st.lists(st.integers(0, 10), max_size=12))
def test_matches_reference(solution, reference, nums):
    check(solution, nums, reference.rob(nums))
