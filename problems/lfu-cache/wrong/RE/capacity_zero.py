# fails: test_capacity_zero, test_matches_reference
# No special case for capacity 0: the first put tries to evict from an empty cache (KeyError).
from collections import OrderedDict, defaultdict


class LFUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.counts: dict[int, int] = {}
        self.groups: defaultdict[int, OrderedDict[int, None]] = defaultdict(OrderedDict)
        self.min_count = 0

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._use(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self.values[key] = value
            self._use(key)
            return
        if len(self.values) == self.capacity:
            group = self.groups[self.min_count]
            victim, _ = group.popitem(last=False)
            if not group:
                del self.groups[self.min_count]
            del self.values[victim]
            del self.counts[victim]
        self.values[key] = value
        self.counts[key] = 1
        self.groups[1][key] = None
        self.min_count = 1

    def _use(self, key: int) -> None:
        count = self.counts[key]
        group = self.groups[count]
        del group[key]
        if not group:
            del self.groups[count]
            if self.min_count == count:
                self.min_count = count + 1
        self.counts[key] = count + 1
        self.groups[count + 1][key] = None
