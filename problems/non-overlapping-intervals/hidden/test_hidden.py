import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for intervals, expected in cases:
        actual = solution.erase_overlap_intervals(intervals)
        assert actual == expected


def test_examples(solution):
    check(solution, [([[1, 2], [2, 3], [3, 4], [1, 3]], 1), ([[1, 2], [1, 2], [1, 2]], 2), ([[1, 2], [2, 3]], 0)])


def test_empty_and_single(solution):
    check(solution, [([], 0), ([[1, 5]], 0), ([[-3, -1]], 0)])


def test_touching_intervals(solution):
    check(solution, [([[3, 4], [1, 2], [2, 3]], 0), ([[0, 1], [1, 2], [2, 3], [3, 4]], 0), ([[1, 3], [3, 5], [2, 4]], 1)])


def test_identical_intervals(solution):
    check(solution, [([[1, 3], [1, 3]], 1), ([[0, 9]] * 6, 5), ([[1, 2], [1, 2], [2, 3], [2, 3]], 2)])


def test_one_long_interval(solution):
    # Keeping the long interval that starts first costs every short one.
    check(solution, [
        ([[1, 100], [2, 3], [3, 4], [4, 5]], 1),
        ([[0, 10], [1, 2], [2, 3], [5, 6], [8, 9]], 1),
        ([[1, 10], [2, 11], [10, 12], [11, 13]], 2),
    ])  # fmt: skip


def test_unsorted_input(solution):
    check(solution, [([[3, 4], [1, 3], [2, 3], [1, 2]], 1), ([[5, 7], [1, 6], [6, 8], [0, 2]], 2), ([[4, 5], [1, 9], [2, 3]], 1)])


def test_negative_and_large_values(solution):
    big = 10**9
    check(solution, [([[-big, big], [-5, 0], [0, 5]], 1), ([[-10, -5], [-5, 0], [-7, -6]], 1), ([[-big, -big + 1], [big - 1, big]], 0)])


def test_large_input(solution):
    n = 100_000
    rng = random.Random(43)
    overlapping = [[i, i + n] for i in range(n)]  # every two share a point: keep one
    rng.shuffle(overlapping)
    relay = [[i, i + 1] for i in range(n)] + [[-1, n]]  # the long one goes, the relay stays
    rng.shuffle(relay)
    check(solution, [(overlapping, n - 1), (relay, 1)])


# Each interval drawn whole (start, length), so that shrinking can drop one
# interval at a time and the counterexample is a few intervals.
interval_lists = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 5)), max_size=10).map(
    lambda pairs: [[start, start + length] for start, length in pairs]
)


@given(interval_lists)
def test_matches_reference(solution, reference, intervals):
    expected = reference.erase_overlap_intervals(intervals)
    actual = solution.erase_overlap_intervals(intervals)
    assert actual == expected
