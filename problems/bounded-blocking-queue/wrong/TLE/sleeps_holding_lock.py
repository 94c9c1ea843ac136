# fails: test_dequeue_waits_for_enqueue, test_enqueue_waits_while_full, test_one_element_wakes_one_consumer
# Waits for room (or for an element) while holding the lock, so the call that would make room (or add one) can never get in: a deadlock.
import threading
import time
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items: deque[int] = deque()
        self.lock = threading.Lock()

    def enqueue(self, element: int) -> None:
        with self.lock:
            while len(self.items) >= self.capacity:
                time.sleep(0.001)
            self.items.append(element)

    def dequeue(self) -> int:
        with self.lock:
            while not self.items:
                time.sleep(0.001)
            return self.items.popleft()

    def size(self) -> int:
        with self.lock:
            return len(self.items)
