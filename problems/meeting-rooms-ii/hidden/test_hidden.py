import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for intervals, expected in cases:
        actual = solution.min_meeting_rooms(intervals)
        assert actual == expected


def test_examples(solution):
    check(solution, [([[0, 30], [5, 10], [15, 20]], 2), ([[7, 10], [2, 4]], 1), ([[1, 5], [5, 10]], 1), ([], 0)])


def test_empty_and_single(solution):
    check(solution, [([], 0), ([[3, 4]], 1), ([[-5, 5]], 1)])


def test_back_to_back(solution):
    check(solution, [
        ([[1, 2], [2, 3], [3, 4]], 1),
        ([[2, 3], [1, 2]], 1),
        ([[1, 3], [1, 3], [3, 5], [3, 5]], 2),
        ([[1, 4], [2, 4], [4, 6], [4, 6], [4, 6]], 3),
    ])  # fmt: skip


def test_all_overlapping(solution):
    check(solution, [([[1, 10], [2, 9], [3, 8], [4, 7]], 4), ([[0, 5]] * 5, 5), ([[1, 3], [2, 4]], 2)])


def test_nested_meetings(solution):
    # A long meeting holds its room while short ones come and go around it.
    check(solution, [([[1, 100], [2, 3], [3, 4], [4, 5]], 2), ([[0, 10], [1, 9], [2, 3], [5, 6]], 3)])


def test_unsorted_input(solution):
    check(solution, [([[15, 20], [0, 30], [5, 10]], 2), ([[5, 8], [6, 8], [1, 6], [2, 5]], 2), ([[9, 10], [4, 9], [4, 17]], 2)])


def test_same_start(solution):
    check(solution, [([[1, 5], [1, 2], [2, 4]], 2), ([[0, 1], [0, 2], [0, 3], [1, 2]], 3), ([[3, 4], [3, 4]], 2)])


def test_negative_and_large_values(solution):
    big = 10**9
    check(solution, [([[-big, big], [-1, 0], [0, 1]], 2), ([[-10, -5], [-5, 0]], 1), ([[-big, -big + 1], [big - 1, big]], 1)])


def test_large_input(solution):
    n = 100_000
    rng = random.Random(41)
    overlapping = [[i, i + n] for i in range(n)]  # all live at time n - 1
    rng.shuffle(overlapping)
    relay = [[i, i + 1] for i in range(n)]  # each starts as the last ends: one room
    rng.shuffle(relay)
    check(solution, [(overlapping, n), (relay, 1)])


# Each interval drawn whole (start, length), so that shrinking can drop one
# interval at a time and the counterexample is a few intervals.
meetings = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 5)), max_size=10).map(
    lambda pairs: [[start, start + length] for start, length in pairs]
)


@given(meetings)
def test_matches_reference(solution, reference, intervals):
    expected = reference.min_meeting_rooms(intervals)
    actual = solution.min_meeting_rooms(intervals)
    assert actual == expected
