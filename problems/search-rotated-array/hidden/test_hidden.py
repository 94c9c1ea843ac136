from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for nums, target, expected in cases:
        actual = solution.search_rotated(nums, target)
        assert actual == expected


def every_target(nums):
    """Each value at its index, and values just outside and between them."""
    cases = [(nums, value, i) for i, value in enumerate(nums)]
    present = set(nums)
    for value in nums:
        for near in (value - 1, value + 1):
            if near not in present:
                cases.append((nums, near, -1))
    return cases


def test_examples(solution):
    check(solution, [([4, 5, 6, 7, 0, 1, 2], 0, 4), ([4, 5, 6, 7, 0, 1, 2], 3, -1), ([1], 0, -1), ([3, 1], 1, 1)])


def test_not_found(solution):
    check(solution, [([4, 5, 6, 7, 0, 1, 2], 8, -1), ([4, 5, 6, 7, 0, 1, 2], -1, -1), ([5, 1, 3], 4, -1), ([2, 4, 6], 5, -1)])


def test_empty_and_single(solution):
    check(solution, [([], 5, -1), ([1], 1, 0), ([1], 2, -1), ([-7], -7, 0)])


def test_two_elements(solution):
    check(solution, every_target([1, 3]) + every_target([3, 1]))


def test_not_rotated(solution):
    check(solution, every_target([1, 2, 3, 4, 5, 6, 7, 8]) + every_target([10, 20, 30]))


def test_every_rotation(solution):
    base = [2, 4, 6, 8, 10, 12, 14]
    cases = []
    for k in range(len(base)):
        cases += every_target(base[k:] + base[:k])
    check(solution, cases)


def test_negative_and_large_values(solution):
    big = 10**9
    check(solution, every_target([0, big, -big, -5]) + every_target([-3, -2, -1, -10, -9]))


def test_large_input(solution):
    n = 100_000
    pivot = 61_803
    nums = list(range(pivot, n)) + list(range(pivot))  # 0..n-1, rotated left by pivot
    cases = [(nums, 0, n - pivot), (nums, n - 1, n - 1 - pivot), (nums, pivot, 0), (nums, pivot - 1, n - 1), (nums, n, -1), (nums, -1, -1)]
    check(solution, cases)


@st.composite
def rotated_and_target(draw):
    values = sorted(draw(st.sets(st.integers(-10, 10), max_size=10)))
    k = draw(st.integers(0, max(0, len(values) - 1)))
    nums = values[k:] + values[:k]
    # Half the time a value that is there: a random integer is mostly absent.
    present = bool(nums) and draw(st.booleans())
    target = draw(st.sampled_from(nums) if present else st.integers(-11, 11))
    return nums, target


@given(rotated_and_target())
def test_matches_reference(solution, reference, case):
    nums, target = case
    expected = reference.search_rotated(nums, target)
    actual = solution.search_rotated(nums, target)
    assert actual == expected
