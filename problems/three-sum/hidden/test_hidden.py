import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for nums, expected in cases:
        actual = solution.three_sum(nums)
        assert actual == expected


def test_examples(solution):
    check(solution, [
        ([-1, 0, 1, 2, -1, -4], [[-1, -1, 2], [-1, 0, 1]]),
        ([0, 1, 1], []),
        ([0, 0, 0, 0], [[0, 0, 0]]),
    ])  # fmt: skip


def test_fewer_than_three(solution):
    check(solution, [([], []), ([0], []), ([0, 0], []), ([-1, 1], [])])


def test_no_triplet(solution):
    check(solution, [([1, 2, 3, 4], []), ([-1, -2, -3], []), ([-2, 0, 1, 3], []), ([5, -5, 1], [])])


def test_all_zeros(solution):
    check(solution, [([0, 0, 0], [[0, 0, 0]]), ([0] * 10, [[0, 0, 0]]), ([0, 0, 1, 0], [[0, 0, 0]])])


def test_duplicates(solution):
    # Many ways to pick the same values: each triplet once.  A value may be
    # used twice only when it appears twice.
    check(solution, [
        ([-1, -1, -1, 2, 2, 2], [[-1, -1, 2]]),
        ([-2, 0, 0, 2, 2], [[-2, 0, 2]]),
        ([1, -2, 1, -2, 4], [[-2, -2, 4], [-2, 1, 1]]),
        ([2, -4, 2, 2], [[-4, 2, 2]]),
        ([-1, 2], []),
        ([3, -6], []),  # 3 + 3 - 6, but there is only one 3
    ])  # fmt: skip


def test_answer_order(solution):
    # Found in another order by a hash-based search: the answer is still sorted.
    check(solution, [
        ([3, 0, -2, -1, 1, 2], [[-2, -1, 3], [-2, 0, 2], [-1, 0, 1]]),
        ([4, -4, 0, 2, -2, 1, -1, 3, -3], [
            [-4, 0, 4], [-4, 1, 3], [-3, -1, 4], [-3, 0, 3], [-3, 1, 2],
            [-2, -1, 3], [-2, 0, 2], [-1, 0, 1],
        ]),
    ])  # fmt: skip


def test_large_values(solution):
    big = 10**9
    half = big // 2
    check(solution, [([big, -big, 0], [[-big, 0, big]]), ([big, big, -big], []), ([-big, half, half], [[-big, half, half]])])


def test_large_input(solution, reference):
    n = 3000
    rng = random.Random(13)
    odd = rng.sample(range(-(10**6) + 1, 10**6, 2), n)  # three odd numbers never sum to 0
    mixed = rng.sample(range(-(10**6), 10**6), n)
    check(solution, [(odd, []), (mixed, reference.three_sum(mixed))])


@given(st.lists(st.integers(-6, 6), max_size=14))
def test_matches_reference(solution, reference, nums):
    expected = reference.three_sum(nums)
    actual = solution.three_sum(nums)
    assert actual == expected
