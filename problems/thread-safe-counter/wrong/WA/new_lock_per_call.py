# fails: test_concurrent_increments, test_concurrent_adds, test_increments_and_adds, test_large_input
# Makes a new Lock in every call: no other thread ever waits on that lock, so it excludes nothing and updates are lost.
import threading


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def increment(self) -> int:
        return self.add(1)

    def add(self, n: int) -> int:
        with threading.Lock():
            self.count += n
            return self.count

    def value(self) -> int:
        return self.count
