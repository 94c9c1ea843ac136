"""Calls from several test threads reach a C++ submission at once."""

import functools
import threading
import time
from collections.abc import Callable

from solution import BoundedBlockingQueue


def run_together(*work: Callable[[], object]) -> None:
    threads = [threading.Thread(target=w) for w in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_a_blocked_dequeue_is_freed_by_an_enqueue() -> None:
    queue = BoundedBlockingQueue(1)
    got: list[int] = []
    consumer = threading.Thread(target=lambda: got.append(queue.dequeue()))
    consumer.start()
    time.sleep(0.3)
    assert got == []  # still waiting
    queue.enqueue(7)
    consumer.join()
    assert got == [7]


def test_an_exception_in_a_concurrent_call_reaches_its_thread() -> None:
    caught: list[str] = []

    def make() -> None:
        try:
            BoundedBlockingQueue(0)
        except ValueError as exc:
            caught.append(str(exc))

    run_together(make, make)
    assert caught == ["capacity must be at least 1"] * 2


def test_calls_from_eight_threads_each_get_their_own_answers() -> None:
    # Each thread makes its own queue (the handle table grows from several threads at once) and uses it.
    answers: dict[int, tuple[int, list[int]]] = {}

    def own(k: int) -> None:
        queue = BoundedBlockingQueue(k + 1)
        for element in range(k + 1):
            queue.enqueue(element * 10 + k)
        answers[k] = (queue.size(), [queue.dequeue() for _ in range(k + 1)])

    run_together(*[functools.partial(own, k) for k in range(8)])
    assert answers == {k: (k + 1, [e * 10 + k for e in range(k + 1)]) for k in range(8)}
