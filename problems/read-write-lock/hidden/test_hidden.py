import random
import threading
import time

import pytest
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
    """Wait for every call, then raise what the first failed one raised.
    Every call, not only up to the first failure: a case that ends with calls
    still waiting ends as a time-out."""
    deadline = time.monotonic() + PATIENCE
    while not all(call.done() for call in calls):
        assert time.monotonic() < deadline, "calls never returned (a deadlock?)"
        time.sleep(0.005)
    for call in calls:
        if call.error is not None:
            raise call.error


def settled(calls):
    """How many of the calls have returned, once those that can have."""
    time.sleep(SETTLE)
    return sum(call.done() for call in calls)


def entered(calls):
    """How many of the calls have returned, once all have or a while has
    passed (a busy machine may take a moment; a call kept waiting takes 2 s)."""
    deadline = time.monotonic() + 2.0
    while not all(call.done() for call in calls) and time.monotonic() < deadline:
        time.sleep(0.005)
    return sum(call.done() for call in calls)


def release_readers_as_they_enter(lock, readers):
    """Release each reader once its acquire_read() returned, until all have:
    a lock that lets readers in one at a time still gets every one through,
    so the test can say what was wrong instead of timing out."""
    released = set()
    deadline = time.monotonic() + PATIENCE
    while len(released) < len(readers) and time.monotonic() < deadline:
        for i, reader in enumerate(readers):
            if i not in released and reader.done():
                released.add(i)
                if reader.error is None:
                    lock.release_read()
        time.sleep(0.005)
    finish(readers)


def test_examples(solution):
    lock = solution.ReadWriteLock()
    lock.acquire_read()
    lock.acquire_read()
    lock.release_read()
    lock.release_read()
    lock.acquire_write()
    lock.release_write()
    with pytest.raises(RuntimeError):
        lock.release_write()


def test_release_without_acquire(solution):
    lock = solution.ReadWriteLock()
    with pytest.raises(RuntimeError):
        lock.release_read()
    with pytest.raises(RuntimeError):
        lock.release_write()
    lock.acquire_read()
    with pytest.raises(RuntimeError):
        lock.release_write()  # a reader holds the lock, not a writer
    lock.release_read()
    with pytest.raises(RuntimeError):
        lock.release_read()  # released already
    lock.acquire_write()
    with pytest.raises(RuntimeError):
        lock.release_read()  # the writer holds it, not a reader
    lock.release_write()
    # The failed releases changed nothing: the lock is free for readers and writers.
    lock.acquire_read()
    lock.release_read()
    lock.acquire_write()
    lock.release_write()


def test_readers_share(solution):
    lock = solution.ReadWriteLock()
    barrier = threading.Barrier(4)

    def reader():
        barrier.wait()
        lock.acquire_read()

    readers = [Call(reader) for _ in range(4)]
    inside = entered(readers)
    release_readers_as_they_enter(lock, readers)
    assert inside == 4, f"{inside} of 4 readers held the lock at once: readers must share it"
    writer = Call(lock.acquire_write)  # all gone: a writer enters at once
    finish([writer])
    lock.release_write()


def test_writer_waits_for_readers(solution):
    lock = solution.ReadWriteLock()
    lock.acquire_read()
    lock.acquire_read()
    writer = Call(lock.acquire_write)
    wrong = []
    if settled([writer]):
        wrong.append("acquire_write() returned while 2 readers held the lock")
    lock.release_read()
    if settled([writer]) and not wrong:
        wrong.append("acquire_write() returned while a reader still held the lock")
    lock.release_read()
    finish([writer])
    assert not wrong, wrong[0]
    lock.release_write()


def test_readers_wait_for_writer(solution):
    lock = solution.ReadWriteLock()
    lock.acquire_write()
    readers = [Call(lock.acquire_read) for _ in range(3)]
    wrong = []
    if settled(readers):
        wrong.append("acquire_read() returned while a writer held the lock")
    lock.release_write()
    inside = entered(readers)
    if inside != 3:
        wrong.append(f"after release_write(), {inside} of 3 waiting readers entered: all may enter together")
    release_readers_as_they_enter(lock, readers)
    assert not wrong, wrong[0]


def test_writers_exclude_each_other(solution):
    lock = solution.ReadWriteLock()
    lock.acquire_write()
    second = Call(lock.acquire_write)
    went_in = settled([second])
    lock.release_write()
    finish([second])
    assert not went_in, "a second acquire_write() returned while a writer held the lock"
    lock.release_write()
    lock.acquire_read()  # free again
    lock.release_read()


def test_waiting_writer_goes_first(solution):
    # A reader holds the lock and a writer waits for it: a reader who comes
    # now waits behind the writer.
    lock = solution.ReadWriteLock()
    lock.acquire_read()
    writer = Call(lock.acquire_write)
    wrong = []
    if settled([writer]):
        wrong.append("acquire_write() returned while a reader held the lock")
    reader = Call(lock.acquire_read)
    jumped = settled([reader]) == 1
    if jumped:
        wrong.append("acquire_read() went ahead of a waiting writer")
        lock.release_read()  # let the writer in all the same
    lock.release_read()
    finish([writer])
    if not jumped and settled([reader]):
        wrong.append("acquire_read() returned while the writer held the lock")
    lock.release_write()
    finish([reader])
    assert not wrong, wrong[0]
    lock.release_read()


def test_writer_goes_before_waiting_readers(solution):
    # While a writer holds the lock, a reader and then a writer wait: when it
    # is released, the waiting writer goes first, then the reader.
    lock = solution.ReadWriteLock()
    lock.acquire_write()
    reader = Call(lock.acquire_read)
    time.sleep(SETTLE)
    writer = Call(lock.acquire_write)
    wrong = []
    if settled([reader, writer]):
        wrong.append("a call returned while a writer held the lock")
    lock.release_write()
    deadline = time.monotonic() + PATIENCE
    while not (reader.done() or writer.done()) and time.monotonic() < deadline:
        time.sleep(0.005)
    jumped = settled([reader]) == 1
    if jumped:
        wrong.append("acquire_read() went ahead of a waiting writer")
        if reader.error is None:
            lock.release_read()  # let the writer in all the same
    finish([writer])
    if not jumped and settled([reader]):
        wrong.append("acquire_read() returned while the second writer held the lock")
    lock.release_write()
    finish([reader])
    assert not wrong, wrong[0]
    lock.release_read()


def test_large_input(solution):
    # 4 readers and 2 writers, 8 rounds each of acquire, hold a moment,
    # release; this side keeps count of who holds the lock.
    lock = solution.ReadWriteLock()
    guard = threading.Lock()
    holding = {"readers": 0, "writers": 0, "most readers": 0}
    overlaps = []
    barrier = threading.Barrier(6)

    def hold(kind):
        with guard:
            holding[kind] += 1
            holding["most readers"] = max(holding["most readers"], holding["readers"])
            if holding["writers"] > 1 or (holding["writers"] and holding["readers"]):
                overlaps.append(f"{holding['writers']} writer(s) and {holding['readers']} reader(s) held the lock at once")
        time.sleep(0.005)
        with guard:
            holding[kind] -= 1

    def reader(seed):
        rng = random.Random(seed)
        barrier.wait()
        for _ in range(8):
            lock.acquire_read()
            hold("readers")
            lock.release_read()
            time.sleep(rng.random() * 0.01)

    def writer(seed):
        rng = random.Random(seed)
        barrier.wait()
        for _ in range(8):
            lock.acquire_write()
            hold("writers")
            lock.release_write()
            time.sleep(rng.random() * 0.01)

    finish([Call(reader, i) for i in range(4)] + [Call(writer, i) for i in range(4, 6)])
    assert not overlaps, overlaps[0]
    lock.acquire_write()  # nobody holds it at the end
    lock.release_write()


OPERATIONS = ("acquire_read", "release_read", "acquire_write", "release_write")


def would_wait(model, operation):
    return (operation == "acquire_read" and model.writing) or (operation == "acquire_write" and (model.writing or model.readers))


def outcome(call):
    try:
        call()
    except RuntimeError:
        return "RuntimeError"
    return "returned"


@given(st.lists(st.sampled_from(OPERATIONS), max_size=25))
def test_matches_reference(solution, reference, operations):
    # One thread: every call that would not wait, in any order, mismatched
    # releases included; each either returns or raises RuntimeError.
    lock = solution.ReadWriteLock()
    model = reference.ReadWriteLock()
    for operation in operations:
        if not would_wait(model, operation):
            happened = outcome(getattr(lock, operation))  # named first, so pytest describes no proxy
            assert happened == outcome(getattr(model, operation))
