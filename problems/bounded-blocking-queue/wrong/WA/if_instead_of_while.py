# fails: test_one_element_wakes_one_consumer, test_room_for_one_wakes_one_producer
# Checks the condition once (`if`, not `while`) before waiting: notify_all wakes every waiting consumer for one element,
# and the extra ones read a slot already taken.
import threading


class BoundedBlockingQueue:
    # A ring buffer: `count` elements from `head` on.
    def __init__(self, capacity: int):
        self.slots = [0] * capacity
        self.head = 0
        self.count = 0
        self.changed = threading.Condition()

    def enqueue(self, element: int) -> None:
        with self.changed:
            if self.count == len(self.slots):
                self.changed.wait()
            self.slots[(self.head + self.count) % len(self.slots)] = element
            self.count += 1
            self.changed.notify_all()

    def dequeue(self) -> int:
        with self.changed:
            if self.count == 0:
                self.changed.wait()
            element = self.slots[self.head]
            self.head = (self.head + 1) % len(self.slots)
            self.count -= 1
            self.changed.notify_all()
            return element

    def size(self) -> int:
        with self.changed:
            return self.count
