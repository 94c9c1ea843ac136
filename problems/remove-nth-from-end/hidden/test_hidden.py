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


def check(solution, values, n):
    head = linked(values)
    originals = nodes_of(head, len(values))
    gone = len(values) - n  # the position, from the start, of the node to remove
    result = solution.remove_nth_from_end(head, n)
    assert linked_values(result, cap=len(values) + 1) == values[:gone] + values[gone + 1 :]
    # Identity survives the sandbox: where each node of the answer was in the input (None: a new node).
    position = {id(node): i for i, node in enumerate(originals)}
    order = [position.get(id(node)) for node in nodes_of(result, len(values) + 1)]
    assert order == [i for i in range(len(values)) if i != gone], "the other nodes must stay, the same nodes in the same order"


def test_examples(solution):
    check(solution, [1, 2, 3, 4, 5], 2)
    check(solution, [1], 1)
    check(solution, [1, 2], 1)
    check(solution, [1, 2], 2)


def test_remove_the_head(solution):
    check(solution, [1, 2, 3], 3)
    check(solution, [9, 8, 7, 6, 5, 4], 6)


def test_remove_the_last(solution):
    check(solution, [1, 2, 3], 1)
    check(solution, [4, 5, 6, 7, 8, 9], 1)


def test_single_node(solution):
    check(solution, [0], 1)
    check(solution, [-3], 1)


def test_duplicate_values(solution):
    # Equal values: the node to remove is the one at its position, not the first with its value.
    check(solution, [7, 7, 7, 7], 2)
    check(solution, [1, 2, 1, 2, 1], 1)
    check(solution, [5, 3, 5], 1)


def test_large_input(solution):
    # 20,000 nodes: walking to the end from every node costs 20,000 ** 2 / 2 steps.
    rng = random.Random(6)
    values = [rng.randrange(-(10**9), 10**9) for _ in range(20_000)]
    check(solution, values, 1)
    check(solution, values, 10_000)


@st.composite
def lists_and_positions(draw):
    values = draw(st.lists(st.integers(-5, 5), min_size=1, max_size=15))
    return values, draw(st.integers(1, len(values)))


@given(lists_and_positions())
def test_matches_reference(solution, reference, case):
    values, n = case
    expected = linked_values(reference.remove_nth_from_end(linked(values), n))
    actual = linked_values(solution.remove_nth_from_end(linked(values), n), cap=len(values) + 1)
    assert actual == expected
