import threading


class Counter:
    # Every read-modify-write, and the read of its result, happens under one lock.
    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    def increment(self) -> int:
        return self.add(1)

    def add(self, n: int) -> int:
        with self.lock:
            self.count += n
            return self.count

    def value(self) -> int:
        with self.lock:
            return self.count
