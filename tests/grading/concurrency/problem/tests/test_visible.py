"""Calls from several test threads at once run at once in the runner."""

import threading
import time
from collections.abc import Callable

from solution import BoundedBlockingQueue, Counter


def run_together(*work: Callable[[], object]) -> None:
    threads = [threading.Thread(target=w) for w in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_counter_counts_every_increment() -> None:
    counter = Counter()

    def increments() -> None:
        for _ in range(25):
            counter.increment()

    run_together(*[increments] * 4)
    assert counter.value() == 100


def test_dequeue_blocks_until_an_enqueue() -> None:
    queue = BoundedBlockingQueue(1)
    got: list[int] = []
    consumer = threading.Thread(target=lambda: got.append(queue.dequeue()))
    consumer.start()
    time.sleep(0.3)
    assert got == []  # still waiting
    queue.enqueue(7)
    consumer.join()
    assert got == [7]


def test_enqueue_blocks_while_full() -> None:
    queue = BoundedBlockingQueue(1)
    queue.enqueue(1)
    done: list[bool] = []
    producer = threading.Thread(target=lambda: done.append(queue.enqueue(2) is None))
    producer.start()
    time.sleep(0.3)
    assert done == [] and queue.size() == 1
    assert queue.dequeue() == 1
    producer.join()
    assert done == [True] and queue.dequeue() == 2


def test_producers_and_consumers() -> None:
    queue = BoundedBlockingQueue(2)
    got: list[int] = []

    def produce(start: int) -> Callable[[], None]:
        return lambda: [queue.enqueue(x) for x in range(start, start + 10)] and None

    def consume() -> None:
        for _ in range(10):
            got.append(queue.dequeue())

    run_together(produce(0), produce(10), produce(20), consume, consume, consume)
    assert sorted(got) == list(range(30)) and queue.size() == 0
