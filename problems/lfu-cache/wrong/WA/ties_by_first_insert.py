# fails: test_tie_goes_to_least_recent, test_matches_reference
# Breaks count ties by when a key was first put, not by its last use.
import itertools


class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.counts: dict[int, int] = {}
        self.inserted: dict[int, int] = {}
        self.clock = itertools.count()

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.counts[key] += 1
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if self.capacity == 0:
            return
        if key in self.values:
            self.values[key] = value
            self.counts[key] += 1
            return
        if len(self.values) == self.capacity:
            victim = min(self.values, key=lambda k: (self.counts[k], self.inserted[k]))
            for table in (self.values, self.counts, self.inserted):
                del table[victim]
        self.values[key] = value
        self.counts[key] = 1
        self.inserted[key] = next(self.clock)
