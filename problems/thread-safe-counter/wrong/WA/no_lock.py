# fails: test_concurrent_increments, test_concurrent_adds, test_increments_and_adds, test_large_input
# No lock: `self.count += n` reads, adds and writes back in separate steps, so two threads can read the same value and one update is lost.
class Counter:
    def __init__(self) -> None:
        self.count = 0

    def increment(self) -> int:
        self.count += 1
        return self.count

    def add(self, n: int) -> int:
        self.count += n
        return self.count

    def value(self) -> int:
        return self.count
