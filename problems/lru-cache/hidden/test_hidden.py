import random

from hypothesis import given
from hypothesis import strategies as st


def run(solution, reference, capacity, ops):
    """Replay ops on the submission and the reference in lockstep; every get must agree."""
    cache = solution.LRUCache(capacity)
    model = reference.LRUCache(capacity)
    for op in ops:
        if op[0] == "put":
            cache.put(op[1], op[2])
            model.put(op[1], op[2])
        else:
            assert cache.get(op[1]) == model.get(op[1])


def test_examples(solution):
    cache = solution.LRUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    assert cache.get(1) == 1
    cache.put(3, 3)
    assert cache.get(2) == -1
    cache.put(1, 10)
    cache.put(4, 4)
    assert cache.get(3) == -1
    assert cache.get(1) == 10
    assert cache.get(4) == 4


def test_capacity_one(solution):
    cache = solution.LRUCache(1)
    assert cache.get(1) == -1
    cache.put(1, 1)
    assert cache.get(1) == 1
    cache.put(2, 2)
    assert cache.get(1) == -1
    assert cache.get(2) == 2
    cache.put(2, 3)
    assert cache.get(2) == 3


def test_get_refreshes_recency(solution):
    # Inserted 1, 2, 3; reading 1 and 2 leaves 3 as the least recently used.
    cache = solution.LRUCache(3)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.put(3, 3)
    assert cache.get(1) == 1
    assert cache.get(2) == 2
    cache.put(4, 4)
    assert cache.get(3) == -1
    assert cache.get(1) == 1
    assert cache.get(2) == 2
    assert cache.get(4) == 4


def test_update_refreshes_recency(solution):
    # Re-putting 1 makes it the most recent: 2 must go, not 1.
    cache = solution.LRUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.put(1, 10)
    cache.put(3, 3)
    assert cache.get(2) == -1
    assert cache.get(1) == 10
    assert cache.get(3) == 3


def test_update_when_full(solution):
    # Updating a key already present adds no key: nothing may be evicted.
    cache = solution.LRUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.put(2, 20)
    assert cache.get(1) == 1
    assert cache.get(2) == 20


def test_holds_exactly_capacity(solution):
    cache = solution.LRUCache(3)
    for key in (1, 2, 3):
        cache.put(key, key * 10)
    for key in (1, 2, 3):
        assert cache.get(key) == key * 10
    cache.put(4, 40)  # a fourth key: 1, the least recently used, goes
    assert cache.get(1) == -1
    for key in (2, 3, 4):
        assert cache.get(key) == key * 10


def test_large_input(solution, reference):
    # 10,000 operations, many evictions. Each call is one sandbox round trip
    # (0.2-0.4 ms), so this alone costs a few seconds: keep it this size.
    rng = random.Random(2024)
    ops = []
    for _ in range(10_000):
        key = rng.randrange(750)
        ops.append(("put", key, rng.randrange(10**9)) if rng.random() < 0.5 else ("get", key))
    run(solution, reference, 500, ops)


def numbered(steps):
    # Each put stores its own position as the value, so a stale value shows too.
    return [(op, key, i) if op == "put" else (op, key) for i, (op, key) in enumerate(steps)]


def operations(capacity):
    # Keys 0..capacity+1: the cache fills up, so hits, updates and evictions all happen.
    step = st.tuples(st.sampled_from(("put", "get")), st.integers(0, capacity + 1))
    # A list of short runs: a plain list averages ~5 items, too few to fill a
    # cache and then touch it again, so most bugs would go unseen.
    runs = st.lists(st.lists(step, max_size=8), max_size=8)
    return runs.map(lambda runs: numbered([s for run in runs for s in run]))


@given(st.integers(1, 4).flatmap(lambda capacity: st.tuples(st.just(capacity), operations(capacity))))
def test_matches_reference(solution, reference, case):
    capacity, ops = case
    run(solution, reference, capacity, ops)
