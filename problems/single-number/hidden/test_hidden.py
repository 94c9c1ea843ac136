import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for nums, expected in cases:
        actual = solution.single_number(nums)
        assert actual == expected


def test_examples(solution):
    check(solution, [([7, 3, 7], 3), ([5, 8, 6, 8, 6], 5), ([-7], -7)])


def test_single_element(solution):
    check(solution, [([1], 1), ([0], 0), ([-1], -1), ([10**18], 10**18)])


def test_single_at_either_end(solution):
    # In sorted order too: the single value is the smallest, then the largest.
    check(solution, [([1, 2, 2, 3, 3], 1), ([1, 1, 2, 2, 3], 3), ([9, 4, 4], 9), ([4, 4, 9], 9)])


def test_zero(solution):
    check(solution, [([0, 5, 5], 0), ([3, 0, 3], 0), ([0, 0, 7], 7)])


def test_negative_numbers(solution):
    check(solution, [([-1, -1, -2], -2), ([-3, 4, 4], -3), ([5, -5, 5], -5), ([-(2**31), 1, 1], -(2**31))])


def test_large_values(solution):
    big = 10**18
    check(solution, [([big, -big, big], -big), ([2**40, 7, 2**40], 7), ([2**32, 2**33, 2**33], 2**32)])


def test_large_input(solution, reference):
    # 199,999 values; the single one is last, after every pair.
    rng = random.Random(2024)
    values = rng.sample(range(-(10**9), 10**9), 100_000)
    pairs = values[1:] * 2
    rng.shuffle(pairs)
    check(solution, [([*pairs, values[0]], values[0])])


@given(st.lists(st.integers(-20, 20), unique=True, min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_matches_reference(solution, reference, values, rng):
    # values[0] once, the others twice, in a shuffled order.
    nums = values + values[1:]
    rng.shuffle(nums)
    expected = reference.single_number(nums)
    actual = solution.single_number(nums)
    assert actual == expected
