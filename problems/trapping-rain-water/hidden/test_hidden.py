import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for height, expected in cases:
        actual = solution.trap(height)
        assert actual == expected


def test_examples(solution):
    check(solution, [([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1], 6), ([4, 2, 0, 3, 2, 5], 9), ([3, 2, 1], 0)])


def test_too_few_bars(solution):
    check(solution, [([], 0), ([5], 0), ([5, 0], 0), ([0, 5], 0)])


def test_no_basin(solution):
    check(solution, [([3, 3, 3, 3], 0), ([1, 2, 3, 4], 0), ([4, 3, 2, 1], 0), ([1, 3, 5, 3, 1], 0), ([0, 0, 0], 0)])


def test_wide_basin(solution):
    # A bar's water depends on walls further away than its neighbours.
    check(solution, [([3, 0, 0, 0, 3], 9), ([5, 1, 2, 1, 5], 11), ([2, 0, 1, 0, 3], 5), ([3, 1, 2, 1, 2, 1, 3], 8)])


def test_equal_walls(solution):
    check(solution, [([2, 0, 2], 2), ([2, 2, 0, 0, 2, 2], 4), ([1, 0, 1, 0, 1], 2), ([3, 0, 3, 0, 3], 6)])


def test_nested_basins(solution):
    check(solution, [([5, 2, 3, 0, 3, 2, 5], 15), ([6, 0, 4, 0, 6], 14), ([4, 0, 2, 0, 1, 0, 3], 12)])


def test_large_values(solution):
    big = 10**9
    check(solution, [([big, 0, big], big), ([big, 0, 0, big - 1], 2 * (big - 1)), ([0, big, 0], 0)])


def test_large_input(solution, reference):
    n = 100_000
    m = n // 2
    valley = [*range(m, 0, -1), 0, *range(1, m + 1)]  # holds m - h over each bar
    mountain = [*range(m), *range(m, -1, -1)]
    rng = random.Random(23)
    noisy = [rng.randrange(0, 10**6) for _ in range(n)]
    check(solution, [(valley, m * m), (mountain, 0), (noisy, reference.trap(noisy))])


@given(st.lists(st.integers(0, 6), max_size=14))
def test_matches_reference(solution, reference, height):
    expected = reference.trap(height)
    actual = solution.trap(height)
    assert actual == expected
