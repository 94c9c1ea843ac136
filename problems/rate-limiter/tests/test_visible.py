from solution import RateLimiter


def test_example():
    limiter = RateLimiter(2, 10)
    assert limiter.allow("alice", 1) is True
    assert limiter.allow("alice", 5) is True
    assert limiter.allow("alice", 8) is False
    assert limiter.allow("alice", 11) is True


def test_clients_have_their_own_limit():
    limiter = RateLimiter(1, 10)
    assert limiter.allow("alice", 1) is True
    assert limiter.allow("bob", 1) is True
    assert limiter.allow("alice", 2) is False


def test_window_slides_past_old_requests():
    limiter = RateLimiter(1, 5)
    assert limiter.allow("c", 0) is True
    assert limiter.allow("c", 4) is False
    assert limiter.allow("c", 5) is True


def test_burst_at_one_moment():
    limiter = RateLimiter(3, 1)
    assert [limiter.allow("c", 7) for _ in range(4)] == [True, True, True, False]
