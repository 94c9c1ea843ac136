import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, edges, expected):
    actual = solution.find_redundant_connection(edges)
    assert actual == expected


def test_examples(solution):
    check(solution, [[1, 2], [1, 3], [2, 3]], [2, 3])
    check(solution, [[1, 2], [2, 3], [3, 4], [1, 4], [1, 5]], [1, 4])
    check(solution, [[3, 1], [2, 3], [1, 2], [2, 4]], [1, 2])


def test_triangle(solution):
    check(solution, [[2, 3], [1, 2], [1, 3]], [1, 3])
    check(solution, [[1, 3], [3, 2], [2, 1]], [2, 1])


def test_last_of_the_cycle(solution):
    # Every edge is on the cycle: the answer is simply the last one.
    check(solution, [[1, 2], [2, 3], [3, 4], [4, 5], [5, 1]], [5, 1])
    check(solution, [[4, 5], [1, 2], [3, 4], [2, 3], [1, 5]], [1, 5])


def test_edges_after_the_cycle(solution):
    # Tree edges come after the cycle closes: they are not on the cycle.
    check(solution, [[1, 2], [2, 3], [1, 3], [3, 4], [4, 5], [5, 6]], [1, 3])
    check(solution, [[2, 4], [4, 6], [6, 2], [1, 2], [3, 4], [5, 6]], [6, 2])
    check(solution, [[1, 4], [3, 4], [1, 3], [1, 2], [4, 5]], [1, 3])


def test_edge_as_given(solution):
    # The answer is written the way it is in the list, larger label first included.
    check(solution, [[2, 1], [3, 2], [3, 1]], [3, 1])
    check(solution, [[5, 4], [4, 3], [3, 2], [2, 1], [5, 1]], [5, 1])


def test_large_input(solution):
    n = 100_000
    # A star listed spoke by spoke: naive union-find builds a chain from node 1.
    check(solution, [[1, k] for k in range(2, n + 1)] + [[2, 3]], [2, 3])
    # A path 1-2-...-n closed by [n, 1], with the tree edges shuffled in before it.
    path = [[k, k + 1] for k in range(1, n)]
    random.Random(41).shuffle(path)
    check(solution, [*path, [n, 1]], [n, 1])
    # The same cycle with its closing edge in the middle of the list.
    middle = n // 2
    check(solution, [*path[:middle], [n, 1], *path[middle:]], path[-1])


@st.composite
def graphs(draw):
    # A random tree on 3 to 7 nodes, one extra edge, in random order and directions.
    n = draw(st.integers(3, 7))
    edges = [[draw(st.integers(1, k - 1)), k] for k in range(2, n + 1)]
    present = {frozenset(edge) for edge in edges}
    missing = [[a, b] for a in range(1, n + 1) for b in range(a + 1, n + 1) if frozenset((a, b)) not in present]
    edges.append(draw(st.sampled_from(missing)))
    edges = draw(st.permutations(edges))
    return [edge[::-1] if draw(st.booleans()) else edge for edge in edges]


@given(graphs())
def test_matches_reference(solution, reference, edges):
    check(solution, edges, reference.find_redundant_connection(edges))
