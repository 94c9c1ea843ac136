# fails: test_room_for_one_wakes_one_producer, test_large_input
# No lock: waits by polling, then acts on what it saw, which may have changed meanwhile. Two consumers can both see the
# last element (the second pops an empty deque: IndexError), and two producers can both see the last free place (the
# queue overfills).
import time
from collections import deque


class BoundedBlockingQueue:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items: deque[int] = deque()

    def enqueue(self, element: int) -> None:
        while len(self.items) >= self.capacity:
            time.sleep(0.001)
        self.items.append(element)

    def dequeue(self) -> int:
        while not self.items:
            time.sleep(0.001)
        return self.items.popleft()

    def size(self) -> int:
        return len(self.items)
