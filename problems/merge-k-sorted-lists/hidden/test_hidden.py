import random

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import expect, linked, linked_values


def check(solution, value_lists):
    expected = sorted(value for values in value_lists for value in values)
    expect(linked(expected))  # shown as a list of nodes, like the answer beside it
    merged = solution.merge_k_lists([linked(values) for values in value_lists])
    # The cap stops a list that loops back on itself one node past the answer's length.
    assert linked_values(merged, cap=len(expected) + 1) == expected


def test_examples(solution):
    check(solution, [[1, 4, 5], [1, 3, 4], [2, 6]])
    check(solution, [])
    check(solution, [[], []])
    check(solution, [[], [0]])


def test_no_lists(solution):
    check(solution, [])


def test_empty_lists(solution):
    check(solution, [[], [], []])
    check(solution, [[2], [], [1, 3], []])
    check(solution, [[], [5, 6]])


def test_single_list(solution):
    check(solution, [[1, 2, 3]])
    check(solution, [[7]])


def test_equal_values(solution):
    check(solution, [[1, 1], [1, 1], [1]])
    check(solution, [[2, 3, 3], [3, 3, 4], [3]])


def test_uneven_lengths(solution):
    # One list outlasts the others by far: its whole tail must follow.
    check(solution, [[1], [0, 2, 4, 6, 8, 10, 12], [5]])
    check(solution, [list(range(20)), [3]])
    check(solution, [[100], list(range(10))])


def test_negative_numbers(solution):
    check(solution, [[-3, -1], [-2, 0], [-5]])
    check(solution, [[-(10**18), 10**18], [0]])


def test_large_input(solution):
    rng = random.Random(47)
    many = [sorted(rng.randrange(-1000, 1000) for _ in range(10)) for _ in range(5000)]  # k = 5000 lists of 10
    check(solution, many)
    check(solution, [sorted(rng.randrange(10**9) for _ in range(25_000)), sorted(rng.randrange(10**9) for _ in range(25_000))])


# Up to 4 lists of up to 4 values in -3..3: equal values across lists are common.
value_lists = st.lists(st.lists(st.integers(-3, 3), max_size=4).map(sorted), max_size=4)


@given(value_lists)
def test_matches_reference(solution, reference, lists):
    check(solution, lists)
