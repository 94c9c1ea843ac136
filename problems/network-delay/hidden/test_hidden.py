import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, times, n, k, expected):
    actual = solution.network_delay_time(times, n, k)
    assert actual == expected


def test_examples(solution):
    check(solution, [[2, 1, 1], [2, 3, 1], [3, 4, 1]], 4, 2, 2)
    check(solution, [[1, 2, 1]], 2, 1, 1)
    check(solution, [[1, 2, 1]], 2, 2, -1)
    check(solution, [[1, 2, 10], [1, 3, 1], [3, 2, 2]], 3, 1, 3)


def test_single_node(solution):
    check(solution, [], 1, 1, 0)
    check(solution, [[1, 1, 5]], 1, 1, 0)


def test_unreachable_node(solution):
    check(solution, [], 2, 1, -1)
    check(solution, [[1, 2, 1], [2, 3, 1]], 4, 1, -1)  # node 4 has no links at all
    check(solution, [[1, 2, 3], [3, 4, 1]], 4, 1, -1)  # 3 -> 4 exists, but nothing reaches 3


def test_edges_are_one_way(solution):
    check(solution, [[2, 1, 1], [2, 3, 1]], 3, 1, -1)
    check(solution, [[1, 2, 1], [3, 2, 1]], 3, 2, -1)
    check(solution, [[1, 2, 5], [2, 1, 1], [2, 3, 1]], 3, 1, 6)


def test_more_hops_but_faster(solution):
    check(solution, [[1, 4, 100], [1, 2, 1], [2, 3, 1], [3, 4, 1]], 4, 1, 3)
    # A node's time improves after it was first seen: 1 -> 3 (9) loses to 1 -> 2 -> 3 (2).
    check(solution, [[1, 3, 9], [1, 2, 1], [2, 3, 1], [3, 4, 1]], 4, 1, 3)
    check(solution, [[1, 2, 4], [1, 3, 1], [3, 2, 1], [2, 4, 1], [3, 4, 7]], 4, 1, 3)


def test_zero_weights(solution):
    check(solution, [[1, 2, 0], [2, 3, 0]], 3, 1, 0)
    check(solution, [[1, 2, 0], [1, 3, 5], [2, 3, 0]], 3, 1, 0)


def test_parallel_edges_and_loops(solution):
    check(solution, [[1, 2, 7], [1, 2, 3], [1, 2, 5]], 2, 1, 3)
    check(solution, [[1, 1, 0], [2, 2, 1], [1, 2, 4], [2, 1, 1]], 2, 1, 4)


def test_large_input(solution, reference):
    n = 10_000
    rng = random.Random(23)
    tree = [[rng.randint(1, v - 1), v, rng.randint(0, 100)] for v in range(2, n + 1)]
    extra = [[rng.randint(1, n), rng.randint(1, n), rng.randint(0, 100)] for _ in range(100_000 - len(tree))]
    times = tree + extra
    rng.shuffle(times)
    check(solution, times, n, 1, reference.network_delay_time(times, n, 1))
    # A line 1 -> 2 -> ... -> n of 1s beside heavy direct links from 1: the line is faster.
    line = [[v, v + 1, 1] for v in range(1, n)] + [[1, v, 100 * n] for v in range(2, n + 1)]
    check(solution, line, n, 1, n - 1)
    check(solution, line, n, 2, -1)  # nothing links back to 1


@st.composite
def networks(draw):
    # Up to 5 nodes and 10 links with times 0..5: ties, zeros and detours are all common.
    n = draw(st.integers(1, 5))
    node = st.integers(1, n)
    times = draw(st.lists(st.tuples(node, node, st.integers(0, 5)).map(list), max_size=10))
    return times, n, draw(node)


@given(networks())
def test_matches_reference(solution, reference, network):
    times, n, k = network
    check(solution, times, n, k, reference.network_delay_time(times, n, k))
