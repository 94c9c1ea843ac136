import threading
import time

from solution import BoundedBlockingQueue

SETTLE = 0.3  # seconds for a call started in another thread to reach the queue and wait there


class InThread:
    """call(*args) in a thread of its own; join() returns its result or raises its exception."""

    def __init__(self, call, *args):
        self.outcome = {}
        self.thread = threading.Thread(target=self._run, args=(call, args), daemon=True)
        self.thread.start()

    def _run(self, call, args):
        try:
            self.outcome["value"] = call(*args)
        except BaseException as exc:  # noqa: BLE001 - raised again by join()
            self.outcome["error"] = exc

    def waiting(self):
        return self.thread.is_alive()

    def join(self):
        self.thread.join(20)
        if "error" in self.outcome:
            raise self.outcome["error"]
        assert "value" in self.outcome, "the call never returned"
        return self.outcome["value"]


def test_fifo_from_one_thread():
    queue = BoundedBlockingQueue(3)
    for element in (5, -1, 5):
        queue.enqueue(element)
    assert queue.size() == 3
    assert [queue.dequeue() for _ in range(3)] == [5, -1, 5]
    assert queue.size() == 0


def test_dequeue_waits_for_an_element():
    queue = BoundedBlockingQueue(2)
    consumer = InThread(queue.dequeue)
    time.sleep(SETTLE)
    assert consumer.waiting(), "dequeue() on an empty queue returned without waiting"
    queue.enqueue(7)
    assert consumer.join() == 7


def test_enqueue_waits_for_room():
    queue = BoundedBlockingQueue(1)
    queue.enqueue(1)
    producer = InThread(queue.enqueue, 8)
    time.sleep(SETTLE)
    assert producer.waiting(), "enqueue(8) on a full queue returned without waiting"
    assert queue.size() == 1
    assert queue.dequeue() == 1
    producer.join()
    assert queue.dequeue() == 8


def test_producers_and_consumers():
    queue = BoundedBlockingQueue(20)  # room for all: only the consumers wait

    def produce(first):
        for element in range(first, first + 10):
            queue.enqueue(element)

    def consume():
        return [queue.dequeue() for _ in range(10)]

    calls = [InThread(consume), InThread(consume), InThread(produce, 0), InThread(produce, 100)]
    for call in calls:
        call.thread.join(20)  # all of them, before any error is raised
    taken = calls[0].join() + calls[1].join()
    calls[2].join()
    calls[3].join()
    assert None not in taken, "dequeue() returned None instead of waiting for an element"
    assert sorted(taken) == list(range(10)) + list(range(100, 110))
