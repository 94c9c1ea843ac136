import threading
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.items: deque[int] = deque()
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
        with self.changed:
            return len(self.items)
