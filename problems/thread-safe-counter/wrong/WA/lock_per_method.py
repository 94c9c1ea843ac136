# fails: test_increments_and_adds
# increment() and add() each take their own lock, so an increment and an add can still overwrite each other.
import threading


class Counter:
    def __init__(self) -> None:
        self.count = 0
        self.increment_lock = threading.Lock()
        self.add_lock = threading.Lock()

    def increment(self) -> int:
        with self.increment_lock:
            self.count += 1
            return self.count

    def add(self, n: int) -> int:
        with self.add_lock:
            self.count += n
            return self.count

    def value(self) -> int:
        return self.count
