import random

from hypothesis import given
from hypothesis import strategies as st


def replay(solution, reference, ops):
    """Run ops on the submission and the reference in lockstep; every top and get_min must agree."""
    stack = solution.MinStack()
    model = reference.MinStack()
    for name, *args in ops:
        actual = getattr(stack, name)(*args)
        expected = getattr(model, name)(*args)
        if name in ("top", "get_min"):
            assert actual == expected


def pushes(*values):
    return [("push", value) for value in values]


def test_examples(solution, reference):
    replay(solution, reference, pushes(-2, 0, -3) + [("get_min",), ("pop",), ("top",), ("get_min",)])


def test_single_value(solution, reference):
    replay(solution, reference, pushes(7) + [("top",), ("get_min",)])
    replay(solution, reference, pushes(0) + [("get_min",), ("top",)])


def test_pop_brings_back_the_old_minimum(solution, reference):
    # Each pop uncovers a larger minimum again.
    ops = pushes(5, 3, 4, 1, 2)
    for _ in range(4):
        ops += [("get_min",), ("top",), ("pop",)]
    replay(solution, reference, ops + [("get_min",)])


def test_repeated_minimum(solution, reference):
    # The same minimum twice: popping one copy leaves the other.
    replay(solution, reference, pushes(2, 1, 1) + [("get_min",), ("pop",), ("get_min",), ("pop",), ("get_min",)])
    replay(solution, reference, pushes(0, 0, 0) + [("pop",), ("get_min",), ("pop",), ("get_min",)])


def test_positive_values_only(solution, reference):
    replay(solution, reference, pushes(10, 20, 15) + [("get_min",), ("pop",), ("pop",), ("get_min",)])


def test_large_values(solution, reference):
    big = 10**18
    replay(solution, reference, pushes(big, -big, big - 1) + [("get_min",), ("pop",), ("get_min",), ("pop",), ("get_min",), ("top",)])


def test_emptied_and_reused(solution, reference):
    # Everything popped, then new values: nothing of the old ones may linger.
    ops = pushes(-5, 3) + [("pop",), ("pop",)] + pushes(8, 9) + [("get_min",), ("top",), ("pop",), ("get_min",)]
    replay(solution, reference, ops)


def test_large_input(solution, reference):
    # 10,000 calls: 3,000 pushes, then reads, pops and pushes mixed. Each call
    # is one sandbox round trip (about 0.3 ms), so keep it this size.
    rng = random.Random(5)
    ops, size = [], 0
    for i in range(10_000):
        if i < 3_000 or size == 0 or rng.random() < 0.25:
            ops.append(("push", rng.randrange(-(10**9), 10**9)))
            size += 1
        else:
            name = rng.choice(("pop", "top", "get_min", "get_min"))
            ops.append((name,))
            size -= name == "pop"
    replay(solution, reference, ops)


STEP = st.tuples(st.sampled_from(("push", "push", "pop", "top", "get_min")), st.integers(-3, 3))


@st.composite
def operations(draw):
    """Valid operations only: a pop, top or get_min on an empty stack becomes a
    push. Drawn as a few short runs: one plain list is mostly too short for a
    minimum to be pushed, popped and then asked about."""
    runs = draw(st.lists(st.lists(STEP, max_size=6), max_size=6))
    ops, size = [], 0
    for name, value in (step for run in runs for step in run):
        if name == "push" or size == 0:
            ops.append(("push", value))
            size += 1
        else:
            ops.append((name,))
            size -= name == "pop"
    return ops


@given(operations())
def test_matches_reference(solution, reference, ops):
    replay(solution, reference, ops)
