import threading
import time

from hypothesis import given
from hypothesis import strategies as st

SETTLE = 0.25  # seconds for a call started in another thread to reach the sandbox and wait there
PATIENCE = 20.0  # seconds to wait for calls: past any wall limit, so a stuck call ends as the judge's time-out


class Call:
    """One call to the submission, made from its own thread so the test can
    watch it wait; what it raised is raised again in the test's thread."""

    def __init__(self, method, *args):
        self.result = None
        self.error = None
        self.thread = threading.Thread(target=self._run, args=(method, args), daemon=True)
        self.thread.start()

    def _run(self, method, args):
        try:
            self.result = method(*args)
        except BaseException as exc:  # noqa: BLE001 - the judge's time-out too must reach the test's thread
            self.error = exc

    def done(self):
        return not self.thread.is_alive()


def finish(calls):
    """Wait for every call, then raise what the first failed one raised, or
    return their results.  Every call, not only up to the first failure: a
    case that ends with calls still waiting ends as a time-out."""
    deadline = time.monotonic() + PATIENCE
    while not all(call.done() for call in calls):
        assert time.monotonic() < deadline, "calls never returned (a deadlock?)"
        time.sleep(0.005)
    for call in calls:
        if call.error is not None:
            raise call.error
    return [call.result for call in calls]


def together(*jobs):
    """Run each job in its own thread, all released at once by a barrier."""
    barrier = threading.Barrier(len(jobs))

    def start(job):
        barrier.wait()
        return job()

    return finish([Call(start, job) for job in jobs])


def still_waiting(call, what):
    if call.done():
        finish([call])  # raises what it raised
        raise AssertionError(f"{what} returned {call.result!r} instead of waiting")


def returned_exactly(calls, count, what):
    """Wait until `count` of the waiting calls have returned, then a little
    more: no other may return yet.  A message if one did, else None."""
    deadline = time.monotonic() + PATIENCE
    while sum(call.done() for call in calls) < count and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(SETTLE)
    returned = sum(call.done() for call in calls)
    return None if returned == count else f"{what}: {returned} waiting calls returned, expected {count}"


def test_examples(solution):
    queue = solution.BoundedBlockingQueue(2)
    queue.enqueue(1)
    queue.enqueue(2)
    assert queue.size() == 2
    assert queue.dequeue() == 1
    queue.enqueue(3)
    assert queue.dequeue() == 2
    assert queue.dequeue() == 3
    assert queue.size() == 0


def test_fifo_order(solution):
    elements = [0, -7, 2**31 - 1, -(2**31), 3, 3, 0, 1]
    queue = solution.BoundedBlockingQueue(5)
    for element in elements[:5]:
        queue.enqueue(element)
    assert queue.size() == 5
    taken = [queue.dequeue() for _ in range(3)]
    for element in elements[5:]:
        queue.enqueue(element)
    taken += [queue.dequeue() for _ in range(5)]
    assert taken == elements
    assert queue.size() == 0


def test_capacity_one(solution):
    queue = solution.BoundedBlockingQueue(1)
    taken = []

    def consume():
        for _ in range(30):
            taken.append(queue.dequeue())

    together(lambda: [queue.enqueue(i) for i in range(30)], consume)
    assert taken == list(range(30))
    assert queue.size() == 0


def test_dequeue_waits_for_enqueue(solution):
    queue = solution.BoundedBlockingQueue(3)
    consumer = Call(queue.dequeue)
    time.sleep(SETTLE)
    still_waiting(consumer, "dequeue() on an empty queue")
    size = queue.size()  # checked once the consumer is served: none may be left waiting
    queue.enqueue(42)
    assert finish([consumer]) == [42]
    assert size == 0
    assert queue.size() == 0


def test_enqueue_waits_while_full(solution):
    queue = solution.BoundedBlockingQueue(2)
    queue.enqueue(1)
    queue.enqueue(2)
    producer = Call(queue.enqueue, 3)
    time.sleep(SETTLE)
    still_waiting(producer, "enqueue(3) on a full queue")
    size = queue.size()
    first = queue.dequeue()
    finish([producer])
    assert size == 2
    assert first == 1
    assert queue.size() == 2
    assert [queue.dequeue(), queue.dequeue()] == [2, 3]


def test_one_element_wakes_one_consumer(solution):
    # Each step is checked, but the test goes on to the end before it fails:
    # every waiting consumer gets an element, so none is left waiting.  Room
    # for all four: the test's own enqueues never wait, whatever went wrong.
    queue = solution.BoundedBlockingQueue(4)
    consumers = [Call(queue.dequeue) for _ in range(4)]
    time.sleep(SETTLE)
    wrong = []
    for served, element in enumerate((10, 20, 30, 40), 1):
        queue.enqueue(element)
        wrong.append(returned_exactly(consumers, served, f"after {served} enqueue(s) into an empty queue"))
    taken = finish(consumers)
    assert not any(wrong), next(filter(None, wrong))
    assert sorted(taken) == [10, 20, 30, 40]
    assert queue.size() == 0


def test_room_for_one_wakes_one_producer(solution):
    queue = solution.BoundedBlockingQueue(1)
    queue.enqueue(0)
    producers = [Call(queue.enqueue, element) for element in (1, 2, 3, 4)]
    time.sleep(SETTLE)
    wrong = []
    taken = []
    for served in range(1, 5):
        taken.append(queue.dequeue())
        wrong.append(returned_exactly(producers, served, f"after {served} dequeue(s) from a full queue"))
        size = queue.size()
        wrong.append(None if size == 1 else f"a queue of capacity 1 held {size} elements")
    finish(producers)
    taken.append(queue.dequeue())
    assert not any(wrong), next(filter(None, wrong))
    assert taken[0] == 0 and sorted(taken) == [0, 1, 2, 3, 4]
    assert queue.size() == 0


def test_concurrent_producers(solution):
    # Room for everything: no call waits, so only a race can lose an element.
    queue = solution.BoundedBlockingQueue(100)
    together(*[lambda p=p: [queue.enqueue(p * 1000 + i) for i in range(20)] for p in range(4)])
    assert queue.size() == 80
    taken = [queue.dequeue() for _ in range(80)]
    assert sorted(taken) == [p * 1000 + i for p in range(4) for i in range(20)], "elements lost or duplicated"
    for p in range(4):
        mine = [element for element in taken if element // 1000 == p]
        assert mine == sorted(mine), f"producer {p}'s elements came out of order"
    assert queue.size() == 0


def test_concurrent_consumers(solution):
    queue = solution.BoundedBlockingQueue(100)
    for element in range(80):
        queue.enqueue(element)
    shares = together(*[lambda: [queue.dequeue() for _ in range(20)] for _ in range(4)])
    taken = [element for share in shares for element in share]
    assert sorted(taken) == list(range(80)), "elements lost or duplicated"
    for share in shares:
        assert share == sorted(share), "a consumer got elements out of order"
    assert queue.size() == 0


def test_large_input(solution):
    # 4 producers and 4 consumers through a queue of 3, and a thread that
    # checks size() all along.
    capacity, producers, each = 3, 4, 30
    queue = solution.BoundedBlockingQueue(capacity)
    running = threading.Event()
    running.set()
    sizes = []
    raised = []
    empty = []

    def watch():
        while running.is_set():
            sizes.append(queue.size())
            time.sleep(0.002)

    def produce(p):
        for i in range(each):
            queue.enqueue(p * 1000 + i)

    def consume():
        # A dequeue that raises or returns None (JavaScript's undefined) took
        # nothing: try again, so no producer is left waiting for room, and
        # report it at the end.  Enough tries for the worst a queue that wakes
        # every consumer can do: each enqueue wakes the others for nothing.
        # Counting None as an element left producers waiting: a time-out or
        # not, as the timing went.
        taken = []
        for _ in range(each + producers * each * (producers - 1)):
            if len(taken) == each:
                break
            try:
                element = queue.dequeue()
            except Exception as exc:  # noqa: BLE001 - whatever the submission raised is reported below
                raised.append(exc)
                continue
            if element is None:
                empty.append(element)
            else:
                taken.append(element)
        return taken

    watcher = Call(watch)
    try:
        jobs = [lambda p=p: produce(p) for p in range(producers)] + [consume] * producers
        shares = together(*jobs)[producers:]
    finally:
        running.clear()
        watcher.thread.join(PATIENCE)  # no thread of this case may outlive it
    finish([watcher])
    if raised:
        raise raised[0]
    assert not empty, f"dequeue() returned None {len(empty)} times instead of waiting for an element"
    taken = [element for share in shares for element in share]
    assert sorted(taken) == [p * 1000 + i for p in range(producers) for i in range(each)], "elements lost or duplicated"
    for share in shares:
        for p in range(producers):
            mine = [element for element in share if element // 1000 == p]
            assert mine == sorted(mine), f"a consumer got producer {p}'s elements out of order"
    assert all(0 <= size <= capacity for size in sizes), f"size() was {max(sizes)} with capacity {capacity}"
    assert queue.size() == 0


def operations(capacity):
    # Only calls that cannot wait from one thread: enqueue when there is room, dequeue when not empty.
    return st.lists(st.one_of(st.integers(-5, 5), st.none()), max_size=30).map(lambda steps: (capacity, steps))


@given(st.integers(1, 4).flatmap(operations))
def test_matches_reference(solution, reference, case):
    capacity, steps = case
    queue = solution.BoundedBlockingQueue(capacity)
    model = reference.BoundedBlockingQueue(capacity)
    for step in steps:
        # Values named first: pytest would otherwise describe the proxy, a call of its own.
        if step is not None and model.size() < capacity:
            queue.enqueue(step)
            model.enqueue(step)
        elif model.size() > 0:
            element = queue.dequeue()
            assert element == model.dequeue()
        size = queue.size()
        assert size == model.size()
