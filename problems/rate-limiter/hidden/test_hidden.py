import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, limit, window, requests, expected):
    """requests: (client, timestamp) in call order; expected: what allow() returns for each."""
    limiter = solution.RateLimiter(limit, window)
    answers = [limiter.allow(client, timestamp) for client, timestamp in requests]
    assert answers == expected


def run(solution, reference, limit, window, requests):
    """The same requests to the submission and the reference in lockstep; every answer must agree."""
    limiter = solution.RateLimiter(limit, window)
    model = reference.RateLimiter(limit, window)
    for client, timestamp in requests:
        assert limiter.allow(client, timestamp) == model.allow(client, timestamp)


def test_examples(solution):
    requests = [("alice", 1), ("alice", 5), ("alice", 8), ("bob", 8), ("alice", 11), ("alice", 14)]
    check(solution, 2, 10, requests, [True, True, False, True, True, False])


def test_window_boundary(solution):
    # The window (t - window, t] leaves out t - window itself.
    check(solution, 1, 10, [("c", 0), ("c", 9), ("c", 10), ("c", 19), ("c", 20)], [True, False, True, False, True])
    check(solution, 2, 3, [("c", 1), ("c", 2), ("c", 3), ("c", 4), ("c", 5)], [True, True, False, True, True])


def test_rejected_requests_do_not_count(solution):
    # The rejected requests at 5 and 9 must not keep the client out at 10.
    check(solution, 1, 10, [("c", 0), ("c", 5), ("c", 9), ("c", 10), ("c", 14)], [True, False, False, True, False])
    check(solution, 2, 4, [("c", 0), ("c", 1), ("c", 2), ("c", 3), ("c", 4), ("c", 5)], [True, True, False, False, True, True])


def test_clients_are_independent(solution):
    requests = [("a", 0), ("b", 0), ("a", 1), ("b", 1), ("A", 1), ("a", 2), ("b", 3)]
    check(solution, 1, 2, requests, [True, True, False, False, True, True, True])


def test_same_timestamp(solution):
    check(solution, 3, 5, [("c", 4)] * 5 + [("c", 8), ("c", 9)], [True, True, True, False, False, False, True])


def test_limit_one(solution):
    check(solution, 1, 3, [("c", t) for t in range(8)], [True, False, False, True, False, False, True, False])


def test_window_one(solution):
    # A window of one time unit holds only the current moment.
    check(solution, 2, 1, [("c", 0), ("c", 0), ("c", 0), ("c", 1), ("c", 1), ("c", 1)], [True, True, False, True, True, False])


def test_large_values(solution):
    top = 10**9
    check(solution, 1, top, [("c", 0), ("c", top - 1), ("c", top)], [True, False, True])
    check(solution, 2, 1, [("c", top), ("c", top), ("c", top)], [True, True, False])


def test_large_input(solution, reference):
    # 10,000 requests from a few clients, in bursts: each call is one sandbox round trip.
    rng = random.Random(2024)
    timestamp, requests = 0, []
    for _ in range(10_000):
        timestamp += rng.choice((0, 0, 1, 3, 20))
        requests.append((rng.choice(("ann", "ben", "cy")), timestamp))
    run(solution, reference, 50, 400, requests)


def timed(steps):
    # Each step waits `gap` time units after the one before: timestamps never decrease.
    requests, timestamp = [], 0
    for client, gap in steps:
        timestamp += gap
        requests.append((client, timestamp))
    return requests


requests = st.lists(st.tuples(st.sampled_from("ab"), st.integers(0, 3)), max_size=25).map(timed)


@given(st.integers(1, 3), st.integers(1, 6), requests)
def test_matches_reference(solution, reference, limit, window, requests):
    run(solution, reference, limit, window, requests)
