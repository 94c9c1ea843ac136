import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, nums, k, expected):
    actual = solution.find_kth_largest(nums, k)
    assert actual == expected


def test_examples(solution):
    check(solution, [3, 2, 1, 5, 6, 4], 2, 5)
    check(solution, [3, 2, 3, 1, 2, 4, 5, 5, 6], 4, 4)
    check(solution, [7], 1, 7)


def test_single_element(solution):
    check(solution, [0], 1, 0)
    check(solution, [-4], 1, -4)


def test_largest_and_smallest(solution):
    check(solution, [4, 1, 3, 2], 1, 4)
    check(solution, [4, 1, 3, 2], 4, 1)
    check(solution, [2, 1], 2, 1)


def test_duplicates_count(solution):
    check(solution, [5, 5, 4], 2, 5)
    check(solution, [1, 1, 1, 1], 3, 1)
    check(solution, [2, 3, 3, 3, 1], 4, 2)


def test_negative_numbers(solution):
    check(solution, [-1, -2, -3], 1, -1)
    check(solution, [-5, 0, 5, -10], 3, -5)


def test_large_values(solution):
    big = 10**18
    check(solution, [big, -big, big - 1], 2, big - 1)
    check(solution, [-big, -big + 1], 2, -big)


def test_large_input(solution, reference):
    n = 100_000
    shuffled = random.Random(43).sample(range(n), n)
    check(solution, shuffled, n // 2, n - n // 2)  # values 0..n-1: the k-th largest is n - k
    check(solution, list(range(n)), 1, n - 1)
    check(solution, list(range(n)), n, 0)
    check(solution, list(range(n, 0, -1)), n // 3, n - n // 3 + 1)
    check(solution, [7] * n, n // 2, 7)


@st.composite
def cases(draw):
    # Up to 10 values in -5..5 (duplicates are common), and any valid k.
    nums = draw(st.lists(st.integers(-5, 5), min_size=1, max_size=10))
    return nums, draw(st.integers(1, len(nums)))


@given(cases())
def test_matches_reference(solution, reference, case):
    nums, k = case
    check(solution, nums, k, reference.find_kth_largest(nums, k))
