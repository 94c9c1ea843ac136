from hypothesis import given
from hypothesis import strategies as st

from judge.testing import expect


def check(solution, reference, nums, target):
    answer = solution.two_sum(nums, target)
    best = reference.two_sum(nums, target)
    if not best:
        assert answer == [], f"no pair sums to {target}, expected []"
        return
    expect(best)  # any valid pair is right; the reference's is shown as an example
    assert isinstance(answer, list) and len(answer) == 2, "expected a list [i, j]"
    i, j = answer
    assert 0 <= i < j < len(nums), f"indices {answer} are out of order or out of range"
    assert nums[i] + nums[j] == target, f"nums[{i}] + nums[{j}] != {target}"


def test_examples(solution, reference):
    for nums, target in [([2, 7, 11, 15], 9), ([3, 2, 4], 6), ([3, 3], 6)]:
        check(solution, reference, nums, target)


def test_no_pair(solution, reference):
    for nums, target in [([1, 2, 3], 100), ([5], 10), ([1, 1, 1], 3)]:
        check(solution, reference, nums, target)


def test_empty_and_single(solution, reference):
    for nums, target in [([], 0), ([4], 8), ([0], 0)]:
        check(solution, reference, nums, target)


def test_duplicates(solution, reference):
    for nums, target in [([1, 5, 5, 1], 10), ([2, 2, 2, 2], 4), ([0, 4, 3, 0], 0)]:
        check(solution, reference, nums, target)


def test_negative_numbers(solution, reference):
    for nums, target in [([-3, 4, 3, 90], 0), ([-1, -2, -3, -4, -5], -8), ([5, -7], -2)]:
        check(solution, reference, nums, target)


def test_large_values(solution, reference):
    big = 10**9  # the largest the problem allows: 2 * big still fits a 32-bit int, as every language's `int` must hold it
    for nums, target in [([big, 1, big], 2 * big), ([-big, big], 0)]:
        check(solution, reference, nums, target)


def test_large_input(solution, reference):
    nums = list(range(1, 100_001))
    check(solution, reference, nums, 199_999)
    check(solution, reference, nums, 3)


@given(st.lists(st.integers(-50, 50), max_size=30), st.integers(-100, 100))
def test_matches_reference(solution, reference, nums, target):
    check(solution, reference, nums, target)
