import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, sets, gets):
    """sets: (key, value, timestamp) in call order; gets: (key, timestamp, expected)."""
    store = solution.TimeMap()
    for key, value, timestamp in sets:
        store.set(key, value, timestamp)
    for key, timestamp, expected in gets:
        assert store.get(key, timestamp) == expected


def run(solution, reference, ops):
    """Replay ops on the submission and the reference in lockstep; every get must agree."""
    store = solution.TimeMap()
    model = reference.TimeMap()
    for op, *args in ops:
        if op == "set":
            store.set(*args)
            model.set(*args)
        else:
            assert store.get(*args) == model.get(*args)


def test_examples(solution):
    sets = [("light", "red", 2), ("light", "green", 6)]
    gets = [("light", 2, "red"), ("light", 5, "red"), ("light", 6, "green"), ("light", 7, "green"), ("light", 1, ""), ("door", 7, "")]
    check(solution, sets, gets)


def test_missing_key(solution):
    check(solution, [], [("a", 1, ""), ("a", 10**9, "")])
    check(solution, [("a", "x", 1)], [("b", 1, ""), ("A", 5, "")])


def test_before_first_timestamp(solution):
    check(solution, [("k", "first", 10), ("k", "second", 20)], [("k", 9, ""), ("k", 0, ""), ("k", 1, "")])


def test_exact_timestamp(solution):
    sets = [("k", "a", 1), ("k", "b", 2), ("k", "c", 3)]
    check(solution, sets, [("k", 1, "a"), ("k", 2, "b"), ("k", 3, "c")])


def test_between_timestamps(solution):
    sets = [("k", "a", 10), ("k", "b", 20), ("k", "c", 30)]
    check(solution, sets, [("k", 15, "a"), ("k", 29, "b"), ("k", 31, "c"), ("k", 10**9, "c")])


def test_keys_are_independent(solution):
    # Interleaved sets: each key's history holds only its own values.
    sets = [("a", "a1", 1), ("b", "b2", 2), ("a", "a3", 3), ("b", "b4", 4), ("c", "c9", 9)]
    check(solution, sets, [("a", 2, "a1"), ("b", 3, "b2"), ("a", 4, "a3"), ("b", 1, ""), ("c", 8, ""), ("c", 9, "c9")])


def test_repeated_values(solution):
    # The same value at several times, and the same value under two keys.
    sets = [("k", "same", 1), ("k", "other", 2), ("k", "same", 3), ("j", "same", 2)]
    check(solution, sets, [("k", 1, "same"), ("k", 2, "other"), ("k", 3, "same"), ("j", 1, ""), ("j", 3, "same")])


def test_large_timestamps(solution):
    top = 10**9
    sets = [("k", "early", 1), ("k", "late", top - 1), ("k", "last", top)]
    check(solution, sets, [("k", top - 2, "early"), ("k", top - 1, "late"), ("k", top, "last")])


def test_large_input(solution, reference):
    # 5,000 sets over 3 keys and 5,000 gets: each call is one sandbox round trip.
    rng = random.Random(2024)
    ops, clock = [], {"a": 0, "b": 0, "c": 0}
    for i in range(10_000):
        key = rng.choice("abc")
        if i % 2 == 0:
            clock[key] += rng.randrange(1, 100_000)
            ops.append(("set", key, f"{key}{i}", clock[key]))
        else:
            ops.append(("get", key, rng.randrange(max(clock.values()) + 2)))
    run(solution, reference, ops)


def timed(steps):
    # Each key's set timestamps strictly increase: a set advances its key's clock by its gap.
    clock, ops = {}, []
    for i, (op, key, number) in enumerate(steps):
        if op == "set":
            clock[key] = clock.get(key, 0) + number
            ops.append(("set", key, f"v{i}", clock[key]))
        else:
            ops.append(("get", key, number))
    return ops


operations = st.lists(st.tuples(st.sampled_from(("set", "get")), st.sampled_from("ab"), st.integers(1, 4)), max_size=20).map(timed)
get_times = st.lists(st.tuples(st.just("get"), st.sampled_from("ab"), st.integers(0, 12)), max_size=6)


@given(operations, get_times)
def test_matches_reference(solution, reference, ops, probes):
    # The probes at the end read each key's history at times before, on and after its sets.
    run(solution, reference, ops + probes)
