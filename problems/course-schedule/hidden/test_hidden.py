import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, num_courses, prerequisites, expected):
    actual = solution.can_finish(num_courses, prerequisites)
    assert actual == expected


def test_examples(solution):
    check(solution, 2, [[1, 0]], True)
    check(solution, 2, [[1, 0], [0, 1]], False)
    check(solution, 4, [[1, 0], [2, 0], [3, 1], [3, 2]], True)


def test_no_prerequisites(solution):
    check(solution, 1, [], True)
    check(solution, 5, [], True)


def test_self_prerequisite(solution):
    check(solution, 1, [[0, 0]], False)
    check(solution, 3, [[1, 0], [2, 2]], False)


def test_long_cycle(solution):
    check(solution, 3, [[1, 0], [2, 1], [0, 2]], False)
    check(solution, 5, [[1, 0], [2, 1], [3, 2], [4, 3], [1, 4]], False)  # 0 is free, 1..4 loop
    check(solution, 4, [[0, 1], [1, 2], [2, 3]], True)  # the same chain, not closed


def test_shared_prerequisites(solution):
    # Diamonds: a course reached twice along different paths is not a cycle.
    check(solution, 4, [[1, 0], [2, 0], [3, 1], [3, 2]], True)
    check(solution, 5, [[4, 0], [4, 1], [4, 2], [4, 3], [1, 0], [2, 1], [3, 2]], True)
    check(solution, 3, [[0, 1], [0, 2], [1, 2]], True)


def test_duplicate_pairs(solution):
    check(solution, 2, [[1, 0], [1, 0]], True)
    check(solution, 3, [[2, 1], [1, 0], [2, 1], [2, 0], [2, 1]], True)
    check(solution, 2, [[1, 0], [1, 0], [0, 1]], False)


def test_separate_groups(solution):
    # The cycle is in a group of its own, away from course 0.
    check(solution, 6, [[1, 0], [2, 1], [4, 3], [5, 4], [3, 5]], False)
    check(solution, 6, [[1, 0], [2, 1], [4, 3], [5, 4]], True)


def test_large_input(solution):
    n = 100_000
    chain = [[i + 1, i] for i in range(n - 1)]  # 0, 1, 2, ...: one line, 10**5 deep
    check(solution, n, chain, True)
    check(solution, n, [*chain, [0, n - 1]], False)  # the line closed into a loop
    rng = random.Random(11)
    order = rng.sample(range(n), n)
    dag = []
    for _ in range(n):
        i, j = sorted(rng.sample(range(n), 2))
        dag.append([order[j], order[i]])
    check(solution, n, dag, True)


# Up to 6 courses and 10 pairs: small enough to read, dense enough for cycles.
cases = st.integers(1, 6).flatmap(
    lambda n: st.tuples(st.just(n), st.lists(st.lists(st.integers(0, n - 1), min_size=2, max_size=2), max_size=10))
)


@given(cases)
def test_matches_reference(solution, reference, case):
    num_courses, prerequisites = case
    check(solution, num_courses, prerequisites, reference.can_finish(num_courses, prerequisites))
