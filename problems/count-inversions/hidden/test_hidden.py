import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for nums, expected in cases:
        actual = solution.count_inversions(nums)
        assert actual == expected


def test_examples(solution):
    check(solution, [([2, 4, 1, 3, 5], 3), ([5, 4, 3, 2, 1], 10), ([1, 1, 1], 0), ([3, 1, 2], 2)])


def test_empty_input(solution):
    check(solution, [([], 0)])


def test_single_element(solution):
    check(solution, [([7], 0), ([-3], 0), ([0], 0)])


def test_sorted_and_reversed(solution):
    check(solution, [
        (list(range(10)), 0),
        (list(range(10, 0, -1)), 45),
        ([2, 1], 1),
        ([1, 2], 0),
    ])  # fmt: skip


def test_duplicates(solution):
    check(solution, [
        ([2, 2, 2, 2], 0),
        ([3, 1, 3, 1], 3),
        ([1, 1, 0, 0], 4),
        ([5, 5, 4, 5], 2),
    ])  # fmt: skip


def test_negative_numbers(solution):
    check(solution, [([-1, -2, -3], 3), ([0, -5, 5, -10], 4), ([-7, 7], 0)])


def test_large_values(solution):
    big = 10**18
    check(solution, [([big, -big, big - 1], 2), ([-big, big], 0), ([big, big, -big, -big], 4)])


def test_large_input(solution, reference):
    n = 100_000
    alternating = [i % 2 for i in range(n)]  # 0, 1, 0, 1, ...: each 1 before each later 0
    shuffled = random.Random(3).sample(range(n), n)
    expected_shuffled = reference.count_inversions(shuffled)
    check(solution, [
        (list(range(n, 0, -1)), n * (n - 1) // 2),
        (alternating, (n // 2) * (n // 2 - 1) // 2),
        (shuffled, expected_shuffled),
    ])  # fmt: skip


@given(st.lists(st.integers(-10, 10), max_size=30))
def test_matches_reference(solution, reference, nums):
    expected = reference.count_inversions(nums)
    actual = solution.count_inversions(nums)
    assert actual == expected
