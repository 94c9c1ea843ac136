import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for nums, k, expected in cases:
        actual = solution.has_subset_sum(nums, k)
        assert actual == expected


def test_examples(solution):
    check(solution, [
        ([3, 34, 4, 12, 5, 2], 9, True),
        ([3, 34, 4, 12, 5, 2], 30, False),
        ([-7, 3, 2], -2, True),
        ([1, 2], 0, False),
    ])  # fmt: skip


def test_empty_input(solution):
    check(solution, [([], 0, False), ([], 5, False), ([], -5, False)])


def test_single_element(solution):
    check(solution, [([5], 5, True), ([5], 0, False), ([5], 10, False), ([-3], -3, True), ([0], 0, True)])


def test_zero_target(solution):
    # Only a non-empty subset counts, so 0 needs zeros or cancelling values.
    check(solution, [
        ([1], 0, False),
        ([3, 5, 8], 0, False),
        ([4, 0, 9], 0, True),
        ([2, -1, -1], 0, True),
        ([5, -3, 7, -2], 0, True),
    ])  # fmt: skip


def test_negative_numbers(solution):
    check(solution, [
        ([-5, -3], -8, True),
        ([-5, -3], -1, False),
        ([4, -6, 9], 7, True),
        ([3, -1, -1], 1, True),
        ([-2, -4, -6], 3, False),
    ])  # fmt: skip


def test_duplicates(solution):
    check(solution, [
        ([3, 3, 3], 9, True),
        ([3, 3, 3], 12, False),  # each element at most once
        ([2, 2, 2, 2], 6, True),
        ([7, 7], 7, True),
    ])  # fmt: skip


def test_not_greedy(solution):
    # Taking the largest value that still fits misses these.
    check(solution, [([6, 5, 4], 9, True), ([5, 3, 3], 6, True), ([8, 6, 5, 4], 15, True)])


def test_large_values(solution):
    big = 10**18
    check(solution, [
        ([big, big], 2 * big, True),
        ([big], big - 1, False),
        ([big, -big + 1, 5], 6, True),
        ([-big, -big], -2 * big, True),
        ([big, 1], 2, False),
    ])  # fmt: skip


def test_large_input(solution):
    # n = 40, but few distinct sums: 2^40 subsets are far too many to try.
    check(solution, [
        ([2] * 40, 1, False),  # odd: unreachable
        ([2] * 40, 80, True),  # all of them
        ([1] * 20 + [-1] * 20, 21, False),
        ([1] * 20 + [-1] * 20, -20, True),
    ])  # fmt: skip
    nums = random.Random(7).choices(range(-100, 101), k=40)
    check(solution, [(nums, 10**6, False), (nums, nums[0] + nums[-1], True)])


@given(st.lists(st.integers(-20, 20), max_size=12), st.integers(-60, 60))
def test_matches_reference(solution, reference, nums, k):
    expected = reference.has_subset_sum(nums, k)
    actual = solution.has_subset_sum(nums, k)
    assert actual == expected
