# verdict: WA
# dequeue returns at once (None when empty) instead of waiting for an element.
import threading


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
        self.lock = threading.Lock()

    def enqueue(self, element: int) -> None:
        with self.lock:
            self.items.append(element)

    def dequeue(self) -> int | None:
        with self.lock:
            return self.items.pop(0) if self.items else None

    def size(self) -> int:
        return len(self.items)
