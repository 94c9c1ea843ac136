import random

from hypothesis import given
from hypothesis import strategies as st

from judge.testing import linked, linked_values


def nodes_of(head, cap):
    """The nodes from head on, at most cap of them (a cycle must not hang the test)."""
    found, seen = [], set()
    while head is not None and id(head) not in seen and len(found) < cap:
        seen.add(id(head))
        found.append(head)
        head = head.next
    return found


def check(solution, values):
    head = linked(values)
    originals = nodes_of(head, len(values))
    result = solution.reverse_list(head)
    assert linked_values(result, cap=len(values) + 1) == values[::-1]
    # Identity survives the sandbox: relinked input nodes come back as these very
    # nodes. Where each node of the answer was in the input (None: a new node):
    position = {id(node): i for i, node in enumerate(originals)}
    order = [position.get(id(node)) for node in nodes_of(result, len(values) + 1)]
    assert order == list(reversed(range(len(values)))), "the answer must be the input's nodes, relinked in reverse order"


def test_examples(solution):
    check(solution, [1, 2, 3, 4, 5])
    check(solution, [1, 2])


def test_empty_list(solution):
    check(solution, [])


def test_single_node(solution):
    check(solution, [7])
    check(solution, [0])


def test_two_nodes(solution):
    check(solution, [2, 1])
    check(solution, [-1, 5])


def test_duplicate_values(solution):
    # Equal values are still different nodes: the order of the nodes themselves must reverse.
    check(solution, [3, 3, 3])
    check(solution, [1, 2, 1, 2, 1])
    check(solution, [0, 0])


def test_large_input(solution):
    # 20,000 nodes: far too long for recursion, and quadratic work takes seconds.
    check(solution, [random.Random(2).randrange(-(10**9), 10**9) for _ in range(20_000)])


# Values only: which nodes the answer is made of is checked by the cases above,
# whose message says so; a counterexample here shows values, expected and got.
@given(st.lists(st.integers(-5, 5), max_size=20))
def test_matches_reference(solution, reference, values):
    expected = linked_values(reference.reverse_list(linked(values)))
    actual = linked_values(solution.reverse_list(linked(values)), cap=len(values) + 1)
    assert actual == expected
