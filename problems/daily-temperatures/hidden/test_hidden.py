import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for temperatures, expected in cases:
        actual = solution.daily_temperatures(temperatures)
        assert actual == expected


def test_examples(solution):
    check(solution, [
        ([73, 74, 75, 71, 69, 72, 76, 73], [1, 1, 4, 2, 1, 1, 0, 0]),
        ([30, 40, 50, 60], [1, 1, 1, 0]),
        ([30, 60, 90], [1, 1, 0]),
    ])  # fmt: skip


def test_empty_and_single(solution):
    check(solution, [([], []), ([50], [0]), ([-100], [0])])


def test_never_warmer(solution):
    check(solution, [([90, 80, 70, 60], [0, 0, 0, 0]), ([100, 100, 99], [0, 0, 0]), ([5, 4, 5, 4], [0, 1, 0, 0])])


def test_equal_temperatures(solution):
    # Only a strictly warmer day counts: an equal one is skipped over.
    check(solution, [
        ([30, 30, 31], [2, 1, 0]),
        ([70, 70, 70, 70], [0, 0, 0, 0]),
        ([50, 60, 50, 60, 70], [1, 3, 1, 1, 0]),
        ([40, 35, 40, 35, 41], [4, 1, 2, 1, 0]),
    ])  # fmt: skip


def test_negative_temperatures(solution):
    check(solution, [
        ([-5, -10, 0], [2, 1, 0]),
        ([-100, -99, -100, 100], [1, 2, 1, 0]),
        ([0, -1, -2, -1, 0, 1], [5, 3, 1, 1, 1, 0]),
        ([-50, -50, -49], [2, 1, 0]),
    ])  # fmt: skip


def test_large_input(solution, reference):
    # 100,000 days: looking ahead from each day walks to the warm day at the end.
    n = 100_000
    cooling = sorted((random.Random(1).randint(-100, 99) for _ in range(n - 1)), reverse=True)
    flat = [20] * (n - 1) + [21]
    waves = [random.Random(2).randint(-100, 100) for _ in range(n)]
    check(solution, [
        (cooling + [100], reference.daily_temperatures(cooling + [100])),
        (flat, list(range(n - 1, 0, -1)) + [0]),
        (waves, reference.daily_temperatures(waves)),
    ])  # fmt: skip


@given(st.lists(st.integers(-3, 3), max_size=20))
def test_matches_reference(solution, reference, temperatures):
    expected = reference.daily_temperatures(temperatures)
    actual = solution.daily_temperatures(temperatures)
    assert actual == expected
