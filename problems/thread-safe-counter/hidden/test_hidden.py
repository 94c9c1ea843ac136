import threading
import time

from hypothesis import given
from hypothesis import strategies as st

PATIENCE = 20.0  # seconds to wait for calls: past any wall limit, so a stuck call ends as the judge's time-out


class Call:
    """One job run in its own thread; what it raised is raised again in the test's thread."""

    def __init__(self, job):
        self.result = None
        self.error = None
        self.thread = threading.Thread(target=self._run, args=(job,), daemon=True)
        self.thread.start()

    def _run(self, job):
        try:
            self.result = job()
        except BaseException as exc:  # noqa: BLE001 - the judge's time-out too must reach the test's thread
            self.error = exc

    def done(self):
        return not self.thread.is_alive()


def together(*jobs):
    """Run each job in its own thread, all released at once by a barrier; their
    results in order.  The first job to raise ends the wait."""
    barrier = threading.Barrier(len(jobs))

    def start(job):
        barrier.wait()
        return job()

    calls = [Call(lambda job=job: start(job)) for job in jobs]
    deadline = time.monotonic() + PATIENCE
    while True:
        for call in calls:
            if call.done() and call.error is not None:
                raise call.error
        if all(call.done() for call in calls):
            return [call.result for call in calls]
        assert time.monotonic() < deadline, "calls never returned (a deadlock?)"
        time.sleep(0.005)


def test_examples(solution):
    counter = solution.Counter()
    assert counter.value() == 0
    assert counter.increment() == 1
    assert counter.add(5) == 6
    assert counter.add(-10) == -4
    assert counter.increment() == -3
    assert counter.value() == -3


def test_new_counter(solution):
    counter = solution.Counter()
    assert counter.value() == 0
    assert counter.value() == 0
    assert counter.increment() == 1
    other = solution.Counter()  # counters do not share their value
    assert other.value() == 0
    assert counter.value() == 1


def test_zero_and_negative_amounts(solution):
    counter = solution.Counter()
    assert counter.add(0) == 0
    assert counter.add(-1) == -1
    assert counter.increment() == 0
    assert counter.add(-5) == -5
    assert counter.add(0) == -5
    assert counter.value() == -5


def test_large_values(solution):
    counter = solution.Counter()
    big = 10**18
    assert counter.add(big) == big
    assert counter.add(big) == 2 * big
    assert counter.increment() == 2 * big + 1
    assert counter.add(-3 * big) == -big + 1
    assert counter.value() == -big + 1


def test_concurrent_increments(solution):
    counter = solution.Counter()
    tickets = together(*[lambda: [counter.increment() for _ in range(25)] for _ in range(4)])
    returned = sorted(t for share in tickets for t in share)
    assert counter.value() == 100, "updates were lost"
    assert returned == list(range(1, 101)), "increment() returned a value that was not its own change's"
    for share in tickets:
        assert share == sorted(share) and len(set(share)) == len(share), "one thread's increments went backwards"


def test_concurrent_adds(solution):
    # Amounts that cancel out in pairs, so no interleaving can pass by luck.
    counter = solution.Counter()
    amounts = [7, -7, 1000, -1000]
    together(*[lambda a=a: [counter.add(a) for _ in range(25)] for a in amounts])
    assert counter.value() == 0, "updates were lost"
    counter.add(5)
    assert counter.value() == 5


def test_increments_and_adds(solution):
    counter = solution.Counter()
    results = together(
        lambda: [counter.increment() for _ in range(25)],
        lambda: [counter.increment() for _ in range(25)],
        lambda: [counter.add(10) for _ in range(10)],
        lambda: [counter.add(100) for _ in range(5)],
    )
    assert counter.value() == 50 + 100 + 500, "updates were lost"
    returned = [value for share in results for value in share]
    assert len(set(returned)) == len(returned), "two calls returned the same value: one of them was not its own change's"


def test_reads_while_updating(solution):
    counter = solution.Counter()

    def read():
        seen = []
        for _ in range(30):
            seen.append(counter.value())
        return seen

    results = together(lambda: [counter.add(3) for _ in range(30)], lambda: [counter.add(3) for _ in range(30)], read, read)
    for seen in results[2:]:
        assert seen == sorted(seen), "value() went backwards while the counter only grew"
        assert all(v % 3 == 0 and 0 <= v <= 180 for v in seen), "value() showed a half-done update"
    assert counter.value() == 180


def test_large_input(solution):
    counter = solution.Counter()
    results = together(*[lambda: [counter.increment() for _ in range(40)] for _ in range(8)])
    assert counter.value() == 320, "updates were lost"
    assert sorted(t for share in results for t in share) == list(range(1, 321)), (
        "increment() returned a value that was not its own change's"
    )


@given(st.lists(st.one_of(st.none(), st.integers(-20, 20)), max_size=20))
def test_matches_reference(solution, reference, steps):
    # One thread: None is increment(), a number n is add(n).
    counter = solution.Counter()
    model = reference.Counter()
    # Values named first: pytest would otherwise describe the proxy, a call of its own.
    for step in steps:
        if step is None:
            returned = counter.increment()
            assert returned == model.increment()
        else:
            returned = counter.add(step)
            assert returned == model.add(step)
    value = counter.value()
    assert value == model.value()
