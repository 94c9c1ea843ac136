import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for heights, expected in cases:
        actual = solution.largest_rectangle_area(heights)
        assert actual == expected


def test_examples(solution):
    check(solution, [([2, 1, 5, 6, 2, 3], 10), ([2, 4], 4), ([2, 1, 2], 3), ([], 0)])


def test_empty_and_single(solution):
    check(solution, [([], 0), ([7], 7), ([0], 0)])


def test_equal_heights(solution):
    check(solution, [([3, 3, 3, 3], 12), ([1] * 10, 10), ([5, 5, 1, 5, 5], 10), ([2, 2, 3, 3, 2, 2], 12)])


def test_rising_and_falling(solution):
    check(solution, [
        ([1, 2, 3, 4, 5], 9),
        ([5, 4, 3, 2, 1], 9),
        ([1, 3, 5, 3, 1], 9),
        ([6, 2, 5, 4, 5, 1, 6], 12),
        ([4, 2, 0, 3, 2, 5], 6),
    ])  # fmt: skip


def test_zero_heights(solution):
    check(solution, [([0, 0, 0], 0), ([0, 4, 0, 4, 0], 4), ([3, 3, 0, 2, 2, 2], 6), ([0, 1], 1)])


def test_large_values(solution):
    big = 10**9
    check(solution, [
        ([big] * 1000, big * 1000),
        ([big, big - 1, big], 3 * (big - 1)),
        ([1, big, 1], big),
    ])  # fmt: skip


def test_large_input(solution, reference):
    # 100,000 bars: widening from each bar of a rising run reaches the end every time.
    n = 100_000
    rising = list(range(1, n + 1))
    rng = random.Random(12)
    noisy = sorted(rng.randrange(10**9) for _ in range(n))
    random_heights = [rng.randrange(10**4) for _ in range(n)]
    check(solution, [
        (rising, (n // 2) * (n // 2 + 1)),
        (rising[::-1], (n // 2) * (n // 2 + 1)),
        ([10**9] * n, 10**9 * n),
        (noisy, reference.largest_rectangle_area(noisy)),
        (random_heights, reference.largest_rectangle_area(random_heights)),
    ])  # fmt: skip


@given(st.lists(st.integers(0, 6), max_size=15))
def test_matches_reference(solution, reference, heights):
    expected = reference.largest_rectangle_area(heights)
    actual = solution.largest_rectangle_area(heights)
    assert actual == expected
