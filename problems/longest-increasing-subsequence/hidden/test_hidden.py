import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, nums, expected):
    actual = solution.length_of_lis(nums)
    assert actual == expected


def test_examples(solution):
    check(solution, [10, 9, 2, 5, 3, 7, 101, 18], 4)
    check(solution, [0, 1, 0, 3, 2, 3], 4)
    check(solution, [7, 7, 7, 7], 1)


def test_empty_input(solution):
    check(solution, [], 0)


def test_single_element(solution):
    check(solution, [5], 1)
    check(solution, [-(10**18)], 1)


def test_equal_values(solution):
    check(solution, [2, 2], 1)
    check(solution, [1, 2, 2, 3], 3)
    check(solution, [3, 1, 1, 2, 2, 2], 2)


def test_sorted_and_reversed(solution):
    check(solution, list(range(10)), 10)
    check(solution, list(range(10, 0, -1)), 1)


def test_not_contiguous(solution):
    # The longest run of neighbours is 2 long; the subsequence 1, 2, 3, 4 skips over elements.
    check(solution, [1, 9, 2, 8, 3, 7, 4], 4)
    check(solution, [4, 10, 4, 3, 8, 9], 3)


def test_bad_start(solution):
    # Starting from the first element, or from the first drop, misses the answer.
    check(solution, [100, 1, 2, 3], 3)
    check(solution, [1, 5, 2, 3, 4], 4)
    check(solution, [3, 4, 1, 2, 3], 3)


def test_negative_and_large_values(solution):
    big = 10**18
    check(solution, [-3, -2, -1, -5], 3)
    check(solution, [big, -big, 0, big - 1, big], 4)


def test_large_input(solution, reference):
    n = 100_000
    shuffled = random.Random(31).sample(range(n), n)
    check(solution, list(range(n)), n)
    check(solution, list(range(n, 0, -1)), 1)
    check(solution, [i % 1000 for i in range(n)], 1000)  # 100 saw teeth of 0..999
    check(solution, shuffled, reference.length_of_lis(shuffled))


@given(st.lists(st.integers(-5, 5), max_size=12))
def test_matches_reference(solution, reference, nums):
    check(solution, nums, reference.length_of_lis(nums))
