import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for nums, expected in cases:
        actual = solution.missing_number(nums)
        assert actual == expected


def test_examples(solution):
    check(solution, [([2, 0, 3], 1), ([0, 1], 2), ([5, 2, 7, 0, 1, 6, 3], 4)])


def test_single_element(solution):
    check(solution, [([0], 1), ([1], 0)])


def test_missing_zero(solution):
    check(solution, [([1, 2, 3], 0), ([3, 2, 1], 0), ([2, 1], 0)])


def test_missing_largest(solution):
    # Nothing is missing inside the list: the answer is n itself.
    check(solution, [([0, 1, 2, 3], 4), ([3, 1, 2, 0], 4), ([1, 0], 2)])


def test_unsorted(solution):
    check(solution, [([5, 3, 0, 1, 4], 2), ([4, 0, 5, 3, 1, 6], 2), ([6, 5, 4, 3, 2, 1], 0)])


def test_input_unchanged(solution):
    nums = [4, 2, 0, 1]
    assert solution.missing_number(nums) == 3
    assert nums == [4, 2, 0, 1], "the input list was changed"


def test_large_input(solution):
    # 200,000 values, shuffled; the missing one is near the top.
    n = 200_000
    nums = [v for v in range(n + 1) if v != n - 3]
    random.Random(2024).shuffle(nums)
    check(solution, [(nums, n - 3), (sorted(nums), n - 3)])


@given(st.integers(1, 12).flatmap(lambda n: st.tuples(st.permutations(range(n + 1)), st.integers(0, n))))
def test_matches_reference(solution, reference, case):
    order, missing = case
    nums = [v for v in order if v != missing]
    expected = reference.missing_number(nums)
    actual = solution.missing_number(nums)
    assert actual == expected
