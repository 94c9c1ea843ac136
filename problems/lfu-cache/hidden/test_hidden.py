import random

from hypothesis import given
from hypothesis import strategies as st


def run(solution, reference, capacity, ops):
    """Replay ops on the submission and the reference in lockstep; every get must agree."""
    cache = solution.LFUCache(capacity)
    model = reference.LFUCache(capacity)
    for op in ops:
        if op[0] == "put":
            cache.put(op[1], op[2])
            model.put(op[1], op[2])
        else:
            assert cache.get(op[1]) == model.get(op[1])


def test_examples(solution):
    cache = solution.LFUCache(2)
    cache.put(7, 70)
    cache.put(8, 80)
    assert cache.get(8) == 80
    cache.put(9, 90)
    assert cache.get(7) == -1
    assert cache.get(9) == 90
    cache.put(10, 100)
    assert cache.get(8) == -1
    assert cache.get(9) == 90
    assert cache.get(10) == 100


def test_capacity_zero(solution):
    cache = solution.LFUCache(0)
    cache.put(1, 1)
    assert cache.get(1) == -1
    cache.put(2, 2)
    assert cache.get(2) == -1


def test_capacity_one(solution):
    cache = solution.LFUCache(1)
    cache.put(1, 1)
    assert cache.get(1) == 1
    assert cache.get(1) == 1
    cache.put(2, 2)  # 1 was used three times, but it is the only key to evict
    assert cache.get(1) == -1
    assert cache.get(2) == 2
    cache.put(2, 3)
    assert cache.get(2) == 3


def test_missing_key(solution):
    # A miss is not a use: 5 was never stored, so it cannot raise anyone's count.
    cache = solution.LFUCache(2)
    assert cache.get(5) == -1
    cache.put(1, 10)
    cache.put(2, 20)
    assert cache.get(5) == -1
    assert cache.get(2) == 20
    cache.put(3, 30)  # 1 has one use, 2 has two: 1 goes
    assert cache.get(1) == -1
    assert cache.get(2) == 20
    assert cache.get(3) == 30


def test_tie_goes_to_least_recent(solution):
    # 1, 2 and 3 all end with two uses; 2's last use is the oldest.
    cache = solution.LFUCache(3)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.put(3, 3)
    assert cache.get(2) == 2
    assert cache.get(3) == 3
    assert cache.get(1) == 1
    cache.put(4, 4)
    assert cache.get(2) == -1
    assert cache.get(1) == 1
    assert cache.get(3) == 3
    assert cache.get(4) == 4


def test_update_counts_as_use(solution):
    # Re-putting 1 twice gives it three uses: 2, with one, is the victim.
    cache = solution.LFUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    cache.put(1, 10)
    cache.put(1, 100)
    assert cache.get(2) == 2  # 2 now has two uses, 1 has three
    cache.put(3, 3)
    assert cache.get(2) == -1
    assert cache.get(1) == 100
    assert cache.get(3) == 3


def test_new_key_is_least_frequent(solution):
    # After many uses of the old keys, a newly put key has the smallest count
    # and is the next victim, even though it is the most recent.
    cache = solution.LFUCache(2)
    cache.put(1, 1)
    cache.put(2, 2)
    for _ in range(3):
        assert cache.get(1) == 1
        assert cache.get(2) == 2
    cache.put(3, 3)  # evicts 1 (four uses, older than 2)
    cache.put(4, 4)  # evicts 3: one use
    assert cache.get(3) == -1
    assert cache.get(1) == -1
    assert cache.get(2) == 2
    assert cache.get(4) == 4


def test_large_input(solution, reference):
    # 10,000 operations, many evictions, keys used unevenly so counts spread out.
    # Each call is one sandbox round trip: keep it this size.
    rng = random.Random(2024)
    ops = []
    for _ in range(10_000):
        key = int(rng.paretovariate(1.2)) % 1_500
        ops.append(("put", key, rng.randrange(10**9)) if rng.random() < 0.5 else ("get", key))
    run(solution, reference, 500, ops)


def numbered(steps):
    # Each put stores its own position as the value, so a stale value shows too.
    return [(op, key, i) if op == "put" else (op, key) for i, (op, key) in enumerate(steps)]


def operations(capacity):
    # Keys 0..capacity+1: the cache fills up, so hits, updates and evictions all happen.
    step = st.tuples(st.sampled_from(("put", "get")), st.integers(0, capacity + 1))
    # A list of short runs: long enough to build up different counts and then evict.
    runs = st.lists(st.lists(step, max_size=8), max_size=12)
    return runs.map(lambda runs: numbered([s for run in runs for s in run]))


@given(st.integers(0, 3).flatmap(lambda capacity: st.tuples(st.just(capacity), operations(capacity))))
def test_matches_reference(solution, reference, case):
    capacity, ops = case
    run(solution, reference, capacity, ops)
