# complexity: worse
# Correct, but O(capacity) per eviction: it scans every key for the smallest
# (count, last use).  No per-call limit catches it; the ladder does.
import itertools


class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.counts: dict[int, int] = {}
        self.last_use: dict[int, int] = {}
        self.clock = itertools.count()

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._use(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if self.capacity == 0:
            return
        if key not in self.values:
            if len(self.values) == self.capacity:
                victim = min(self.values, key=lambda k: (self.counts[k], self.last_use[k]))
                for table in (self.values, self.counts, self.last_use):
                    del table[victim]
            self.counts[key] = 0
        self.values[key] = value
        self._use(key)

    def _use(self, key: int) -> None:
        self.counts[key] += 1
        self.last_use[key] = next(self.clock)
