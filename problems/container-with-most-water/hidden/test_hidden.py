import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for height, expected in cases:
        actual = solution.max_area(height)
        assert actual == expected


def test_examples(solution):
    check(solution, [([1, 8, 6, 2, 5, 4, 8, 3, 7], 49), ([1, 1], 1), ([4, 3, 2, 1, 4], 16), ([5], 0)])


def test_fewer_than_two_lines(solution):
    check(solution, [([], 0), ([7], 0), ([0], 0)])


def test_two_lines(solution):
    check(solution, [([3, 9], 3), ([9, 3], 3), ([0, 5], 0), ([6, 6], 6)])


def test_zero_heights(solution):
    check(solution, [([0, 0, 0], 0), ([0, 4, 0, 0, 4, 0], 12), ([5, 0, 0, 0, 0], 0)])


def test_equal_heights(solution):
    check(solution, [([2, 2, 2, 2], 6), ([3, 1, 3, 1, 3], 12), ([1, 5, 5, 1], 5)])


def test_monotonic_heights(solution):
    check(solution, [
        ([1, 2, 3, 4, 5, 6], 9),  # 3 * 3 from x = 2 to x = 5
        ([6, 5, 4, 3, 2, 1], 9),
        ([1, 2, 4, 8, 16, 32], 16),  # 8 * 2 and 4 * 4 tie; 16 * 1 too
    ])  # fmt: skip


def test_width_beats_height(solution):
    # The two tallest lines stand side by side; shorter lines far apart hold more.
    check(solution, [([10, 0, 0, 60, 60, 0, 0, 10], 70), ([3, 0, 0, 0, 9, 9, 0, 0, 0, 3], 27), ([2, 0, 9, 9, 0, 0, 0, 2], 14)])


def test_large_values(solution):
    big = 10**9
    check(solution, [([big, big], big), ([big, 0, 0, big], 3 * big), ([big, 1, big - 1], 2 * (big - 1))])


def test_large_input(solution, reference):
    n = 100_000
    rising = list(range(n))  # best: the middle line and the last, about n * n / 4
    middle = (n - 1) // 2
    rng = random.Random(11)
    noisy = [rng.randrange(0, 10**9) for _ in range(n)]
    check(solution, [
        (rising, middle * (n - 1 - middle)),
        ([10**9] * n, 10**9 * (n - 1)),
        (noisy, reference.max_area(noisy)),
    ])  # fmt: skip


@given(st.lists(st.integers(0, 12), max_size=14))
def test_matches_reference(solution, reference, height):
    expected = reference.max_area(height)
    actual = solution.max_area(height)
    assert actual == expected
