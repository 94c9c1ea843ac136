# fails: test_examples, test_new_counter, test_concurrent_increments, test_large_input
# increment() holds the lock and calls add(), which takes the same lock again: a threading.Lock is not reentrant, so the
# thread waits for itself forever.
import threading


class Counter:
    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    def increment(self) -> int:
        with self.lock:
            return self.add(1)

    def add(self, n: int) -> int:
        with self.lock:
            self.count += n
            return self.count

    def value(self) -> int:
        with self.lock:
            return self.count
