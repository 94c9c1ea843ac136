import copy
import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for intervals, expected in cases:
        actual = solution.merge_intervals(intervals)
        assert actual == expected


def test_examples(solution):
    check(solution, [
        ([[1, 3], [2, 6], [8, 10], [15, 18]], [[1, 6], [8, 10], [15, 18]]),
        ([[1, 4], [4, 5]], [[1, 5]]),
        ([[4, 7], [1, 10], [2, 3]], [[1, 10]]),
    ])  # fmt: skip


def test_empty_input(solution):
    check(solution, [([], [])])


def test_single_interval(solution):
    check(solution, [([[5, 9]], [[5, 9]]), ([[0, 0]], [[0, 0]]), ([[-3, 2]], [[-3, 2]])])


def test_touching_intervals(solution):
    check(solution, [
        ([[1, 2], [2, 3]], [[1, 3]]),
        ([[3, 4], [1, 2], [2, 3]], [[1, 4]]),
        ([[1, 2], [3, 4]], [[1, 2], [3, 4]]),  # a gap of one: no shared point
        ([[0, 5], [5, 5], [5, 9]], [[0, 9]]),
    ])  # fmt: skip


def test_nested_intervals(solution):
    # A later interval inside the group must not shrink the group's end.
    check(solution, [
        ([[1, 10], [2, 3]], [[1, 10]]),
        ([[1, 10], [2, 3], [4, 5], [11, 12]], [[1, 10], [11, 12]]),
        ([[1, 4], [1, 2]], [[1, 4]]),
        ([[2, 3], [1, 10], [9, 11]], [[1, 11]]),
    ])  # fmt: skip


def test_unsorted_input(solution):
    check(solution, [
        ([[8, 10], [1, 3], [2, 6]], [[1, 6], [8, 10]]),
        ([[9, 12], [5, 6], [1, 2]], [[1, 2], [5, 6], [9, 12]]),
        ([[4, 5], [1, 4], [0, 0]], [[0, 0], [1, 5]]),
    ])  # fmt: skip


def test_point_intervals(solution):
    check(solution, [
        ([[3, 3], [3, 3]], [[3, 3]]),
        ([[1, 1], [2, 2], [1, 2]], [[1, 2]]),
        ([[5, 5], [1, 4]], [[1, 4], [5, 5]]),
    ])  # fmt: skip


def test_negative_and_large_values(solution):
    big = 10**9
    check(solution, [
        ([[-5, -3], [-4, -1], [0, 2]], [[-5, -1], [0, 2]]),
        ([[-big, big], [0, 1]], [[-big, big]]),
        ([[big, big], [-big, -big]], [[-big, -big], [big, big]]),
    ])  # fmt: skip


def test_input_unchanged(solution):
    intervals = [[1, 3], [2, 6], [8, 10], [9, 12]]
    before = copy.deepcopy(intervals)
    solution.merge_intervals(intervals)
    assert intervals == before, "merge_intervals changed its input"


def test_large_input(solution):
    n = 100_000
    rng = random.Random(7)
    chain = [[i, i + 1] for i in range(n)]  # each touches the next: one group
    rng.shuffle(chain)
    apart = [[3 * i, 3 * i + 1] for i in range(n)]  # no two share a point: nothing merges
    check(solution, [(chain, [[0, n]]), (rng.sample(apart, n), apart)])


# Each interval drawn whole (start, length), so that shrinking can drop one
# interval at a time and the counterexample is a few intervals.
interval_lists = st.lists(st.tuples(st.integers(-10, 10), st.integers(0, 4)), max_size=12).map(
    lambda pairs: [[start, start + length] for start, length in pairs]
)


@given(interval_lists)
def test_matches_reference(solution, reference, intervals):
    expected = reference.merge_intervals(intervals)
    actual = solution.merge_intervals(intervals)
    assert actual == expected
