# verdict: AC
import collections
import threading


class Counter:
    def __init__(self) -> None:
        self.n = 0
        self.lock = threading.Lock()

    def increment(self) -> None:
        with self.lock:
            self.n = self.n + 1

    def value(self) -> int:
        return self.n


class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        self.items: collections.deque[int] = collections.deque()
        self.capacity = capacity
        self.changed = threading.Condition()

    def enqueue(self, element: int) -> None:
        with self.changed:
            self.changed.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(element)
            self.changed.notify_all()

    def dequeue(self) -> int:
        with self.changed:
            self.changed.wait_for(lambda: len(self.items) > 0)
            element = self.items.popleft()
            self.changed.notify_all()
            return element

    def size(self) -> int:
        return len(self.items)
