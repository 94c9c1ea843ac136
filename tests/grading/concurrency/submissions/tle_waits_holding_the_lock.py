# verdict: TLE
# dequeue waits for an element while holding the lock enqueue needs: a deadlock.
import threading
import time


class Counter:
    def __init__(self) -> None:
        self.n = 0
        self.lock = threading.Lock()

    def increment(self) -> None:
        with self.lock:
            self.n += 1

    def value(self) -> int:
        return self.n


class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        self.items: list[int] = []
        self.capacity = capacity
        self.lock = threading.Lock()

    def enqueue(self, element: int) -> None:
        with self.lock:
            while len(self.items) >= self.capacity:
                time.sleep(0.01)
            self.items.append(element)

    def dequeue(self) -> int:
        with self.lock:
            while not self.items:
                time.sleep(0.01)
            return self.items.pop(0)

    def size(self) -> int:
        return len(self.items)
